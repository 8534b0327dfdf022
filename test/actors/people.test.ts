import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeText, findActors, newDocContext } from '../../src/actors/index.js';

// Curated people of 2015–2026 (data/actors/people.json) are coded with the role they held on the event date.
const codesOn = (text: string, date: string): string[] => {
  const s = tokenizeText(text)[0]!;
  return findActors(s.tokens, s.text, newDocContext(date)).map((a) => a.code);
};

test('people: leaders in and out of office', () => {
  assert.deepEqual(codesOn('Trump met Putin.', '2019-06-01'), ['USAGOV', 'RUSGOV']);
  assert.deepEqual(codesOn('Trump met Putin.', '2023-06-01'), ['USA', 'RUSGOV']);
  assert.deepEqual(codesOn('Trump met Putin.', '2025-06-01'), ['USAGOV', 'RUSGOV']);
  assert.deepEqual(codesOn('Raisi met Erdogan.', '2022-06-01'), ['IRNGOV', 'TURGOV']);
  assert.deepEqual(codesOn('Imran Khan criticized Shehbaz Sharif.', '2020-06-01'), ['PAKGOV', 'PAKOPP']);
  assert.deepEqual(codesOn('Imran Khan criticized Shehbaz Sharif.', '2023-06-01'), ['PAKOPP', 'PAKGOV']);
  assert.deepEqual(codesOn('Netanyahu criticized Yair Lapid.', '2022-09-01'), ['ISROPP', 'ISRGOV']);
  assert.deepEqual(codesOn('Netanyahu criticized Yair Lapid.', '2024-01-01'), ['ISRGOV', 'ISROPP']);
  assert.deepEqual(codesOn('Sheikh Hasina met Modi.', '2020-06-01'), ['BGDGOV', 'INDGOV']);
  assert.deepEqual(codesOn('Muhammad Yunus met Modi.', '2025-06-01'), ['BGDGOV', 'INDGOV']);
  assert.deepEqual(codesOn('Tshisekedi accused Kagame.', '2017-06-01'), ['CODOPP', 'RWAGOV']);
  assert.deepEqual(codesOn('Prabowo met Duterte.', '2025-06-01'), ['IDNGOV', 'PHL']);
});

test('people: armed group leaders and rulers who came from them', () => {
  assert.deepEqual(codesOn('Abu Mohammed al-Jolani threatened Assad.', '2023-06-01'), ['SYRREB', 'SYRGOV']);
  assert.deepEqual(codesOn('Ahmed al-Sharaa met Erdoğan.', '2025-06-01'), ['SYRGOV', 'TURGOV']);
  assert.deepEqual(codesOn('Hemedti attacked Burhan.', '2024-06-01'), ['SDNREB', 'SDNMIL']);
  assert.deepEqual(codesOn('Ismail Haniyeh met Hakan Fidan.', '2024-04-01'), ['PSEREB', 'TURGOV']);
  assert.deepEqual(codesOn('Min Aung Hlaing met Wang Yi.', '2023-06-01'), ['MMRGOV', 'CHNGOV']);
});

test('people: international officials and spellings', () => {
  assert.deepEqual(codesOn('Donald Tusk met Zelenskiy.', '2017-06-01'), ['IGOEU', 'UKRGOV']);
  assert.deepEqual(codesOn('Donald Tusk met Zelenskyy.', '2024-06-01'), ['POLGOV', 'UKRGOV']);
  assert.deepEqual(codesOn('Mark Rutte met Guterres.', '2025-06-01'), ['IGONATO', 'IGOUNO']);
  assert.deepEqual(codesOn('Vucic met Robert Fico.', '2024-06-01'), ['SRBGOV', 'SVKGOV']);
});

test('people: ministers, speakers and security chiefs of 2010–2025, by their role on the date', () => {
  assert.deepEqual(codesOn('Chuck Schumer criticized Yoav Gallant.', '2024-03-14'), ['USALEG', 'ISRMIL']);
  assert.deepEqual(codesOn('Andrzej Duda met Kassym-Jomart Tokayev.', '2023-06-01'), ['POLGOV', 'KAZGOV']);
  assert.deepEqual(codesOn('Kim Yo Jong warned Seoul.', '2023-06-01').slice(0, 1), ['PRKGOV']);
  // a first name that transliterates like a listed surname is nobody ("Calin" is not Ibrahim Kalın), and a surname
  // that is an English word is no alias ("Cleverly", "Gallant" alone)
  assert.deepEqual(codesOn('Calin Georgescu criticized Romania.', '2025-03-10').filter((c) => c.startsWith('TUR')), []);
  assert.deepEqual(codesOn('Cleverly worded statements angered Moscow.', '2023-06-01').filter((c) => c.startsWith('GBR')), []);
});

test('heads of international organisations are their organisation during their term', () => {
  const code = (name: string, date: string) => { const s = tokenizeText(`${name} said on Monday.`)[0]!; return findActors(s.tokens, s.text, newDocContext(date))[0]?.code; };
  assert.equal(code('Moussa Faki Mahamat', '2020-11-16'), 'IGOAU');
  assert.equal(code('Moussa Faki Mahamat', '2010-11-16'), 'TCDGOV');
  assert.equal(code('Ban Ki-moon', '2012-05-01'), 'IGOUNO');
  assert.equal(code('Omar Alieu Touray', '2023-08-01'), 'IGOWAFECW');
});
