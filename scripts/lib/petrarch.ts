// Readers for the PETRARCH2 / TABARI dictionary formats (verb patterns, actors, agents), used by
// scripts/build-dictionaries.ts to convert the field's standard dictionaries into Storyline's own data files.
// Written by hand: no maintained JavaScript library reads these formats (the reference reader is PETRARCH's own
// Python PETRreader). Every function here is pure: text in, typed records (plus a tally of what was dropped) out.
// Format reference: ../shared/data/petrarch2/dictionaries.rst (and the TABARI manual it cites).

/** Counts of what a reader kept, adapted or dropped, by reason. */
export type Tally = Record<string, number>;
export function bump(t: Tally, k: string, n = 1): void { t[k] = (t[k] ?? 0) + n; }

/** How a dictionary's language differs from the English PETRARCH2 files. English (no dialect) is read as before.
 *  UniversalPetrarch's Spanish files list verbs as infinitives with no inflected forms (the tokenizer gives lemmas),
 *  write words with accents (keys are made accent-free, as the tokenizer's norms are), and write prepositions and
 *  articles as plain words or synonym sets inside patterns instead of "(prep X)" phrases. */
export interface Dialect {
  /** ISO 639-1 code. */
  lang: string;
  /** Prepositions (lower case, accent-free): "EN +" becomes "(en +)". */
  prepositions: Set<string>;
  /** Articles and the synonym sets of articles and auxiliaries that stand inside noun phrases or before the verb:
   *  dropped from patterns (the matcher reads noun phrases whole). */
  dropped: Set<string>;
  /** Synonym sets that stand for a preposition ("&PREPOSICION"). */
  prepositionSets: Set<string>;
}

