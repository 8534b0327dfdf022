// Spanish event coding (data/events/es, data/actors/es): golden sentences written for these tests (news style, our own
// wording), negation and modality, Spanish actor names, the mixed-language product path (a Spanish and an English
// article about one event merge into one event with both sources; search stems Spanish) and `storyline code` on a
// Spanish file. None of them reads ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { codeSentences, codeArticle, hasEventLanguage } from '../../src/events/index.js';
import { findActors, newDocContext, splitSentences } from '../../src/actors/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingest } from '../../src/pipeline/index.js';
import { run as codeCommand } from '../../src/cli/commands/code.js';
import { parseArgs } from '../../src/cli/args.js';
import { tempDir } from '../helpers.js';
import type { EventMention } from '../../src/types.js';

const DATE = '2024-06-05'; // a Wednesday
const code = (text: string): EventMention[] => codeSentences(text, DATE, { language: 'es' });
const brief = (ms: EventMention[]) => ms.map((m) => `${m.sourceCountry ?? m.source}-${m.code}->${m.targetCountry ?? m.target}`);

/** [sentence, expected "SRC-code->TGT" (countries), or [] for no event]. */
const GOLDEN: [string, string[]][] = [
  ['El gobierno de Venezuela condenó a Estados Unidos por las nuevas sanciones.', ['VEN-111->USA']],
  ['Miles de personas se manifestaron el sábado en Caracas contra el gobierno de Nicolás Maduro.', ['VEN-141->VEN']],
  ['Se manifestaron el lunes en Bogotá miles de estudiantes colombianos.', ['COL-141->COL']],
  ['La policía venezolana detuvo a dos periodistas colombianos.', ['VEN-173->COL']],
  ['El opositor fue detenido por la policía venezolana en Caracas.', ['VEN-173->VEN']],
  ['Colombia expulsó al embajador de Venezuela.', ['COL-166->VEN']],
  ['Venezuela rompió relaciones diplomáticas con Panamá.', ['VEN-161->PAN']],
  ['Estados Unidos impuso nuevas sanciones contra Venezuela.', ['USA-163->VEN']],
  ['Una delegación de altos funcionarios estadounidenses viajó el sábado a Caracas.', ['USA-042->VEN']],
  ['El canciller venezolano se reunió en Bogotá con su homólogo colombiano.', ['VEN-040->COL']],
  ['Los camioneros colombianos iniciaron una huelga general.', ['COL-143->COL']],
  ['La Casa Blanca acusó a Miraflores de violar los derechos humanos.', ['USA-112->VEN']],
  // negation and modality
  ['El canciller venezolano no condenó el ataque contra la embajada de Estados Unidos.', []],
  ['Maduro amenazó con expulsar a los diplomáticos estadounidenses.', ['VEN-137->USA']],
  ['La oposición venezolana se negó a negociar con el gobierno de Maduro.', ['VEN-12->VEN']],
  ['Washington podría levantar algunas sanciones contra Venezuela.', []],
  ['Colombia estaría dispuesta a mediar entre Venezuela y Estados Unidos.', ['COL-039->VEN', 'COL-039->USA']],
  // (the condition states nothing; its main clause is an intent, as in English)
  ['Si Caracas libera a los presos, Washington levantará las sanciones.', ['USA-0354->VEN']],
  ['Los estudiantes marcharon para protestar contra el gobierno de Ecuador.', ['ECU-141->ECU']],
  // a strike as a state of its actor (syntax.json statePreps, stateVerbs); "de" after a strike names its agent
  ['Los mineros peruanos están en huelga desde el lunes.', ['PER-143->PER']],
  ['Unos cien presos turcos se encuentran en huelga de hambre.', ['TUR-142->TUR']],
  ['La huelga de los camioneros chilenos cumplió su tercer día.', ['CHL-143->CHL']],
  ['El ministro peruano está en Lima desde el lunes.', []],
  // a protest as the purpose of an act is made by that act (modality.json purpose, purposeRoots), not of a request
  ['Los estudiantes chilenos tomaron la universidad para protestar por la muerte de un compañero.', ['CHL-14->CHL']],
  ['Los sindicatos chilenos pidieron al gobierno un permiso para protestar el lunes.', ['CHL-020->CHL']],
  // a protest noun aimed at a government, no agent named: the country's people (nouns.json protestByPeople)
  ['Crecen las protestas contra el gobierno boliviano.', ['BOL-14->BOL']],
  ['El presidente boliviano prohibió las protestas contra el gobierno.', []],
  // a protest noun with no actor named at all: the people of the country the article is about (nouns.json protestAtHome)
  ['El gobierno de España cerró los astilleros. Hubo protestas en el sur del país.', ['ESP-14->ESP']],
  ['El gobierno de Chile subió el precio del pan. La medida provocó una huelga general.', ['CHL-143->CHL']],
  ['Hubo protestas en el sur del país.', []],
  // a country after "contra" is what the protest is against, not the protesters' (nouns.json againstPreps)
  ['El gobierno de México anunció nuevos impuestos. Crecen las protestas contra Estados Unidos.', ['MEX-14->USA']],
  ['El gobierno de España cerró los astilleros. No hubo protestas.', []],
  // so is a protest verb whose subject the lexicon does not know (a finite verb, no unknown name before it)
  ['Los propietarios de camiones se movilizaron el martes en Uruguay.', ['URY-14->URY']],
  ['El gobierno de Chile subió el precio del pan. Los vecinos protestaron frente al palacio.', ['CHL-14->CHL']],
  ['El cantante Juan Pérez protestó por la censura.', []],
  // "de" before a protest noun classifies it ("una ola de protestas", "una jornada de protesta"); only phrases such as
  // "el riesgo de", "el fin de" make it no event (modality.json reversal)
  ['El gobierno de Chile subió el precio del pan. La medida provocó una ola de protestas.', ['CHL-14->CHL']],
  ['Los mineros bolivianos iniciaron una jornada de protesta contra el gobierno.', ['BOL-14->BOL']],
  ['El gobierno de Chile subió el precio del pan. El ministro habló del riesgo de protestas.', []],
  // (a government "facing" protests faces protests that take place)
  ['El gobierno boliviano enfrenta una ola de protestas.', ['BOL-14->BOL']],
  // a protest in front of an embassy is aimed at its country ("delante de", "frente a", "ante")
  ['Unos 200 rusos se manifestaron delante de la embajada de Estados Unidos.', ['RUS-141->USA']],
  // a protest in a sentence that speaks of sport is a sporting dispute (modality.json sport)
  ['Los árbitros de fútbol de Honduras se declararon en huelga.', []],
  ['Los mineros hondureños se declararon en huelga.', ['HND-143->HND']],
  // the bare default of an everyday verb of the converted dictionary is off (dictionary-policy.json noBareVerbs):
  // "reunir" gathers, it is no meeting; "se reunió con" still is one (a curated pattern)
  ['Los sindicatos españoles reúnen a los agricultores franceses.', []],
  ['El canciller venezolano se reunió con su homólogo colombiano.', ['VEN-040->COL']],
  // police officers or soldiers on strike protest at their own government (nouns.json protestByStaff); a parade is none
  ['Los policías venezolanos iniciaron una huelga.', ['VEN-143->VEN']],
  ['Los soldados venezolanos desfilaron en Caracas.', []],
  // "manifestar" with no object is to demonstrate, "se" or not (verbs.json needsClitic intransitive); with one it expresses
  ['Miles de mineros bolivianos manifestaron por el centro de La Paz.', ['BOL-141->BOL']],
  ['El canciller chileno manifestó en Santiago su preocupación por la crisis.', []],
  ['Los trabajadores bolivianos manifestaron que no aceptarán la reforma.', []],
  // a wire dateline past the first sentence opens a new dispatch (references.json datelineNewStory)
  ['BOGOTA - Los estudiantes colombianos marcharon contra el gobierno. MADRID - Los manifestantes marcharon por el centro de la ciudad.', ['COL-141->COL', 'ESP-141->ESP']],
  // people of one country (or of none named) protesting together aim at their government
  ['El gobierno de Ecuador subió el precio del pan. Grupos de estudiantes y trabajadores bloqueaban el tránsito.', ['ECU-144->ECU']],
  // "parte" after a determiner or a preposition is the noun ("por otra parte", "por parte de"), no verb "partir"
  ['Por otra parte, los conductores de autobuses belgas realizaron una huelga el miércoles.', ['BEL-143->BEL']],
  // a protest noun in a manner phrase is done by the subject of its clause's verb, not by an object before it
  // (syntax.json mannerPhrases; the holder of a state phrase "en huelga" is a plain noun phrase)
  ['La Unión Europea aprobó sanciones a Estados Unidos en protesta por la ley norteamericana.', ['IGOEUR-163->USA', 'IGOEUR-14->USA']],
  ['El gobierno libio abandonó la cumbre en señal de protesta contra Egipto.', ['LBY-114->EGY']],
  ['Los mineros bolivianos en huelga bloquearon la carretera.', ['BOL-143->BOL']],
];

