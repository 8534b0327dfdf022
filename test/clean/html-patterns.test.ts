import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { patterns } from '../../src/clean/html/patterns.js';
import { classify } from '../../src/clean/html/prune.js';

const el = (html: string): Element => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body.firstElementChild!;

test('html-patterns.json compiles and has every category', () => {
  const p = patterns();
  assert.deepEqual(p.prune.map((x) => x.reason).sort(), ['comments', 'cookie', 'nav', 'newsletter', 'related', 'share']);
  assert.ok(p.boilerplateParagraph.length > 5);
  assert.ok(p.publishedMeta.get('article:published_time')! > 0);
  for (const k of p.publishedMeta.keys()) assert.doesNotMatch(k, p.modifiedHint, `published meta key ${k} must not look like a modified date`);
});

test('class tokens: hits at token start or end only, taxonomy and protected tokens ignored', () => {
  const p = patterns();
  assert.match(classify(el('<div class="comments-area">x</div>'), p) ?? '', /^comments/);
  assert.match(classify(el('<div id="post-comments">x</div>'), p) ?? '', /^comments/);
  assert.match(classify(el('<div class="social-share">x</div>'), p) ?? '', /^share/);
  assert.match(classify(el('<div class="newsletter-signup">x</div>'), p) ?? '', /^newsletter/);
  assert.match(classify(el('<div class="related-posts">x</div>'), p) ?? '', /^related/);
  assert.match(classify(el('<div role="navigation">x</div>'), p) ?? '', /^role/);
  assert.equal(classify(el('<div class="article-body comments">x</div>'), p), null, 'protected content wrapper');
  assert.equal(classify(el('<div class="tag-comments category-share">x</div>'), p), null, 'taxonomy classes');
  assert.equal(classify(el('<div class="text-commentary-block">x</div>'), p), null);
  assert.equal(classify(el('<div class="story">x</div>'), p), null);
});

test('button-like links: role or a button class token, not words that merely contain it', async () => {
  const { isButtonLike } = await import('../../src/clean/html/prune.js');
  const p = patterns();
  assert.ok(isButtonLike(el('<a class="btn btn-blue" href="#">x</a>'), p));
  assert.ok(isButtonLike(el('<a class="wp-block-button__link" href="#">x</a>'), p));
  assert.ok(isButtonLike(el('<a class="hero-cta" href="#">x</a>'), p));
  assert.ok(isButtonLike(el('<a role="button" href="#">x</a>'), p));
  assert.ok(!isButtonLike(el('<a class="buttonwood-link" href="#">x</a>'), p));
  assert.ok(!isButtonLike(el('<a href="#">x</a>'), p));
});

test('call-to-action and banner classes are pruned as promotions', () => {
  const p = patterns();
  assert.match(classify(el('<div class="post-cta-wrapper">x</div>'), p) ?? '', /^newsletter/);
  assert.match(classify(el('<div class="short-cta">x</div>'), p) ?? '', /^newsletter/);
  assert.match(classify(el('<div class="banner-dedicated">x</div>'), p) ?? '', /^newsletter/);
  assert.equal(classify(el('<div class="octagon">x</div>'), p), null);
});

test('promoParagraph: self-promotion and disclosures, not ordinary closing lines', () => {
  const re = patterns().promoParagraph;
  for (const s of ['Follow us on social media for more recipes.', 'The views expressed here are those of the author.', 'Hi, I’m Dana and I review tents.', 'About the author', 'Please leave a star rating below!', 'Sign up for our weekly newsletter.']) assert.match(s, re, s);
  for (const s of ['The council will vote again in May.', 'Follow the river north to reach the dam.', 'Readers asked about the newsletter tax rules in March.']) assert.doesNotMatch(s, re, s);
});