/** Lower case without accents: the form of the tokenizer's norms and lemmas. */
export function plainWord(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A tally as the rows of a Markdown table, most frequent first. */
export function tallyTable(t: Tally): string {
  return Object.entries(t).sort((a, b) => b[1] - a[1]).map(([k, v]) => `| ${k} | ${v} |`).join('\n');
}

/** The end of an actor conversion report: the summary, the actors' tally, the agents kept and their tally. */
export function actorReportTables(summary: string, actors: Tally, agents: number, agentsTally: Tally): string {
  return `${summary}

| feature | count |
|---|---|
${tallyTable(actors)}

Agents (sector words): ${agents} kept.

| feature | count |
|---|---|
${tallyTable(agentsTally)}
`;
}

/** Strips a `#` comment (the dictionaries use `#` only for comments). */
export function stripComment(line: string): string {
  const k = line.indexOf('#');
  return (k >= 0 ? line.slice(0, k) : line).replace(/\s+$/, '');
}

// ---------------------------------------------------------------- English inflection

const VOWEL = /[aeiou]/;
/** Regular plural, as PETRARCH generates it ("S", "IES" after a consonant + y, "ES" after s/x/z/ch/sh). */
export function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** Doubles a final consonant before -ed/-ing in short stressed verbs ("stop" → "stopped"; not "visit", "open"). */
function doubles(w: string): boolean {
  if (!/[^aeiou][aeiou][bdgklmnprt]$/.test(w) || /(w|x|y)$/.test(w)) return false;
  // one vowel group: stop, ban, plan, rob, drag, grab, slam, nab, jab
  const groups = w.match(/[aeiou]+/g) ?? [];
  return groups.length === 1;
}

/** Regular verb forms of a lemma: 3rd person, past/participle, gerund ("accelerate" → accelerates, accelerated,
 *  accelerating). Irregular verbs list their forms in the dictionary ("{SPEEDING SPEEDS SPED}"). */
export function verbForms(w: string): string[] {
  const s = /(s|x|z|ch|sh|o)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
  let ed: string, ing: string;
  if (w.endsWith('e')) { ed = w + 'd'; ing = /(ee|ye|oe)$/.test(w) ? w + 'ing' : w.endsWith('ie') ? w.slice(0, -2) + 'ying' : w.slice(0, -1) + 'ing'; }
  else if (/[^aeiou]y$/.test(w)) { ed = w.slice(0, -1) + 'ied'; ing = w + 'ing'; }
  else if (doubles(w)) { const d = w + w[w.length - 1]; ed = d + 'ed'; ing = d + 'ing'; }
  else if (w.endsWith('c') && VOWEL.test(w.slice(-2, -1))) { ed = w + 'ked'; ing = w + 'king'; }
  else { ed = w + 'ed'; ing = w + 'ing'; }
  return [s, ed, ing];
}

// ---------------------------------------------------------------- verb dictionary

/** A verb of a synonym block: its words (a multi-word verb such as "beef up" has several), which word is the verb,
 *  and the inflected forms of that word. */
export interface DictVerb { words: string[]; head: number; forms: string[]; code: string | null }

/** One pattern: the normalized body (Storyline dictionary syntax, see data/events/README.md) and its codes:
 *  `code` for source → target, `rev` for the paired event target → source ([042:043] = visit / host a visit);
 *  `code: null` with no `rev` is a null pattern ([---]) that stops coding. */
/** A pattern; `owner`, the verb its comment names (kept by the build only where policy restricts the pattern to it). */
export interface DictPattern { p: string; code: string | null; rev?: string; owner?: string }

export interface DictFamily { name: string; code: string | null; rev?: string; verbs: DictVerb[]; patterns: DictPattern[] }

export interface VerbDictionary { synsets: Record<string, string[]>; families: DictFamily[]; tally: Tally }

/** A code field: "[042:043]" → {code 042, rev 043}; "[:173]" → {rev 173}; "[---]" → null code. */
export function parseCode(field: string): { code: string | null; rev?: string } {
  const body = field.replace(/^\[|\]$/g, '').trim();
  if (!body.includes(':')) return { code: /^-+$/.test(body) || !body ? null : body };
  const [a, b] = body.split(':').map((x) => x.trim());
  const code = a && !/^-+$/.test(a) ? a : null;
  const rev = b && !/^-+$/.test(b) ? b : undefined;
  return rev ? { code, rev } : { code };
}

/** Synset member phrase → words; `_` between words means consecutive words (the only reading the coder has). */
function phraseWords(p: string, dialect?: Dialect): string[] {
  return (dialect ? plainWord(p) : p.toLowerCase()).split(/_+/).filter(Boolean);
}

/** Reads a verb-dictionary line "WORD {FORMS} [CODE]" or "+BEEF_UP {…}" / "WIRE_+TAP {…}". */
export function parseVerbLine(line: string, tally: Tally, dialect?: Dialect): DictVerb | null {
  if (dialect) return parseDialectVerbLine(line, tally);
  const codeM = line.match(/\[[^\]]*\]/);
  const code = codeM ? parseCode(codeM[0]).code : null;
  const body = line.replace(/\[[^\]]*\]/g, '').trim();
  const formsM = body.match(/\{([^}]*)\}/);
  const phrase = body.replace(/\{[^}]*\}/, '').trim();
  if (!phrase) return null;
  // "+COME_UPON": the verb is the first word; "WIRE_+TAP": the word after "+"
  const raw = phrase.replace(/^\+/, '');
  const parts = raw.split('_').filter(Boolean);
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  if (words.some((w) => !/^[a-z][a-z'.-]*$/.test(w))) { bump(tally, 'verb dropped: not a word'); return null; }
  const hw = words[head]!;
  let forms: string[];
  if (formsM) {
    // irregular forms are given whole ("+CORDONED_OFF"); keep the verb word of each
    forms = formsM[1]!.trim().split(/\s+/).filter(Boolean).map((f) => {
      const fw = f.replace(/^\+/, '').split('_').filter(Boolean);
      const k = fw.findIndex((x) => x.startsWith('+'));
      return (fw[k >= 0 ? k : Math.min(head, fw.length - 1)] ?? '').replace(/^\+/, '').toLowerCase();
    }).filter((f) => /^[a-z]/.test(f));
    if (!formsM[1]!.trim()) bump(tally, 'verb: only the form written ({})');
    else bump(tally, 'verb: irregular forms given');
  } else {
    forms = verbForms(hw);
    bump(tally, 'verb: regular forms generated');
  }
  return { words, head, forms: [...new Set(forms.filter((f) => f !== hw))], code };
}

/** A verb line of a dialect dictionary: an infinitive ("ABANDONAR", "RE-ADMITIR", "DECLARAR[b]") with an optional
 *  code; its forms are left to the tokenizer's lemmas. A line that holds a pattern without its leading "-" (a verb
 *  followed by pattern words and a code) is dropped and tallied. */
function parseDialectVerbLine(line: string, tally: Tally): DictVerb | null {
  const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
  const numeric = codes.find((c) => /^[\d:-]+$/.test(c) && /\d/.test(c));
  const body = line.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
  const parts = body.split(/\s+/).filter(Boolean);
  if (!parts.length) return null;
  if (parts.length > 1 && !/^[a-z]$/i.test(parts[1]!)) { bump(tally, 'verb line dropped: a pattern written without its "-"'); return null; }
  const phrase = parts[0]!.replace(/^\+/, '');
  const raw = phrase.split('_').filter(Boolean);
  let head = raw.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  const words = raw.map((w) => plainWord(w.replace(/^\+/, '')).replace(/-/g, ''));
  if (words.some((w) => !/^[a-zñ][a-zñ'.]*$/.test(w))) { bump(tally, 'verb dropped: not a word'); return null; }
  bump(tally, 'verb: infinitive (forms from the tokenizer\'s lemmas)');
  return { words, head, forms: [], code: numeric ? parseCode(`[${numeric}]`).code : null };
}

/** A dialect pattern body in the English syntax: "*ESTABLECER" split, articles and auxiliary sets dropped, a
 *  preposition word or set joined with the element after it into "(prep X)". Returns the rewritten body, or null. */
function rewriteDialectPattern(body: string, dialect: Dialect, tally: Tally): string | null {
  const toks = body.replace(/\*(?=\S)/g, '* ').replace(/(?<=\S)\*/g, ' *').split(/\s+/).filter(Boolean).map((t) => t.replace(/_+$/, ''));
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const low = t.startsWith('&') ? t.toLowerCase() : plainWord(t);
    if (dialect.dropped.has(low)) { bump(tally, 'pattern: article or auxiliary dropped'); continue; }
    const isPrep = dialect.prepositions.has(low) || dialect.prepositionSets.has(low);
    if (!isPrep) { out.push(t); continue; }
    const preps = dialect.prepositionSets.has(low) ? [...dialect.prepositions].filter((p) => !p.includes('_')).join('|') : low;
    // the element after the preposition (articles skipped): "(en +)", "(con &negociacion)", or "(en)" at the end
    let j = i + 1;
    while (j < toks.length && dialect.dropped.has(toks[j]!.startsWith('&') ? toks[j]!.toLowerCase() : plainWord(toks[j]!))) j++;
    const next = toks[j];
    if (!next || next === '*' || dialect.prepositions.has(plainWord(next))) { out.push(`(${preps})`); i = j - 1; continue; }
    out.push(`(${preps} ${next})`);
    i = j;
    bump(tally, 'pattern: preposition read as a phrase');
  }
  return out.join(' ');
}

/** Parses a pattern body (between "-" and the code) into Storyline's dictionary syntax, or null with the reason
 *  tallied. Elements: `*` the verb, `w` a noun phrase headed by w, `a_b` a noun phrase ending in the words a b,
 *  `&set` a synonym set, `(prep X)` a prepositional phrase (X: a noun element, `+`, `$`, `^` or nothing; `a|b`
 *  alternatives of the preposition), `+` the target, `$` the source, `^` any phrase (skipped). */
export function normalizePattern(body: string, synsets: Record<string, string[]>, tally: Tally, dialect?: Dialect): string | null {
  if (dialect) {
    const r = rewriteDialectPattern(body, dialect, tally);
    if (r === null) return null;
    body = r;
  }
  const word = dialect ? /^[\p{L}0-9][\p{L}0-9'._-]*$/u : /^[A-Za-z0-9][A-Za-z0-9'._-]*$/;
  const low = (t: string) => dialect ? plainWord(t) : t.toLowerCase();
  const toks: string[] = [];
  const re = /\{[^}]*\}|\([^)]*\)|\S+/g;
  let m: RegExpExecArray | null;
  const noun = (t: string): string | null => {
    if (t.startsWith('{')) {
      const inner = t.slice(1, -1).trim().split(/[\s_]+/).filter(Boolean).map((x) => noun(x));
      if (inner.some((x) => x === null)) return null;
      return inner.join('_');
    }
    if (t.startsWith('&')) {
      const name = t.slice(1).toLowerCase().replace(/_$/, '');
      if (!synsets[name]) { bump(tally, 'pattern dropped: undefined synonym set'); return null; }
      return '&' + name;
    }
    if (t === '+' || t === '$' || t === '^') return t;
    if (t === '%') { bump(tally, 'pattern dropped: compound actor (%)'); return null; }
    if (!word.test(t)) { bump(tally, 'pattern dropped: unreadable element'); return null; }
    // ("AIR_STRIKE": consecutive words, as in braces)
    return low(t).replace(/_+$/, '').replace(/_+/g, '_');
  };
  let stars = 0;
  while ((m = re.exec(body))) {
    const t = m[0];
    if (t === '*') { stars++; toks.push('*'); continue; }
    if (t.startsWith('(')) {
      const inner = t.slice(1, -1).trim().split(/\s+/).filter(Boolean);
      if (!inner.length) { bump(tally, 'pattern dropped: empty phrase'); return null; }
      const prep = low(inner[0]!).replace(/\//g, '|');
      if (!(dialect ? /^[a-zñ|_-]+$/ : /^[a-z|-]+$/).test(prep)) { bump(tally, 'pattern dropped: unreadable preposition'); return null; }
      const rest = inner.slice(1).join(' ');
      if (!rest) { toks.push(`(${prep})`); continue; }
      // the object of the preposition: one noun element (a braced phrase counts as one)
      const objs = rest.match(/\{[^}]*\}|\S+/g) ?? [];
      const conv = objs.map(noun);
      if (conv.some((x) => x === null)) return null;
      toks.push(`(${prep} ${conv.join(' ')})`);
      continue;
    }
    const n = noun(t);
    if (n === null) return null;
    toks.push(n);
  }
  if (stars !== 1) { bump(tally, 'pattern dropped: no single verb position (*)'); return null; }
  return toks.join(' ');
}

/** Reads CAMEO.2.0.txt-style verb dictionaries: synonym sets, then verb blocks with their patterns. */
export function parseVerbDictionary(text: string, dialect?: Dialect): VerbDictionary {
  const tally: Tally = {};
  const synsets: Record<string, string[]> = {};
  const families: DictFamily[] = [];
  let set: { name: string; plurals: boolean } | null = null;
  let fam: DictFamily | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine);
    if (!line.trim()) continue;
    const t = line.trim();
    if (t.startsWith('&')) {
      const label = t.split(/\s+/)[0]!.slice(1);
      const name = label.toLowerCase().replace(/_$/, '');
      set = { name, plurals: !label.endsWith('_') };
      synsets[name] = synsets[name] ?? [];
      fam = null;
      continue;
    }
    if (t.startsWith('---')) {
      const m = t.match(/^---\s*(\S+)\s*(\[[^\]]*\])?/);
      const c = m?.[2] ? parseCode(m[2]) : { code: null };
      fam = { name: m?.[1] ?? '?', code: c.code, ...(c.rev ? { rev: c.rev } : {}), verbs: [], patterns: [] };
      families.push(fam);
      set = null;
      continue;
    }
    if (t.startsWith('~')) { bump(tally, 'transformation dropped (verb-verb rewrites: done by modality rules instead)'); continue; }
    if (set && t.startsWith('+') && !fam) {
      const phrase = t.slice(1).trim();
      const words = phraseWords(phrase, dialect);
      if (!words.length) continue;
      const list = synsets[set.name]!;
      const p = words.join(' ');
      list.push(p);
      // (a dialect lists its plurals itself)
      if (set.plurals && !phrase.endsWith('_') && !dialect) list.push([...words.slice(0, -1), plural(words[words.length - 1]!)].join(' '));
      bump(tally, 'synonym-set phrase');
      continue;
    }
    if (!fam) { bump(tally, 'line dropped: outside any block'); continue; }
    if (t.startsWith('-')) {
      const codeM = t.match(/\[[^\]]*\]\s*$/) ?? t.match(/\[[^\]]*\]/);
      if (!codeM) { bump(tally, 'pattern dropped: no code'); continue; }
      const c = parseCode(codeM[0]);
      const body = t.slice(1, codeM.index).trim();
      bump(tally, 'pattern read');
      // (the comment names the verb the pattern was written for: "- * (FOR) [042:043] # HEAD")
      const hash = rawLine.indexOf('#');
      const owner = hash >= 0 ? rawLine.slice(hash + 1).trim().match(/^([A-Z][A-Z_-]*)\b/)?.[1]?.toLowerCase().replace(/_/g, ' ') : undefined;
      fam.patterns.push({ p: body, code: c.code, ...(c.rev ? { rev: c.rev } : {}), ...(owner ? { owner } : {}) });
      continue;
    }
    const v = parseVerbLine(t, tally, dialect);
    if (v) fam.verbs.push(v);
  }
  // normalize patterns once every synonym set is known (a pattern may use a set defined later in the file)
  for (const f of families) {
    const kept: DictPattern[] = [];
    for (const p of f.patterns) {
      const n = normalizePattern(p.p, synsets, tally, dialect);
      if (n === null) continue;
      kept.push({ ...p, p: n });
    }
    f.patterns = kept;
  }
  for (const k of Object.keys(synsets)) synsets[k] = [...new Set(synsets[k])];
  return { synsets, families, tally };
}

