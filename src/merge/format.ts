// Human-readable timeline: one line per event (terminal) or a Markdown document with numbered citations.
import type { StoryEvent } from '../types.js';
import { formatEventDate } from './dates.js';

export interface TimelineOptions {
  md?: boolean;
  /** Name of a CAMEO code ("Make a visit"); the code alone when absent. */
  codeName?: (code: string) => string | null | undefined;
  /** Document title (Markdown). */
  title?: string;
  /** List the undated events one by one (default: one line that counts them). */
  undated?: boolean;
  /** An event's salience, shown first among its notes (key moments). */
  salience?: (e: StoryEvent) => number | undefined;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where an article can be found: its URL, else its origin. */
const citation = (m: StoryEvent['mentions'][number]) => m.url ?? m.origin;

/** One entry per article (an article may carry several mentions of the event). */
function articlesOf(e: StoryEvent): StoryEvent['mentions'] {
  const seen = new Set<string>();
  return e.mentions.filter((m) => (seen.has(m.articleId) ? false : (seen.add(m.articleId), true)));
}

function codeLabel(e: StoryEvent, opts: TimelineOptions): string {
  const name = opts.codeName?.(e.code);
  return name ? `${name} (${e.code})` : e.code;
}

function actors(e: StoryEvent): string {
  // ('' is an attacker the text does not identify)
  return `${e.source || 'unidentified'} → ${e.target}`;
}

/** Where the date comes from, in words: "date stated: “on Saturday”", "date from another mention", "date: publication day". */
export function dateBasisNote(date: StoryEvent['date']): string | null {
  if (!date?.basis) return null;
  const words = date.expression ? `: “${oneLine(date.expression)}”` : '';
  if (date.basis === 'stated') return `date stated${words}`;
  if (date.basis === 'inherited') return `date from another mention${words}`;
  return 'date: publication day, no date in the text';
}

function notes(e: StoryEvent, opts: TimelineOptions): string[] {
  const out: string[] = [];
  const s = opts.salience?.(e);
  if (s !== undefined) out.push(`salience ${s.toFixed(2)}`);
  const basis = dateBasisNote(e.date);
  if (basis) out.push(basis);
  if (e.background) out.push('background');
  for (const a of e.alternatives ?? []) out.push(`${a.field} also reported as ${a.value} (${a.articleIds.length} article${a.articleIds.length === 1 ? '' : 's'}: ${a.articleIds.join(', ')})`);
  return out;
}

export function formatTimelineLine(e: StoryEvent, opts: TimelineOptions = {}): string {
  const arts = articlesOf(e);
  const shown = arts.slice(0, 3).map(citation).join('; ') + (arts.length > 3 ? `; +${arts.length - 3} more` : '');
  const n = notes(e, opts);
  return `${formatEventDate(e.date).padEnd(10)}  ${codeLabel(e, opts)}  ${actors(e)}  ${oneLine(e.summary)}  [${e.sources} source${e.sources === 1 ? '' : 's'}: ${shown}]${n.length ? `  (${n.join('; ')})` : ''}`;
}

const undatedLine = (n: number) => `${n} undated event${n === 1 ? '' : 's'} not listed (--undated lists them)`;

export function formatTimeline(all: StoryEvent[], opts: TimelineOptions = {}): string {
  const events = opts.undated ? all : all.filter((e) => e.date);
  const hidden = all.length - events.length;
  if (!opts.md) return events.map((e) => formatTimelineLine(e, opts) + '\n').join('') + (hidden ? `${'undated'.padEnd(10)}  ${undatedLine(hidden)}\n` : '');
  const refs = new Map<string, { n: number; m: StoryEvent['mentions'][number] }>();
  const ref = (m: StoryEvent['mentions'][number]) => {
    let r = refs.get(m.articleId);
    if (!r) refs.set(m.articleId, (r = { n: refs.size + 1, m }));
    return r.n;
  };
  const lines: string[] = [`# ${opts.title ?? 'Timeline'}`, ''];
  const dated = events.filter((e) => e.date);
  lines.push(`${all.length} event${all.length === 1 ? '' : 's'}` + (dated.length ? `, ${dated.length} dated from ${formatEventDate(dated[0]!.date)} to ${formatEventDate(dated[dated.length - 1]!.date)}` : '') + '.', '');
  let section = '';
  for (const e of events) {
    const sec = e.date ? e.date.start.slice(0, 4) : 'Undated';
    if (sec !== section) {
      if (section) lines.push('');
      lines.push(`## ${sec}`, '');
      section = sec;
    }
    const cites = articlesOf(e).map((m) => `[${ref(m)}]`).join('');
    const n = notes(e, opts);
    lines.push(`- **${formatEventDate(e.date)}**: ${codeLabel(e, opts).replace(/[*_`]/g, '\\$&')}, ${actors(e)}. ${oneLine(e.summary)} ${cites}` + (n.length ? ` _(${n.join('; ')})_` : ''));
  }
  if (hidden) lines.push('', '## Undated', '', `${undatedLine(hidden)}.`);
  if (refs.size) {
    lines.push('', '## Sources', '');
    for (const { n, m } of [...refs.values()].sort((x, y) => x.n - y.n)) {
      const where = m.url ? `<${m.url}>` : `\`${m.origin}\``;
      lines.push(`${n}. ${where}${m.published ? `, published ${m.published.slice(0, 10)}` : ', publication date unknown'}${m.url ? ` (${m.origin})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
