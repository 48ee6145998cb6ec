// The fields every input schema is built from: one definition of an id, a version, a number, a day
// and a text, shared by Server Actions (whose forms send text) and the JSON API (which sends typed
// values), so both refuse the same things before the database sees them. Messages are keys
// (messages/*.json → fieldErrors).
import { z } from 'zod';

/** PostgreSQL's integer: a larger id or version names nothing, and the query would fail (22003). */
export const INT4_MAX = 2_147_483_647;

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A number from JSON, or the decimal text of a form field. Unlike z.coerce.number(), true, null,
 * "" and [] are not numbers (it reads them as 1 or 0), nor are "0x10", "Infinity" or "NaN".
 */
export function numberFrom<T extends z.ZodNumber>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value), schema);
}

export const id = numberFrom(z.number({ error: 'idInvalid' }).int('idInvalid').positive('idInvalid').max(INT4_MAX, 'idInvalid'));

export const versionField = numberFrom(z.number({ error: 'versionRequired' }).int('versionRequired').positive('versionRequired').max(INT4_MAX, 'versionRequired'));

// What no text field may hold: NUL (PostgreSQL text cannot store it), the other C0 controls but tab,
// line feed and carriage return, and U+FFFE/U+FFFF (not valid in XML, so a task holding them could
// not be exported to XLSX), and lone surrogates (not Unicode: they would be stored as U+FFFD).
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
// Something a reader can see: a letter, digit, punctuation or symbol, not only spaces, zero-width
// characters or combining marks.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export function isStorableText(v: string): boolean {
  return !UNSTORABLE.test(v);
}

/** Text as people type it: trimmed, at most `max` characters, every character storable and exportable. */
export function text(max: number) {
  return z.string({ error: 'textInvalid' }).trim().max(max, 'tooLong').refine(isStorableText, 'textInvalid');
}

/** Text that must be there: after trimming, something visible. */
export function requiredText(max: number) {
  return text(max).refine((v) => VISIBLE.test(v), 'required');
}

const MIN_DAY = '1900-01-01';
const MAX_DAY = '2100-12-31';

/** A real calendar day in 1900–2100: Date.parse takes 2021-02-31 (as 3 March) and year 0, PostgreSQL neither. */
function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || v < MIN_DAY || v > MAX_DAY) return false;
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v;
}

export const isoDate = z.string({ error: 'dateInvalid' }).refine(isDay, 'dateInvalid');