// ---------------------------------------------------------------- actor dictionaries

/** A date restriction of an actor: code valid from/to (inclusive, YYYY-MM-DD; null = open). */
export interface DatedCode { code: string; from: string | null; to: string | null }

export interface ActorRecord {
  /** Phrases, primary first; "_" joined words (consecutive), lower-cased; `exact` = ended with "_" (no stem). */
  names: string[];
  /** Default code (primary line), if any. */
  code: string | null;
  dated: DatedCode[];
  comment: string;
}

/** TABARI dates: YYMMDD (years before 30 are 20xx) or YYYYMMDD → YYYY-MM-DD, or null when unreadable. */
export function tabariDate(s: string): string | null {
  const d = s.trim();
  let y: number, mo: string, da: string;
  if (/^\d{6}$/.test(d)) { const yy = Number(d.slice(0, 2)); y = yy < 30 ? 2000 + yy : 1900 + yy; mo = d.slice(2, 4); da = d.slice(4, 6); }
  else if (/^\d{8}$/.test(d)) { y = Number(d.slice(0, 4)); mo = d.slice(4, 6); da = d.slice(6, 8); }
  else return null;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(da) < 1 || Number(da) > 31) return null;
  return `${y}-${mo}-${da}`;
}

/** One "[CODE restriction]": "[VENGOV >060901]", "[AFGGOV 791227-861124]", "[USAGOV <450703]", "[ELI]". */
export function parseRestriction(inner: string, tally: Tally): DatedCode | null {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (!code || /^-+$/.test(code)) return null;
  const r = parts.slice(1).join('');
  if (!r) return { code, from: null, to: null };
  let m: RegExpMatchArray | null;
  if ((m = r.match(/^>(\d+)$/))) { const f = tabariDate(m[1]!); if (!f) { bump(tally, 'date restriction dropped: unreadable date'); return null; } return { code, from: f, to: null }; }
  if ((m = r.match(/^<(\d+)$/))) { const t = tabariDate(m[1]!); if (!t) { bump(tally, 'date restriction dropped: unreadable date'); return null; } return { code, from: null, to: t }; }
  if ((m = r.match(/^(\d+)-(\d+)$/))) {
    const f = tabariDate(m[1]!), t = tabariDate(m[2]!);
    if (!f || !t) { bump(tally, 'date restriction dropped: unreadable date'); return null; }
    if (t < f) { bump(tally, 'date restriction dropped: ends before it starts'); return null; }
    return { code, from: f, to: t };
  }
  bump(tally, 'date restriction dropped: unreadable');
  return null;
}

