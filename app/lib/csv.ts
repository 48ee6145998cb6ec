// CSV for Excel users: UTF-8 with a BOM (so Vietnamese diacritics open intact), CRLF, RFC 4180 quoting.
// Cells that a spreadsheet would run as a formula are prefixed with ' (OWASP CSV injection).
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
