// The bench's generated news corpus: text scrapes with boilerplate and HTML pages with menus, comments and JSON-LD,
// from a deterministic PRNG (the same corpus every run).
// Deterministic PRNG (mulberry32) so every run measures the same corpus.
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261123);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const COUNTRIES = ['Kenya', 'Ethiopia', 'Chile', 'Argentina', 'France', 'Germany', 'Japan', 'China', 'India', 'Pakistan', 'Brazil', 'Mexico', 'Egypt', 'Turkey', 'Iran', 'Israel', 'Russia', 'Ukraine', 'Poland', 'Canada', 'Venezuela', 'Colombia', 'Nigeria', 'Ghana', 'Indonesia', 'Vietnam'];
const CAPITALS: Record<string, string> = { Kenya: 'Nairobi', France: 'Paris', Germany: 'Berlin', Japan: 'Tokyo', China: 'Beijing', Russia: 'Moscow', Brazil: 'Brasilia', Mexico: 'Mexico City', Egypt: 'Cairo', Turkey: 'Ankara' };
const VERBS = [
  'signed a trade agreement with', 'held talks with', 'accused', 'imposed sanctions on', 'criticised', 'praised', 'expelled diplomats from',
  'threatened to cut aid to', 'agreed to cooperate with', 'sent humanitarian aid to', 'condemned', 'met officials from', 'rejected a proposal by',
  'called on', 'urged', 'hosted a delegation from', 'deployed troops near the border with', 'welcomed the decision of',
];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'last week', 'in March', 'on Friday', 'earlier this month', 'yesterday', 'in 2019', 'last October', 'on Saturday'];
const FILLER = [
  'Officials said the talks covered energy, security and migration.',
  'Analysts said the move could reshape relations in the region.',
  'The statement did not give further details.',
  'Markets reacted calmly to the announcement.',
  'Opposition lawmakers criticised the government for a lack of transparency.',
  'The two sides are expected to meet again later this year.',
  'A spokesperson declined to comment on the negotiations.',
  'Diplomats described the atmosphere as constructive.',
];
const BOILER = ['Share this article', 'Subscribe to our newsletter', 'All rights reserved', 'Read more', 'Advertisement', 'Follow us on social media'];

function article(i: number): { title: string; paragraphs: string[]; date: string } {
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  const verb = pick(VERBS);
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const date = `20${20 + Math.floor(rand() * 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const subj = rand() < 0.3 && CAPITALS[a] ? CAPITALS[a] : a;
  const paragraphs = [
    `${subj} ${verb} ${b} ${pick(WHEN)}, according to officials in both countries (story ${i}).`,
    `${pick(FILLER)} ${pick(FILLER)}`,
    `The president of ${b} said the government would respond ${pick(['next week', 'soon', 'in the coming days'])}. ${pick(FILLER)}`,
    `${a} and ${b} ${pick(['broke off diplomatic relations', 'restored diplomatic ties', 'signed a border accord', 'held talks'])} in ${2010 + Math.floor(rand() * 12)}. ${pick(FILLER)}`,
    `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
  ];
  return { title: `${a} ${verb.split(' ')[0]} ${b} in new dispute over ${pick(['trade', 'borders', 'energy', 'migration', 'water'])}`, paragraphs, date };
}

export function textScrape(i: number): string {
  const a = article(i);
  const lines = [`${pick(['Home', 'World News', 'The Daily Courier'])}`, a.title, a.date, ...a.paragraphs, pick(BOILER), pick(BOILER), 'Please enter your comment!'];
  return lines.join('\n\n');
}

export function htmlPage(i: number): string {
  const a = article(i + 1_000_000);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | The Courier</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.date}T08:00:00Z">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: a.title, datePublished: a.date, author: { name: 'Jane Reporter' } })}</script></head>
<body><header><nav><ul>${['Home', 'World', 'Business', 'Sport', 'Opinion'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By Jane Reporter</p>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story</a></li><li><a href="/y">Yet another story</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Great article, thanks!</p></div></section></main>
<footer><p>© The Courier. All rights reserved.</p></footer></body></html>`;
}