test('golden Spanish sentences: actors, codes, negation and modality', () => {
  for (const [text, want] of GOLDEN) {
    const got = brief(code(text));
    if (!want.length) { assert.deepEqual(got, [], text); continue; }
    assert.equal(got.length, want.length, `${text}\n  want ${want.join(', ')}, got ${got.join(', ')}`);
    // a two-digit expectation is a root ("VEN-12->VEN": any refusal)
    for (const w of want) assert.ok(got.some((g) => g === w || /-\d\d->/.test(w) && g.replace(/-(\d\d)\d*->/, '-$1->') === w), `${text}\n  want ${w}, got ${got.join(', ') || 'nothing'}`);
  }
});

test('modality codes: a threat, a refusal and an intent take their own codes', () => {
  assert.equal(code('Maduro amenazó con expulsar a los diplomáticos estadounidenses.')[0]?.root, '13');
  assert.equal(code('La oposición venezolana se negó a negociar con el gobierno de Maduro.')[0]?.root, '12');
  assert.equal(code('Colombia estaría dispuesta a mediar entre Venezuela y Estados Unidos.')[0]?.code, '039');
});

test('Spanish names of actors: countries, seats of power, demonyms, the shared people file', () => {
  const actorsOf = (text: string) => {
    const ctx = newDocContext(DATE, 'es');
    return splitSentences(text, 'es').flatMap((s) => findActors(s.tokens, s.text, ctx)).map((a) => a.code);
  };
  for (const name of ['EEUU', 'EE.UU.', 'Estados Unidos', 'Washington', 'la Casa Blanca', 'el Departamento de Estado']) {
    assert.ok(actorsOf(`${name} anunció nuevas medidas.`)[0]?.startsWith('USA'), name);
  }
  for (const name of ['Miraflores', 'el chavismo', 'el gobierno venezolano', 'Caracas']) assert.equal(actorsOf(`${name} rechazó la propuesta.`)[0], 'VENGOV', name);
  assert.equal(actorsOf('Los manifestantes venezolanos marcharon.')[0], 'VENCVL');
  assert.equal(actorsOf('Las autoridades mexicanas respondieron.')[0], 'MEXGOV');
  assert.equal(actorsOf('Representantes de la oposición venezolana viajaron.')[0], 'VENOPP');
  // a city's name before another capitalised name is a first name ("Vladimir Jirinovski" names no Russian city)
  assert.deepEqual(actorsOf('El ultranacionalista Vladimir Jirinovski habló en Moscú.'), ['RUSGOV']);
  // references are compared as tokens are, without accents: "el país", "ambos países" (references.json)
  assert.deepEqual(actorsOf('Irak anunció nuevas medidas. El país suspendió sus exportaciones.'), ['IRQ', 'IRQ']);
  // (a number inside the role phrase after "de": "los dirigentes de 49 sindicatos panameños")
  assert.equal(actorsOf('Los dirigentes de 49 sindicatos panameños convocaron una huelga.')[0], 'PANLAB');
  // a one-word role read as an adjective after a plain noun qualifies it (references.json roleWordsNotAdjectives)
  assert.deepEqual(actorsOf('La huelga general paralizó el país.'), []);
  assert.deepEqual(actorsOf('La guerra civil duró diez años.'), []);
  assert.equal(actorsOf('Los estudiantes universitarios marcharon.')[0], 'EDU');
  // words of the converted agents that name no one (sectors.json notRoles): "años" is no student, "la política" a policy
  assert.deepEqual(actorsOf('En los últimos años la política económica del país cambió.'), []);
  // a capitalised role word opening the sentence is that role even where the tagger reads a verb (a headline's "Mineros")
  assert.equal(actorsOf('Mineros en huelga bloquearon la ruta.')[0], 'LAB');
  // indigenous peoples and church members by name (sectors.json)
  assert.equal(actorsOf('Los guaymíes marcharon.')[0], 'CVL');
  assert.equal(actorsOf('Los católicos rezaron.')[0], 'REL');
  // "Nicolás Maduro" is one person in every language (data/actors/people.json)
  const ctx = newDocContext('2024-06-05', 'es');
  const [s] = splitSentences('Nicolás Maduro habló.', 'es');
  const [maduro] = findActors(s!.tokens, s!.text, ctx);
  assert.equal(maduro?.kind, 'person');
  assert.equal(maduro?.country, 'VEN');
});

