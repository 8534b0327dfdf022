export { toContractArticle, toContractMention } from '../merge/index.js';

export function formatDate(d: { start: string; end: string; precision: string } | null): string {
  if (!d) return 'undated';
  switch (d.precision) {
    case 'year': return d.start.slice(0, 4);
    case 'decade': return d.start.slice(0, 3) + '0s';
    case 'quarter': return `${d.start.slice(0, 4)}-Q${Math.floor((Number(d.start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'month': return d.start.slice(0, 7);
    case 'week': return `${d.start}/${d.end.slice(5)}`;
    default: return d.start === d.end ? d.start : `${d.start}/${d.end.slice(5)}`;
  }
}