/** A restriction without dates is the record's default code (TABARI: "[code]" is the same as a default restriction),
 *  wherever it stands; a dated one bounds a role. */
function addRestriction(rec: ActorRecord, r: DatedCode): void {
  if (!r.from && !r.to) { if (rec.code === null) rec.code = r.code; }
  else rec.dated.push(r);
}

/** Reads a TABARI/PETRARCH .actors file: records of a primary phrase (optional default [code]), "+synonyms" and
 *  tab-indented "[code date]" restrictions (also accepted on the primary line, as the International file has them). */
export function parseActorDictionary(text: string, tally: Tally): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | null = null;
  let lastWasRestriction = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
    const line = stripComment(rawLine);
    if (!line.trim()) continue;
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      if (!cur) { bump(tally, 'restriction dropped: no record'); continue; }
      for (const m of line.matchAll(/\[([^\]]*)\]/g)) { const r = parseRestriction(m[1]!, tally); if (r) addRestriction(cur, r); }
      lastWasRestriction = true;
      continue;
    }
    const t = line.trim();
    if (t.startsWith('+')) {
      // a synonym after restrictions starts no new record in TABARI; after a restriction it belongs to the next one
      if (!cur || lastWasRestriction) { cur = { names: [], code: null, dated: [], comment }; out.push(cur); }
      const name = t.slice(1).replace(/\[[^\]]*\]/g, '').trim();
      if (name) cur.names.push(name);
      lastWasRestriction = false;
      continue;
    }
    if (t.startsWith('<') || t.startsWith('!')) { bump(tally, 'line dropped: markup'); continue; }
    const name = t.replace(/\[[^\]]*\]/g, '').trim();
    cur = { names: name ? [name] : [], code: null, dated: [], comment };
    out.push(cur);
    lastWasRestriction = false;
    for (const m of t.matchAll(/\[([^\]]*)\]/g)) {
      const r = parseRestriction(m[1]!, tally);
      if (r) addRestriction(cur, r);
    }
  }
  return out.filter((r) => r.names.length);
}

