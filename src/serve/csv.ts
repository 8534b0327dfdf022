// RFC 4180 CSV. Cells that a spreadsheet would run as a formula (leading = + - @, tab, CR) get a leading
// apostrophe: article text is untrusted, and a CSV opened in a spreadsheet must not execute it.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: string): string {
  let s = v;
  if (FORMULA.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