test('a language without event data codes nothing; Spanish has data', () => {
  assert.ok(hasEventLanguage('es'));
  assert.deepEqual(codeArticle({ text: 'Le gouvernement a condamné les sanctions.', published: DATE, language: 'fr' }), []);
});

test('a Spanish and an English article about one event merge into one event with both sources', async () => {
  const dir = tempDir('sl-es-merge-');
  const store = new SqliteStore(join(dir, 'm.db'));
  const en = { url: 'https://en.example/visit', published: '2022-03-06', title: 'US officials travel to Caracas', text: 'Senior United States officials traveled to Venezuela on Saturday to meet with the government of Nicolás Maduro, the US press reported.\n\nThe visit was the first of its kind since 2019.' };
  const es = { url: 'https://es.example/visita', published: '2022-03-06', title: 'Funcionarios de EEUU viajan a Caracas', text: 'Una delegación de altos funcionarios del gobierno de Estados Unidos viajó el sábado a Caracas para reunirse con el presidente Nicolás Maduro, informó la prensa estadounidense.\n\nEs la primera visita de alto nivel desde la ruptura de relaciones en 2019.' };
  writeFileSync(join(dir, 'both.jsonl'), [en, es].map((r) => JSON.stringify(r)).join('\n') + '\n');
  await ingest(store, [join(dir, 'both.jsonl')]);
  const arts = await store.listArticles();
  assert.deepEqual(arts.map((a) => a.language).sort(), ['en', 'es']);
  const events = await store.listEvents({ dyad: ['USA', 'VEN'] });
  const visit = events.find((e) => e.code === '042' && e.date?.start === '2022-03-05');
  assert.ok(visit, `a visit on 5 March 2022; got ${events.map((e) => `${e.code} ${e.date?.start}`).join(', ')}`);
  const urls = new Set(visit!.mentions.map((m) => m.url));
  assert.ok(urls.has(en.url) && urls.has(es.url), `both sources: ${[...urls].join(', ')}`);
  // the summary sentence of the event keeps its language: it is one of the sentences as written
  assert.ok(visit!.mentions.some((m) => m.sentence === visit!.summary) || [en.text, es.text].some((t) => t.includes(visit!.summary)));
  // search stems the Spanish article: "funcionario" finds "funcionarios"
  assert.deepEqual((await store.search('funcionario')).map((h) => h.articleId), [arts.find((a) => a.language === 'es')!.id]);
  await store.close();
});

