// The shared input fields: what a form may send as text, what JSON must send typed, and which
// characters and values never reach PostgreSQL.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { id, isoDate, numberFrom, requiredText, text, versionField } from '@/db/queries/input-fields';
import { progressInput } from '@/db/queries/task-inputs';

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('numbers', () => {
  const n = numberFrom(z.number());

  it('take a JSON number or the decimal text of a form field', () => {
    expect([5, '5', ' 5 ', '-2.5', '.5', '1e3'].map((v) => n.parse(v))).toEqual([5, 5, 5, -2.5, 0.5, 1000]);
  });

  it('are not true, null, empty text, an array, hexadecimal, NaN or infinite (z.coerce.number() took most of them)', () => {
    for (const v of [true, false, null, '', ' ', [], [5], {}, '0x10', '1_000', 'NaN', 'Infinity', '1e309', Infinity, NaN, '５']) expect(ok(n, v), JSON.stringify(v)).toBe(false);
  });

  it('name a PostgreSQL integer when they are ids or versions', () => {
    expect(ok(id, 2_147_483_647)).toBe(true);
    for (const v of [2_147_483_648, 0, -1, 1.5]) {
      expect(ok(id, v), String(v)).toBe(false);
      expect(ok(versionField, v), String(v)).toBe(false);
    }
  });
});

describe('text', () => {
  it('is trimmed and keeps every character a person can type, markup and quotes included', () => {
    for (const v of ['Lạng Sơn', 'La\u0323ng', '👩‍👩‍👧‍👦', '\u202Eabc', 'a\tb\nc\r\n', "'; DROP TABLE tasks; --", '<script>']) expect(text(50).parse(` ${v} `)).toBe(v.trim());
  });

  it('refuses NUL, control characters, U+FFFE/U+FFFF and lone surrogates', () => {
    for (const v of ['a\u0000b', '\u0007', '\u001B[31m', '\uFFFE', '\uFFFF', '\uD800', 'a\uDC00', '\uDC00\uD800']) {
      expect(text(50).safeParse(v).error?.issues[0]?.message, JSON.stringify(v)).toBe('textInvalid');
    }
  });

  it('must show something when required', () => {
    for (const v of ['', '   ', '\u200B\u200D', '\u0301', '\u00A0']) expect(ok(requiredText(50), v), JSON.stringify(v)).toBe(false);
    for (const v of ['a', '😀', '.', '1']) expect(ok(requiredText(50), v), v).toBe(true);
  });
});

describe('days', () => {
  it('are real calendar days from 1900 to 2100, written yyyy-MM-dd', () => {
    for (const v of ['2020-02-29', '1900-01-01', '2100-12-31']) expect(ok(isoDate, v), v).toBe(true);
    for (const v of ['2021-02-29', '2021-02-31', '2021-13-01', '0000-01-01', '1899-12-31', '2101-01-01', ' 2021-10-15', '2021-10-15T00:00:00Z', 'infinity', '21/10/2021']) {
      expect(ok(isoDate, v), v).toBe(false);
    }
  });
});

describe('the completion request of a progress update', () => {
  it('is a real boolean: the string "false" is refused, not read as true', () => {
    const base = { version: 1, progress: 100 };
    expect(progressInput.parse(base).requestCompletion).toBe(false);
    expect(progressInput.parse({ ...base, requestCompletion: true }).requestCompletion).toBe(true);
    for (const v of ['false', 'true', 0, 1, 'on', null]) expect(ok(progressInput, { ...base, requestCompletion: v }), JSON.stringify(v)).toBe(false);
  });
});
