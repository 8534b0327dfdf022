import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions } from '../../src/merge/index.js';
import type { Precision, StoredMention } from '../../src/types.js';
import { quadOf } from './helpers.js';

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticMentions(n: number, seed = 7): StoredMention[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const countries = ['USA', 'VEN', 'CHN', 'RUS', 'UKR', 'FRA', 'DEU', 'GBR', 'IND', 'PAK', 'IRN', 'ISR', 'TUR', 'BRA', 'JPN', 'KOR', 'PRK', 'SAU', 'EGY', 'NGA'];
  const codes = ['010', '036', '040', '042', '043', '046', '057', '061', '111', '112', '130', '161', '163', '173', '190'];
  const words = 'minister president talks sanctions oil trade border troops agreement summit envoy army police protest capital deal embargo aid loan visit delegation election court'.split(' ');
  const out: StoredMention[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(countries);
    let b = pick(countries);
    if (b === a) b = countries[(countries.indexOf(a) + 1) % countries.length]!;
    const code = pick(codes);
    const day = Math.floor(r() * 1000);
    const start = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const x = r();
    const precision: Precision | null = x < 0.75 ? 'day' : x < 0.85 ? 'month' : x < 0.9 ? 'year' : null;
    const date = precision === 'day' ? { start, end: start, precision } : precision === 'month' ? { start: start.slice(0, 8) + '01', end: start.slice(0, 8) + '28', precision } : precision === 'year' ? { start: start.slice(0, 4) + '-01-01', end: start.slice(0, 4) + '-12-31', precision } : null;
    const art = `art${Math.floor(i / 5)}`;
    out.push({
      id: `${art}:${i % 5}`, articleId: art, origin: `${art}.txt`, url: null, published: start, duplicateOf: r() < 0.05 ? `art${Math.floor(i / 10)}` : null, source_domain: `d${Math.floor(r() * 50)}.example`,
      source: a + pick(['', 'GOV', 'MIL', 'BUS']), sourceCountry: a, target: b + pick(['', 'GOV', 'OPP']), targetCountry: b, code, root: code.slice(0, 2), plover: '', goldstein: 1, quadClass: quadOf(code),
      date, sentence: Array.from({ length: 12 }, () => pick(words)).join(' ') + '.', confidence: r(),
    });
  }
  return out;
}

test('merges 100k mentions in seconds', () => {
  const ms = syntheticMentions(100_000);
  const t0 = performance.now(), c0 = process.cpuUsage();
  const events = mergeMentions(ms);
  const secs = (performance.now() - t0) / 1000, cpu = process.cpuUsage(c0);
  console.log(`merge: ${ms.length} mentions → ${events.length} events in ${secs.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
  assert.ok(events.length > 1000 && events.length < ms.length);
  assert.equal(events.reduce((s, e) => s + e.mentions.length, 0), ms.length, 'every mention lands in exactly one event');
  // CPU time, not wall time: the machine may be shared. Quadratic behaviour would take minutes.
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  assert.ok(cpuSecs < 30, `took ${cpuSecs.toFixed(1)} s CPU`);
});

test('one dense block (a single dyad and root, many undated) stays fast', () => {
  const ms = syntheticMentions(20_000, 11).map((m, i) => ({ ...m, source: 'USAGOV', sourceCountry: 'USA', target: 'CHNGOV', targetCountry: 'CHN', code: i % 2 ? '042' : '046', root: '04', date: i % 4 === 0 ? null : m.date }));
  const c0 = process.cpuUsage();
  const events = mergeMentions(ms);
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.log(`dense block: ${ms.length} mentions → ${events.length} events in ${cpuSecs.toFixed(2)} s CPU`);
  assert.equal(events.reduce((s, e) => s + e.mentions.length, 0), ms.length);
  assert.ok(cpuSecs < 30, `took ${cpuSecs.toFixed(1)} s CPU`);
});