test('storyline code on a Spanish file: the language detected (or given) and the events coded', async () => {
  const dir = tempDir('sl-es-code-');
  const file = join(dir, 'es.txt');
  writeFileSync(file, 'Miles de personas se manifestaron el sábado en Caracas contra el gobierno de Nicolás Maduro.\nMaduro amenazó con expulsar a los diplomáticos estadounidenses.\n');
  const sink = () => { const c: string[] = []; const w = new Writable({ write(x, _e, cb) { c.push(String(x)); cb(); } }) as Writable & { text: () => string }; w.text = () => c.join(''); return w; };
  const out = sink(), err = sink();
  assert.equal(await codeCommand(parseArgs([file, '--date', DATE]), { stdin: Readable.from([]), stdout: out, stderr: err, env: {}, cwd: dir }), 0);
  assert.match(out.text(), /# 1 \[es\]\n {2}Miles de personas[^\n]*\n {4}VENCVL → VENGOV {2}141/);
  assert.match(out.text(), /# 2 \[es\]\n {2}Maduro amenazó[^\n]*\n {4}VEN\S* → USAGOV {2}137/);
  const json = sink();
  await codeCommand(parseArgs([file, '--date', DATE, '--lang', 'es', '--json']), { stdin: Readable.from([]), stdout: json, stderr: sink(), env: {}, cwd: dir });
  const items = JSON.parse(json.text()) as { id: string; events: { code: string }[] }[];
  assert.deepEqual(items.map((i) => i.events.map((e) => e.code)), [['141'], ['137']]);
  await assert.rejects(codeCommand(parseArgs([file, '--lang', 'spanish']), { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {}, cwd: dir }));
});
