// The dictionary readers in their Spanish dialect (UniversalPetrarch's files differ from PETRARCH2's: infinitives
// without forms, accents, prepositions and articles as plain words or synonym sets, codes without their leading
// zero, header suffixes, patterns written without their "-"), on small inline samples written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary, parseAgents, parseActorDictionary, type Dialect, type Tally } from '../../scripts/lib/petrarch.js';
import { mapCode } from '../../scripts/lib/cameo-codes.js';
import { compileDictPattern } from '../../src/events/dictionary.js';

const ES: Dialect = {
  lang: 'es',
  prepositions: new Set(['en', 'con', 'contra', 'a', 'de']),
  dropped: new Set(['el', 'la', 'los', 'las', 'un', 'una', '&articulo', '&auxiliar']),
  prepositionSets: new Set(['&preposicion']),
};

const VERBS = `####### SYNONYM SETS #######
&NEGOCIACION
+DIÁLOGO
+NEGOCIACIONES
&ARTICULO
&PREPOSICION
+EN
+CON

####### VERB PATTERNS #######
--- CONSULT   [040] ---[a]
REUNIR
DIALOGAR        [046]
DECLARAR[b]                p
- * CON +        [040]        # a comment
- *ESTABLECER RELACIONES CON +        [54]
- &AUXILIAR * &ARTICULO ACUERDO &PREPOSICION +        [057]
- * EN SECRETO        [---]
MANTENER  &NEGOCIACION CON +        [046]

--- ACCUSE   [112] ---
ACUSAR
`;

test('Spanish verb dictionary: infinitives without forms, accents, prepositions as phrases, articles dropped', () => {
  const d = parseVerbDictionary(VERBS, ES);
  assert.deepEqual(d.synsets.negociacion, ['dialogo', 'negociaciones'], 'accent-free, plurals as listed (none generated)');
  const consult = d.families.find((f) => f.name === 'CONSULT')!;
  assert.equal(consult.code, '040', 'a header suffix "---[a]" is ignored');
  assert.deepEqual(consult.verbs.map((v) => [v.words.join(' '), v.forms, v.code]), [['reunir', [], null], ['dialogar', [], '046'], ['declarar', [], null]]);
  assert.deepEqual(consult.patterns.map((p) => [p.p, p.code]), [
    ['* (con +)', '040'],
    ['* establecer relaciones (con +)', '54'],
    ['* acuerdo (en|con|contra|a|de +)', '057'], // (the set of prepositions: any of the dialect's)
    ['* (en secreto)', null],
  ]);
  assert.equal(d.tally['verb line dropped: a pattern written without its "-"'], 1);
  // every converted pattern compiles for the matcher
  const sets = new Map(Object.entries(d.synsets).map(([k, v]) => [k, v.map((p) => p.split(' '))]));
  for (const p of consult.patterns) assert.doesNotThrow(() => compileDictPattern(p.p, p.code, undefined, 'CONSULT', sets), p.p);
});

test('English verb dictionaries read as before (no dialect)', () => {
  const d = parseVerbDictionary(`&WEAPON\n+GUN\n--- ATTACK [190] ---\nATTACK\n+BEEF_UP {BEEFS_UP BEEFED_UP}\n- * (ON +) [190]\n`);
  assert.deepEqual(d.synsets.weapon, ['gun', 'guns'], 'English plurals generated');
  const f = d.families[0]!;
  assert.deepEqual(f.verbs[0]!.forms, ['attacks', 'attacked', 'attacking']);
  assert.deepEqual(f.patterns.map((p) => p.p), ['* (on +)']);
});

test('codes: a dropped leading zero is restored for the Spanish file only', () => {
  const t: Tally = {};
  assert.equal(mapCode('36', t, true), '036');
  assert.equal(mapCode('333', t, true), '0333');
  assert.equal(mapCode('141', t, true), '141');
  assert.equal(t['code: leading zero restored'], 2);
  assert.equal(mapCode('36', {}, false), undefined, 'English: unknown code');
});

test('Spanish agents and actors: accents, glosses, substitution sets', () => {
  const t: Tally = {};
  const agents = parseAgents('!PERSONA!_=_HOMBRE,_MUJER_\nAGRICULTORES_ [~AGR]\nRANCHO_(VIVIENDA)_ [~AGR]\nPOLICÍA_ [~COP]\nJEFE_DE_!PERSONA!_ [~GOV]\n', t, ES);
  assert.deepEqual(agents.map((a) => [a.words.join(' '), a.code]), [['agricultores', 'AGR'], ['rancho', 'AGR'], ['policia', 'COP'], ['jefe de hombre', 'GOV'], ['jefe de mujer', 'GOV']]);
  const actors = parseActorDictionary('NACIONES_UNIDAS_ [IGOUNO]\n+ORGANIZACIÓN_DE_LAS_NACIONES_UNIDAS_\nNICOLÁS_MADURO_\n\t[VENGOV >130419]\n', {});
  assert.deepEqual(actors.map((a) => [a.names, a.code, a.dated.map((d) => `${d.code} ${d.from}`)]), [
    [['NACIONES_UNIDAS_', 'ORGANIZACIÓN_DE_LAS_NACIONES_UNIDAS_'], 'IGOUNO', []],
    [['NICOLÁS_MADURO_'], null, ['VENGOV 2013-04-19']],
  ]);
});
