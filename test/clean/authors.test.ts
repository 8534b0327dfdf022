// Author names read from bylines (src/clean/html/meta.ts cleanAuthor, data/clean/authors.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthor, stripRole } from '../../src/clean/html/meta.js';
import { patterns } from '../../src/clean/html/patterns.js';
import { readDataJson } from '../../src/clean/data.js';

test('authors.json: lowercase role words, labels and placeholders', () => {
  const raw = readDataJson('data/clean/authors.json') as { roles: string[]; labels: string[]; placeholders: string[] };
  for (const list of [raw.roles, raw.labels, raw.placeholders]) {
    assert.ok(list.length > 0);
    for (const w of list) assert.equal(w, w.toLowerCase(), w);
  }
  assert.ok(raw.roles.includes('reporter') && raw.labels.includes('written by') && raw.placeholders.includes('admin'));
});

test('a role glued after the name is cut; one set off by a comma is kept', () => {
  assert.equal(stripRole('Rachel MacDonald Writer'), 'Rachel MacDonald');
  assert.equal(stripRole('Harry Rabinowitz Tech Reporter'), 'Harry Rabinowitz');
  assert.equal(stripRole('Liz Kenny Former McKinsey Consultant'), 'Liz Kenny');
  assert.equal(stripRole('Meghan Neville Content Marketing Coordinator'), 'Meghan Neville');
  assert.equal(stripRole('Mayank Gupta, CEO of CaseBasix'), 'Mayank Gupta, CEO of CaseBasix');
  assert.equal(stripRole('Gabriel García Márquez'), 'Gabriel García Márquez');
});

test('byline labels, link texts, placeholders and reading times are not names', () => {
  const p = patterns();
  assert.equal(cleanAuthor('Written By', p), null);
  assert.equal(cleanAuthor('Updated', p), null);
  assert.equal(cleanAuthor('Learn More', p), null);
  assert.equal(cleanAuthor('admin', p), null);
  assert.equal(cleanAuthor('page.head.extra.author', p), null);
  assert.equal(cleanAuthor('jane.r.doe', p), 'jane.r.doe');
  assert.equal(cleanAuthor('Staff', p), 'Staff');
  assert.equal(cleanAuthor('Read more about The Upwork Team', p), 'The Upwork Team');
  assert.equal(cleanAuthor('Guide by Will Judd Former Deputy Tech Editor', p), 'Will Judd');
  assert.equal(cleanAuthor('Authored by: Dr. Jane Roe', p), 'Dr. Jane Roe');
  assert.equal(cleanAuthor('David Jackson - FullStack Editorial Team', p), 'David Jackson');
  assert.equal(cleanAuthor('Oleg Parashchak 7 min', p), 'Oleg Parashchak');
});
