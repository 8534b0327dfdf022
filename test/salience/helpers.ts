// Hand-made corpora for the salience tests: stored mentions written compactly, merged by the real merge stage.
import { openStore } from '../../src/store/index.js';
import { mergeMentions } from '../../src/merge/index.js';
import type { Precision, StoredMention } from '../../src/types.js';
import { storeMentions } from '../merge/helpers.js';

export interface M {
  article: string;
  published: string | null;
  sentence: string;
  /** YYYY-MM-DD, or start..end/precision. */
  date?: string | null;
  dateFrom?: 'expression' | 'published';
  code?: string;
  source?: string;
  target?: string;
  goldstein?: number;
  duplicateOf?: string | null;
  domain?: string | null;
}

const quadOf = (code: string): 1 | 2 | 3 | 4 => {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
};

let seq = 0;

export function mention(m: M): StoredMention {
  const code = m.code ?? '190';
  const source = m.source ?? 'EGYCOP';
  const target = m.target ?? 'EGYCVL';
  let date: StoredMention['date'] = null;
  if (m.date) {
    const [span, precision] = m.date.split('/');
    const [start, end] = span!.split('..');
    date = { start: start!, end: end ?? start!, precision: (precision ?? 'day') as Precision };
  }
  return {
    id: `${m.article}:${seq++}`, articleId: m.article, origin: `corpus/${m.article}.txt`, url: m.domain ? `https://${m.domain}/${m.article}` : null,
    published: m.published, duplicateOf: m.duplicateOf ?? null, source_domain: m.domain ?? null,
    source, sourceCountry: source.slice(0, 3), target, targetCountry: target.slice(0, 3), code, root: code.slice(0, 2), plover: '',
    goldstein: m.goldstein ?? (code.startsWith('19') ? -10 : code.startsWith('01') ? 0 : 2), quadClass: quadOf(code),
    date, dateFrom: m.dateFrom ?? (m.date ? (m.date === m.published ? 'published' : 'expression') : null), sentence: m.sentence, confidence: 0.9,
  };
}

export const mentions = (ms: M[]) => ms.map(mention);

/** A small Egyptian-revolution-like corpus: several outlets, a near-duplicate, a background recollection. */
export const CORPUS = mentions([
  // 2011-01-25: fighting reported by three outlets (one of them twice, as a near-duplicate) and a routine visit
  { article: 'a1', published: '2011-01-25', date: '2011-01-25', code: '190', domain: 'one.example', sentence: '(CNN) -- Police fought protesters in Suez on Tuesday.' },
  { article: 'a2', published: '2011-01-25', date: '2011-01-25', code: '190', domain: 'two.example', sentence: 'Police and protesters fought in Suez, killing three.' },
  { article: 'a3', published: '2011-01-26', date: '2011-01-25', code: '190', domain: 'three.example', sentence: 'On Tuesday police fought protesters in Suez.' },
  { article: 'a4', published: '2011-01-25', date: '2011-01-25', code: '190', domain: 'four.example', duplicateOf: 'a2', sentence: 'Police and protesters fought in Suez, killing three.' },
  { article: 'b1', published: '2011-01-25', date: '2011-01-25', code: '042', source: 'USAGOV', target: 'EGYGOV', domain: 'five.example', sentence: 'The US envoy visited Cairo on Tuesday.' },
  // 2011-01-28: a comment; 2011-02-02: deadly shooting; 2011-02-11: the army takes power
  { article: 'c1', published: '2011-01-28', date: '2011-01-28', code: '010', domain: 'one.example', sentence: 'The police commented on the protests.' },
  { article: 'd1', published: '2011-02-02', date: '2011-02-02', code: '193', domain: 'two.example', sentence: 'Police shot protesters dead in Alexandria.' },
  { article: 'd2', published: '2011-02-03', date: '2011-02-02', code: '193', domain: 'three.example', sentence: 'Police killed protesters in Alexandria on Wednesday.' },
  { article: 'e1', published: '2011-02-11', date: '2011-02-11', code: '0831', source: 'EGYGOV', target: 'EGYMIL', domain: 'one.example', sentence: 'Mubarak handed power to the army.' },
  { article: 'e2', published: '2011-02-12', date: '2011-02-11', code: '0831', source: 'EGYGOV', target: 'EGYMIL', domain: 'five.example', sentence: 'On Friday Mubarak gave up power to the military council.' },
  // background: recalled long after
  { article: 'f1', published: '2011-02-12', date: '1981-10-06', code: '182', source: 'EGYREB', target: 'EGYGOV', domain: 'five.example', sentence: 'Sadat was assassinated on October 6, 1981.' },
]);

/** Stores the mentions with their articles and the merged events in a new store at `path`. */
export async function seed(path: string, ms: StoredMention[] = CORPUS): Promise<void> {
  const store = await openStore(path);
  await storeMentions(store, ms);
  await store.replaceEvents(mergeMentions(await store.listMentions()));
  await store.close();
}

