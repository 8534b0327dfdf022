// The converted PETRARCH2 dictionaries: the readers of the TABARI/PETRARCH formats (scripts/lib/petrarch.ts), the
// compiled patterns (src/events/dictionary.ts), the shallow verb-phrase matcher (src/events/dictmatch.ts), the policy
// over bare block defaults, and the converted actors in the lexicon. Fixtures are written here, in the formats'
// own syntax (dictionaries.rst); nothing is read from ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCode, verbForms, plural, normalizePattern, parseVerbDictionary, parseActorDictionary, parseAgents, tabariDate, type Tally } from '../../scripts/lib/petrarch.js';
import { compileDictPattern } from '../../src/events/dictionary.js';
import { english } from '../../src/events/language.js';
import { codeSentences, isCameoCode } from '../../src/events/index.js';
import { findActors, newDocContext, tokenizeText, readData } from '../../src/actors/index.js';

const brief = (text: string, date = '2024-05-10') => codeSentences(text, date).map((m) => `${m.sourceCountry ?? m.source}>${m.targetCountry ?? m.target}:${m.code}`);

test('codes: pairs, reverse-only and null codes', () => {
  assert.deepEqual(parseCode('[042:043]'), { code: '042', rev: '043' });
  assert.deepEqual(parseCode('[:173]'), { code: null, rev: '173' });
  assert.deepEqual(parseCode('[---]'), { code: null });
  assert.deepEqual(parseCode('[190]'), { code: '190' });
});

test('English inflection of dictionary verbs and nouns', () => {
  assert.deepEqual(verbForms('accelerate'), ['accelerates', 'accelerated', 'accelerating']);
  assert.deepEqual(verbForms('ban'), ['bans', 'banned', 'banning']);
  assert.deepEqual(verbForms('visit'), ['visits', 'visited', 'visiting']);
  assert.deepEqual(verbForms('carry'), ['carries', 'carried', 'carrying']);
  assert.deepEqual(verbForms('panic'), ['panics', 'panicked', 'panicking']);
  assert.equal(plural('country'), 'countries');
  assert.equal(plural('embargo'), 'embargos');
  assert.equal(plural('boss'), 'bosses');
});

test('patterns: braces, phrases, synonym sets and actor slots in Storyline syntax', () => {
  const syn = { weapon: ['gun', 'guns'], proposal: ['plan'] };
  const t: Tally = {};
  assert.equal(normalizePattern('* (FOR {FINANCIAL AID})', syn, t), '* (for financial_aid)');
  assert.equal(normalizePattern('&WEAPON * (TO +)', syn, t), '&weapon * (to +)');
  assert.equal(normalizePattern('* {PEACE &PROPOSAL}', syn, t), '* peace_&proposal');
  assert.equal(normalizePattern('* (BY/WITH PROTESTS)', syn, t), '* (by|with protests)');
  assert.equal(normalizePattern('* TALKS (IN ^)', syn, t), '* talks (in ^)');
  assert.equal(normalizePattern('* &UNDEFINED', syn, t), null);
  assert.equal(normalizePattern('% &WEAPON *', syn, t), null);
  assert.ok(t['pattern dropped: undefined synonym set'] === 1 && t['pattern dropped: compound actor (%)'] === 1);
});

test('a verb dictionary: synonym sets with plurals, verb blocks, irregular and multi-word verbs, patterns', () => {
  const d = parseVerbDictionary([
    '&AIDS', '+AID', '+RELIEF_', '',
    '---  SEND   [070]  ---',
    'SEND {SENDS SENT SENDING}',
    '+CALL_OFF {+CALLED_OFF +CALLS_OFF +CALLING_OFF} [160]',
    'DISPATCH',
    '- * &AIDS (TO +)   [073]  # SEND',
    '- * (TO COURT)     [:173]',
    '- * REGRETS        [---]',
    '~ a (a b ATTACK) SAY = a b 015',
  ].join('\n'));
  assert.deepEqual(d.synsets.aids, ['aid', 'aids', 'relief']);
  const f = d.families[0]!;
  assert.equal(f.code, '070');
  assert.deepEqual(f.verbs.map((v) => v.words.join(' ')), ['send', 'call off', 'dispatch']);
  assert.deepEqual(f.verbs[0]!.forms, ['sends', 'sent', 'sending']);
  assert.deepEqual(f.verbs[1]!.forms, ['called', 'calls', 'calling']);
  assert.equal(f.verbs[1]!.code, '160');
  // (the verb a comment names is kept as the pattern's owner)
  assert.deepEqual(f.patterns, [{ p: '* &aids (to +)', code: '073', owner: 'send' }, { p: '* (to court)', code: null, rev: '173' }, { p: '* regrets', code: null }]);
  assert.equal(d.tally['transformation dropped (verb-verb rewrites: done by modality rules instead)'], 1);
});

test('compiled patterns: elements, synonym expansion, weights', () => {
  const syn = new Map([['aids', [['aid'], ['relief']]]]);
  const p = compileDictPattern('&aids * (to +) ^', '073', undefined, 'SEND', syn);
  assert.equal(p.pre.length, 1);
  assert.deepEqual(p.post.map((e) => e.kind), ['pp', 'skip']);
  assert.deepEqual(p.pre[0], { kind: 'noun', alts: [['aid'], ['relief']] });
  const q = compileDictPattern('* financial_aid', '0231', undefined, 'ASK', syn);
  assert.ok(q.weight > compileDictPattern('* aid', '023', undefined, 'ASK', syn).weight);
});

