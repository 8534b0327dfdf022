// Paragraph shape features and phrase lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  anchoredAtStart, bylineName, isCommentStart, isContactLine, isHandleLine, isImageSizeLine, isImageUrlLine, isLocaleLine,
  isMetaLine, isTagLine, isTeaserHeading, isUrlLine, phraseReason,
} from '../../src/clean/features.js';
import { isProse, splitParagraphs, splitSentences } from '../../src/clean/text.js';
import { isTitleShaped, parseRecordHeader } from '../../src/clean/index.js';

test('URL, image URL, XPath/meta, image size and locale lines', () => {
  assert.ok(isUrlLine('https://example.org/a/b?c=1'));
  assert.ok(!isUrlLine('See https://example.org for more.'));
  assert.ok(isImageUrlLine('https://cdn.example.net/photos/2021/abc_800x0.jpg'));
  assert.ok(!isImageUrlLine('https://example.net/news/story.html'));
  assert.ok(isMetaLine("/html/head/meta[@property='og:image']/@content"));
  assert.ok(isMetaLine('og:title Some page title'));
  assert.ok(!isMetaLine('The meta description of the case was unclear.'));
  assert.ok(isImageSizeLine('1280 720 false'));
  assert.ok(isImageSizeLine('640x480'));
  assert.ok(!isImageSizeLine('12 3'));
  assert.ok(isImageSizeLine('  TRUE 1920 1080') && isImageSizeLine('false 300'), 'a true/false token may come first');
  assert.ok(!isImageSizeLine('truest 1920 1080') && !isImageSizeLine('x 1920 1080'));
  assert.ok(isUrlLine('WWW.Example.org/page | HTTPS://example.org/b'), 'URL starts in any case');
  assert.ok(!isUrlLine('example.org/page'), 'no scheme, no www: not a URL');
  assert.ok(isLocaleLine('pt_BR') && isLocaleLine('de-DE'));
  assert.ok(!isLocaleLine('Berlin'));
});

test('contact lines: e-mail/phone in a short non-sentence paragraph only', () => {
  assert.ok(isContactLine('Newsdesk tips@paper.example (555) 123-4567'));
  assert.ok(isContactLine('Call +33 1 23 45 67 89 for subscriptions'));
  assert.ok(isContactLine('Write to redaktion@zeitung.example'), 'an address alone');
  assert.ok(!isContactLine('Follow @newsdesk for updates'), 'a handle is not an address');
  assert.ok(!isContactLine('The ministry said in a statement that citizens abroad can write to consular@ministry.example if they need help returning home.'));
});

test('tag lines versus headlines', () => {
  assert.ok(isTagLine('economy'));
  assert.ok(isTagLine('elections, parliament, coalition talks'));
  assert.ok(isTagLine('world news'));
  assert.ok(!isTagLine('Parliament approves the budget'));
  assert.ok(!isTagLine('Prices rose.'));
});

test('comment handles, bylines', () => {
  assert.ok(isHandleLine('• skywalker_9'));
  assert.ok(isHandleLine('@janedoe'));
  assert.ok(isHandleLine('reader42 wrote:'));
  assert.ok(!isHandleLine('The minister resigned.'));
  assert.equal(bylineName('By Amira Haddad'), 'Amira Haddad');
  assert.equal(bylineName('By Tom Li and Sara Berg, Reuters'), 'Tom Li and Sara Berg');
  assert.equal(bylineName('By the end of the year prices had doubled and the central bank had raised rates four times in a row.'), null);
});

test('phrase lists in several languages', () => {
  assert.equal(phraseReason('Read more'), 'boilerplate phrase');
  assert.equal(phraseReason('LEIA TAMBÉM'), 'boilerplate phrase');
  assert.equal(phraseReason('Mehr zum Thema'), 'boilerplate phrase');
  assert.equal(phraseReason('We use cookies to improve your experience.'), 'boilerplate phrase');
  assert.equal(phraseReason('12 comments'), 'comment count');
  assert.equal(phraseReason('The government said it would share the data with researchers next month, officials told reporters.'), null);
  assert.ok(isCommentStart('Leave a Reply'));
  assert.ok(isCommentStart('Comments (14)'));
  assert.ok(isCommentStart('Laisser un commentaire'));
  assert.ok(!isCommentStart('The minister made no comments on the report.'));
  assert.ok(isTeaserHeading('Related Articles'));
  assert.ok(isTeaserHeading('Noticias relacionadas'));
  assert.ok(!isTeaserHeading('Related talks ended without agreement in Geneva on Monday night'));
});

test('paragraph splitting: single newlines, blank lines, hard-wrapped prose', () => {
  assert.deepEqual(splitParagraphs('One line.\nTwo line.\n\nThree.'), ['One line.', 'Two line.', 'Three.']);
  const wrapped = 'The committee met for the third time this month and again\nfailed to agree on the text of the resolution, diplomats\nsaid on condition of anonymity after the closed session.\n\nNext.';
  assert.equal(splitParagraphs(wrapped).length, 2);
});

test('sentences: abbreviations and initials do not split', () => {
  assert.deepEqual(splitSentences('Mr. Smith met U.S. officials on Jan. 5. They talked.'), ['Mr. Smith met U.S. officials on Jan. 5.', 'They talked.']);
});

test('prose, headline shape, record header', () => {
  assert.ok(isProse('The council voted on Tuesday to approve the budget for the new bridge across the river.'));
  assert.ok(!isProse('Council approves bridge budget'));
  assert.ok(isTitleShaped('Council approves bridge budget after long debate'));
  assert.ok(!isTitleShaped('The council approved the budget.'));
  assert.ok(!isTitleShaped('LIMA (Agency) - The council approved the budget...'));
  assert.deepEqual(parseRecordHeader(' date 2020-02-03 https://a.example/x'), { date: '2020-02-03', url: 'https://a.example/x' });
  assert.equal(parseRecordHeader('The date 2020-02-03 was chosen.'), null);
});

test('anchoredAtStart: a leading ^ and no | outside brackets and parentheses', () => {
  assert.equal(anchoredAtStart('^(a|b)c$'), true);
  assert.equal(anchoredAtStart('^[|]x\\|y'), true);
  assert.equal(anchoredAtStart('^a|b'), false);
  assert.equal(anchoredAtStart('\\b(a|b)$'), false);
  assert.equal(anchoredAtStart('(^a)'), false);
  // every phrase pattern is matched by the combined scans exactly when it matches alone
  for (const k of ['12 comments', 'photo: ap', 'reuters / john smith', 'getty images', 'a sentence of news about the talks.', 'read more', 'page 2 of 5']) {
    assert.equal(phraseReason(k) !== null, ['12 comments', 'photo: ap', 'reuters / john smith', 'getty images', 'read more', 'page 2 of 5'].includes(k), k);
  }
});