/** Phrase of an actor name: words (lower case), with whether it ended in "_" (a whole word; else a stem). */
export function actorPhrase(name: string): { words: string[]; whole: boolean } {
  const whole = /_\s*$/.test(name);
  const words = name.replace(/\s+/g, '_').split('_').filter(Boolean).map((w) => w.toLowerCase());
  return { words, whole };
}

// ---------------------------------------------------------------- agents

export interface AgentRecord { words: string[]; plural: string[] | null; code: string; /** "~GOV" adds after the actor; "NGO~" before */ after: boolean }

/** Reads Phoenix.agents.txt: "PHRASE {PLURAL} [~CODE]" with "!SET! = a, b" substitution markers. */
export function parseAgents(text: string, tally: Tally, dialect?: Dialect): AgentRecord[] {
  const subs = new Map<string, string[]>();
  const out: AgentRecord[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (!line || line.startsWith('<')) continue;
    // (the Spanish file writes its substitution sets with "_" for spaces: "!PERSONA!_=_HOMBRE,_MUJER_")
    const sm = line.match(dialect ? /^!(\w+)![\s_]*=[\s_]*(.+)$/ : /^!(\w+)!\s*=\s*(.+)$/);
    if (sm) { subs.set(sm[1]!.toUpperCase(), sm[2]!.split(',').map((x) => (dialect ? x.replace(/_/g, ' ') : x).trim()).filter(Boolean)); continue; }
    const cm = line.match(/\[([^\]]*)\}?\]?\s*$/) ?? line.match(/\[([^\]}]*)[\]}]/);
    if (!cm) { bump(tally, 'agent dropped: no code'); continue; }
    const codeRaw = cm[1]!.replace(/[}\]]/g, '').trim();
    const after = codeRaw.startsWith('~');
    const code = codeRaw.replace(/~/g, '');
    if (!/^[A-Z]{3,}$/.test(code)) { bump(tally, 'agent dropped: unreadable code'); continue; }
    let body = line.slice(0, cm.index).trim();
    const pm = body.match(/\{([^}]*)\}/);
    body = body.replace(/\{[^}]*\}/, '').trim();
    const pluralForms = pm ? pm[1]!.trim().split(/\s+/).filter(Boolean) : null;
    // expand substitution markers: CONGRESS!PERSON! → CONGRESSMAN, CONGRESSMEN …
    const mk = body.match(/!(\w+)!/);
    const variants = mk ? (subs.get(mk[1]!.toUpperCase()) ?? []).map((s) => body.replace(mk[0], s)) : [body];
    if (mk && !variants.length) { bump(tally, 'agent dropped: unknown substitution marker'); continue; }
    for (const v of variants) {
      // (a dialect's words lose their accents, as token norms do; "(VIVIENDA)" glosses are dropped)
      const words = (dialect ? v.replace(/\([^)]*\)/g, ' ') : v).split(/[_\s]+/).filter(Boolean).map((w) => dialect ? plainWord(w) : w.toLowerCase());
      if (!words.length || words.some((w) => !(dialect ? /^[a-zñ][a-zñ'.-]*$/ : /^[a-z][a-z'.-]*$/).test(w))) { bump(tally, 'agent dropped: not words'); continue; }
      out.push({ words, plural: mk ? [] : pluralForms ? pluralForms.map((p) => p.toLowerCase().replace(/_/g, ' ')) : null, code, after });
    }
  }
  return out;
}