test('actor dictionaries: dated roles (two-digit years), synonyms, inline restrictions', () => {
  assert.equal(tabariDate('780916'), '1978-09-16');
  assert.equal(tabariDate('060901'), '2006-09-01');
  assert.equal(tabariDate('20040117'), '2004-01-17');
  assert.equal(tabariDate('2004017'), null);
  const t: Tally = {};
  const recs = parseActorDictionary([
    'NICOLAS_SARKOZY_  # CountryInfo.txt', '+SARKOZY', '\t[FRAELI 730101-040401]', '\t[FRAGOV >070516]',
    'KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]',
    'AFGHANISTAN_  [AFG]', '+AFGHAN_', '+KABUL_',
  ].join('\n'), t);
  assert.equal(recs.length, 3);
  assert.deepEqual(recs[0]!.names, ['NICOLAS_SARKOZY_', 'SARKOZY']);
  assert.deepEqual(recs[0]!.dated, [{ code: 'FRAELI', from: '1973-01-01', to: '2004-04-01' }, { code: 'FRAGOV', from: '2007-05-16', to: null }]);
  assert.deepEqual(recs[1]!.dated, [{ code: 'IGOUNO', from: '1997-01-01', to: '2006-12-31' }]);
  assert.equal(recs[1]!.code, 'ELI');
  assert.equal(recs[2]!.code, 'AFG');
});

test('agents: substitution markers, explicit and suppressed plurals', () => {
  const t: Tally = {};
  const a = parseAgents(['!PERSON! = MAN, WOMAN', 'CONGRESS!PERSON! [~LEG]', 'POLICE {} [~COP]', 'TROOP [~MIL]', 'HUMAN_RIGHTS_BODY [NGO~]'].join('\n'), t);
  assert.deepEqual(a.map((x) => x.words.join(' ')), ['congressman', 'congresswoman', 'police', 'troop', 'human rights body']);
  assert.deepEqual(a[2]!.plural, []);
  assert.equal(a[3]!.plural, null);
  assert.equal(a[4]!.after, false);
});

test('the shipped dictionary: every code exists, every pattern compiles, bare defaults follow the policy', () => {
  const d = english().dictionary;
  assert.ok(d.families.length > 300 && d.byForm.size > 3000);
  for (const f of d.families) for (const p of f.patterns) for (const c of [p.code, p.rev]) if (c) assert.ok(isCameoCode(c), `${f.name}: ${c}`);
  const policy = readData<{ noBareVerbs: string[]; noBareFamilies: string[] }>('events/en/dictionary-policy.json');
  for (const v of d.byForm.get('beat') ?? []) assert.equal(v.bare, null);
  assert.ok(d.families.filter((f) => policy.noBareFamilies.includes(f.name)).every((f) => f.noBare));
});

test('dictionary verbs code what the curated patterns lack, with the same modality and roles', () => {
  assert.deepEqual(brief('Russian artillery shelled Kharkiv overnight.'), ['RUS>UKR:194']);
  assert.deepEqual(brief('Israel recalled its ambassador to Iran.'), ['ISR>IRN:161']);
  // a governing verb is not an event of its own; its infinitive is
  assert.deepEqual(brief('Kenya hopes Uganda will extradite the suspect.').filter((s) => s.startsWith('KEN>')), []);
  // a verb's everyday sense is no bare default ("beat" a team)
  assert.deepEqual(brief('Brazil beat Argentina 2-0 in Rio.'), []);
  // a pattern of prepositions only whose code is foreign to its block holds for its own verb ("rule … for" is no
  // journey: "head for" is); one of the block's own kind of act holds for the block ("left for" as "departed for")
  assert.deepEqual(brief("China's parliament ruled out open nominations for Hong Kong's leadership election on Sunday."), []);
  assert.deepEqual(brief('Putin headed for Beijing on Monday.'), ['RUS>CHN:042']);
  assert.deepEqual(brief('Putin left for Beijing on Monday.'), ['RUS>CHN:042']);
  const shipped = readData<{ families: { name: string; patterns: { p: string; owner?: string }[] }[] }>('events/en/dictionary/verbs.json').families;
  assert.ok(shipped.find((f) => f.name === 'OVERSEE_MANAGE')!.patterns.some((p) => p.p === '* (for)' && p.owner === 'head'));
  // "wanted on a warrant" is no intent (want: no bare default)
  assert.deepEqual(brief('Bashir, wanted on an ICC arrest warrant, visited Kenya on Friday.', '2023-03-17'), ['SDN>KEN:042']);
  // a null pattern stops coding ("killed in an accident")
  assert.deepEqual(brief('Two Chilean soldiers were killed in an accident in Peru.').filter((s) => s.endsWith(':190')), []);
});

test('converted actors: people with dated roles, organisations, cities of a country, common words left out', () => {
  const actors = (text: string, date: string) => { const s = tokenizeText(text)[0]!; return findActors(s.tokens, s.text, newDocContext(date)).map((a) => a.code); };
  // a person of the dictionary, coded with the role of the event date
  assert.deepEqual(actors('Sarkozy arrived.', '2008-03-01'), ['FRAGOV']);
  assert.deepEqual(actors('Sarkozy arrived.', '2002-03-01'), ['FRAELI']);
  // a city: a place of its country, never its government
  assert.deepEqual(actors('They met in Kharkiv.', '2024-01-01'), ['UKR']);
  // a one-word place that is a common English word is no actor
  assert.deepEqual(actors('They saw the jersey.', '2024-01-01'), []);
});
