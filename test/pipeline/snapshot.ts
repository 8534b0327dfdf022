// A store's content as one comparable value: articles (by id, with their original), mentions and events (in
// timeline order). Independent of the order articles were stored in. An article's `origin` is left out: it names the
// input the content was first read from, and the same record in two inputs is stored once, from either.
import type { Store } from '../../src/store/types.js';

export async function snapshot(store: Store) {
  const articles = (await store.listArticles()).map((a) => ({ id: a.id, duplicateOf: a.duplicateOf, title: a.title, published: a.published, text: a.text })).sort((x, y) => (x.id < y.id ? -1 : 1));
  const mentions = (await store.listMentions()).map((m) => ({ id: m.id, code: m.code, source: m.source, target: m.target, date: m.date, duplicateOf: m.duplicateOf })).sort((x, y) => (x.id < y.id ? -1 : 1));
  const events = (await store.listEvents()).map((e) => ({ ...e, mentions: e.mentions.map(({ origin: _, ...m }) => m) }));
  return { articles, mentions, events };
}
