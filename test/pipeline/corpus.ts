// A small news corpus for the pipeline's equality tests: stories with codeable events, each published by several
// outlets (wire copies: agency header and footer, some a day later, some the same day), as JSONL files.
// Deterministic: the same files every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ACTORS = ['France', 'Germany', 'Japan', 'Kenya', 'Chile', 'Egypt', 'Turkey', 'Brazil', 'India', 'Canada', 'Mexico', 'Poland'];
const VERBS = ['signed a trade agreement with', 'imposed sanctions on', 'accused', 'held talks with', 'sent humanitarian aid to', 'expelled diplomats from', 'criticised', 'praised'];
const TOPICS = ['grain exports', 'fishing rights', 'a disputed dam', 'migrant workers', 'rare earth mining', 'airline routes', 'pipeline fees', 'a stalled railway'];
const OUTLETS = [
  ['https://wire.example/', '', ''],
  ['https://daily.example/', 'CAPITAL (Wire) - ', ' Copyright 2024 Wire Service. All rights reserved.'],
  ['https://courier.example/', '', ' Reporting by the foreign desk; editing by the night team.'],
];

export interface CorpusRecord {
  url: string;
  published: string;
  text: string;
}

/** Story `i`: a first report and its copies, each a JSONL record. */
export function story(i: number): CorpusRecord[] {
  const a = ACTORS[i % ACTORS.length]!;
  const b = ACTORS[(i * 5 + 3) % ACTORS.length] === a ? ACTORS[(i + 1) % ACTORS.length]! : ACTORS[(i * 5 + 3) % ACTORS.length]!;
  const verb = VERBS[i % VERBS.length]!;
  const topic = TOPICS[(i * 3) % TOPICS.length]!;
  const day = 1 + (i % 27);
  const date = `2024-03-${String(day).padStart(2, '0')}`;
  const body = [
    `${a} ${verb} ${b} on Monday after weeks of tension over ${topic}, officials in both capitals said (report ${i}).`,
    `The dispute over ${topic} had strained relations since the autumn, when negotiators failed to agree on a timetable for the next round of talks.`,
    `Ministers from ${b} said they would study the decision carefully and respond within days, while business groups warned of higher costs for exporters.`,
    `Analysts said the move could reshape the region's trade ties, although neither side has published the full text of its position.`,
  ].join('\n\n');
  return OUTLETS.map(([site, head, foot], k) => ({
    url: `${site}story-${i}`,
    // The wire's copy first; one copy the same day, one the next day.
    published: k === 2 ? `2024-03-${String(day + 1).padStart(2, '0')}` : date,
    text: head + body + foot,
  }));
}

/** Writes the records as JSONL files of `per` records each into `dir`; returns the file paths. */
export function writeCorpus(dir: string, records: CorpusRecord[], per = 6): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let k = 0; k * per < records.length; k++) {
    const f = join(dir, `part-${String(k).padStart(3, '0')}.jsonl`);
    writeFileSync(f, records.slice(k * per, (k + 1) * per).map((r) => JSON.stringify(r)).join('\n') + '\n');
    files.push(f);
  }
  return files;
}

/** Stories `from` … `to - 1`, every copy. */
export const stories = (from: number, to: number): CorpusRecord[] => Array.from({ length: to - from }, (_, k) => story(from + k)).flat();
