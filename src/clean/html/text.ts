// Small text helpers shared by the HTML reader.

/** Collapses whitespace (incl. NBSP and zero-width chars) and trims. */
export function normSpace(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-cased, punctuation-free form for comparisons. */
export function normKey(s: string): string {
  return normSpace(s)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Decodes the few HTML entities that survive in attribute/JSON values (linkedom decodes markup entities). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#039);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos' || k === '#039') return "'";
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      // an entity that names no Unicode code point stays as written
      return m;
    }
  });
}

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** How joinedText treats a child element: skip it, give its text outright, or walk it with a gap on each side. */
export type ChildRule = (el: Element) => { skip: true } | { text: string } | { gap: string };

/** Text of an element's subtree, child elements joined by the gap the rule gives them (textContent glues words of
 *  sibling elements together: "By<a>Name</a>", "WEEKEND<br>CODING"). */
export function joinedText(el: Element, rule: ChildRule): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (c.nodeType === 1) {
        const r = rule(c as Element);
        if ('skip' in r) continue;
        if ('text' in r) { parts.push(' ', r.text, ' '); continue; }
        parts.push(r.gap);
        walk(c);
        parts.push(r.gap);
      }
    }
  };
  walk(el);
  return parts.join('');
}
