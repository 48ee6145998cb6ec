// Hostile values for the /api/v1 property tests: wrong types, huge strings, naughty Unicode, SQL and
// HTML fragments, numbers out of range and JSON a serializer would never write. A request body is a
// valid one with a few fields replaced, removed or added, so the values reach the deep checks
// (references, versions, the database) and not only the first field's type check.
import fc from 'fast-check';

/** A JSON token JSON.stringify cannot write: 1e309 (Infinity once parsed), -0, 30 digits, NaN. */
export class RawToken {
  constructor(readonly token: string) {}
  toString(): string {
    return this.token;
  }
}

/** JSON text in which every RawToken stands as written. */
export function toJsonText(value: unknown): string {
  const tokens: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof RawToken ? `@@raw${tokens.push(v.token) - 1}@@` : v));
  return text.replace(/"@@raw(\d+)@@"/g, (_m, i: string) => tokens[Number(i)]!);
}

const NAUGHTY = [
  '\u0000',
  'a\u0000b',
  'trailing NUL\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\u200B',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'Lạng Sơn',
  'La\u0323ng So\u031Bn',
  '👩‍👩‍👧‍👦🏳️‍🌈🇻🇳',
  '𝕿𝖊𝖘𝖙 𒐫 ﷺ',
  '\uD800',
  '\uDFFF',
  'a\uDC00\uD800b',
  '\uFFFE\uFFFF',
  '\u0001\u0002\u001B[31m\u001F',
  '\u007F\u0085\u009F',
  '\t\n\r',
  ' ',
  '',
  '\u00A0\u3000\u2028\u2029',
  '١٢٣ ١٢',
  'İı ß ﬃ ǅ',
  '\\',
  '\\u0000',
  '%00%ff',
  '%s%s%n',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '__proto__',
];

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE tasks; --",
  '1; DELETE FROM audit_log; --',
  "' UNION SELECT password_hash FROM users --",
  '$1',
  '$$; SELECT pg_sleep(5); $$',
  "\\'; --",
  "E'\\x00'",
  '%_%',
  '*/ /*',
  "'||(SELECT version())||'",
];

const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</textarea><script>alert(1)</script>',
  '{{7*7}} ${7*7} #{7*7}',
  '<!-- ]]> &lt;b&gt; &amp;',
  '=HYPERLINK("http://example.com","x")',
  '@SUM(1+1)',
];

/** Text that looks hostile but is valid: it must be accepted and stored exactly as sent (trimmed). */
export const strangeButValid = fc.constantFrom(
  '\u202Eevil\u202C',
  'e\u0301\u0302 Lạng Sơn',
  'La\u0323ng So\u031Bn',
  '👩‍👩‍👧‍👦🏳️‍🌈🇻🇳',
  '𝕿𝖊𝖘𝖙 𒐫 ﷺ',
  '  padded  ',
  'İı ß ﬃ ǅ',
  'line one\nline two\ttabbed',
  "' OR '1'='1",
  "'; DROP TABLE tasks; --",
  '$$; SELECT pg_sleep(5); $$',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.com","x")',
  '\\ %s %n %00',
);

const REALISTIC = ['Nhiệm vụ kiểm thử', 'Báo cáo quý III năm 2021', 'Tràng Định', 'Đề án "Sở hữu trí tuệ"', 'Mô hình 2/3 đạt'];

/** Strings of 301 characters to 1 MiB: past every limit, and past the body limit. */
const huge = fc.constantFrom(301, 1001, 5001, 100_000, 1_048_577).chain((n) => fc.constantFrom('x'.repeat(n), 'ạ'.repeat(Math.ceil(n / 3))));

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

export const hostileText = fc.oneof(
  { arbitrary: fc.constantFrom(...NAUGHTY), weight: 4 },
  { arbitrary: fc.constantFrom(...SQL), weight: 2 },
  { arbitrary: fc.constantFrom(...HTML), weight: 2 },
  { arbitrary: fc.constantFrom(...REALISTIC), weight: 2 },
  { arbitrary: huge, weight: 1 },
  { arbitrary: codeUnits, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...REALISTIC), fc.constantFrom(...NAUGHTY, ...HTML)).map(([a, b]) => `${a} ${b}`), weight: 2 },
);

const INT4 = 2_147_483_647;

export const hostileNumber = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 1.5, 99.999, 100, 101, 0.001, 0.005, 1e-7, 1000, 1000.01, 1e15, 1e15 + 2, 1e16, 1e308, -1e308),
  fc.constantFrom(INT4, INT4 + 1, -INT4 - 1, -INT4 - 2, 4_294_967_296, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
  fc.constantFrom(...['1e309', '-1e309', '1e-400', '-0', '123456789012345678901234567890', '9007199254740993', '1E+2', '0.1e1'].map((t) => new RawToken(t))),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const NUMERIC_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e309', '0x10', '0b11', '1_000', '12abc', '', ' ', '١٢', '１２', '+5', '.5', '5.', '-0', '1e3', '2147483648', '00012', '1,5', ' 7 '];
const DATES = [
  '2021-02-29',
  '2021-02-31',
  '2020-02-29',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '9999-12-31',
  '10000-01-01',
  '-2021-01-01',
  '2021-13-01',
  '2021-1-1',
  '21/10/2021',
  '2021-10-15T00:00:00Z',
  'infinity',
  'epoch',
  'today',
  'allballs',
  '2021-10-15\u0000',
  ' 2021-10-15',
];
const DATETIMES = [
  '9999-12-31T23:59:59Z',
  '2999-01-01T00:00:00+14:00',
  '2100-02-29T00:00:00Z',
  '2100-01-01T24:00:00Z',
  '2100-01-01T23:59:60Z',
  '+275760-09-13T00:00:00Z',
  '2100-01-01T00:00:00',
  '2100-01-01T00:00:00+25:00',
  '2000-01-01T00:00:00Z',
  'infinity',
];

/** Values of the wrong JSON type for any field. */
export const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, [1, 2], { a: 1 }, '', '1', 'true', 'false', 'null', 0, -1),
  fc.jsonValue({ maxDepth: 2 }),
);

export type FieldKind = 'text' | 'code' | 'id' | 'number' | 'date' | 'datetime' | 'bool' | 'email' | 'list' | 'objects' | readonly string[];

/** What to put in a field of a kind: mostly values meant for that kind, sometimes anything at all. */
export function hostileFor(kind: FieldKind): fc.Arbitrary<unknown> {
  const anything = fc.oneof(hostileText, hostileNumber, wrongType);
  const specific = ((): fc.Arbitrary<unknown> => {
    if (Array.isArray(kind)) {
      const values = kind as readonly string[];
      return fc.oneof(
        fc.constantFrom(...values),
        fc.constantFrom(...values).map((v) => v.toUpperCase()),
        fc.constantFrom(...values).map((v) => ` ${v}\u0000`),
        hostileText,
      );
    }
    switch (kind) {
      case 'text':
      case 'code':
        return hostileText;
      case 'id':
      case 'number':
        return fc.oneof(hostileNumber, fc.constantFrom(...NUMERIC_STRINGS), fc.constantFrom(999_999_999, INT4, INT4 + 1));
      case 'date':
        return fc.oneof(fc.constantFrom(...DATES), hostileText);
      case 'datetime':
        return fc.oneof(fc.constantFrom(...DATETIMES, ...DATES), hostileText);
      case 'bool':
        return fc.constantFrom(true, false, 'true', 'false', 'on', 0, 1, null, 'FALSE', []);
      case 'email':
        return fc.oneof(
          fc.constantFrom('a@b', 'fuzz\u0000@example.vn', 'Fuzz@Example.VN', '"a b"@example.vn', 'ạ@ví-dụ.vn', `${'x'.repeat(250)}@example.vn`, "x'--@example.vn", '<script>@example.vn'),
          hostileText,
        );
      case 'list':
        return fc.oneof(fc.array(fc.oneof(hostileNumber, wrongType), { maxLength: 5 }), fc.constant(Array.from({ length: 1000 }, (_, i) => i + 1)), wrongType);
      default:
        return fc.oneof(
          fc.array(fc.dictionary(fc.constantFrom('id', 'indicatorId', 'name', 'unitOfMeasure', 'target', 'value', '__proto__'), fc.oneof(hostileText, hostileNumber, wrongType)), { maxLength: 4 }),
          fc.constant(Array.from({ length: 500 }, () => ({ name: 'x', unitOfMeasure: 'y', target: 1 }))),
          wrongType,
        );
    }
  })();
  return fc.oneof({ arbitrary: specific, weight: 4 }, { arbitrary: anything, weight: 1 });
}

/** A value one time in `n`, otherwise null (fc.option's freq is the other way round). */
export function sometimes<T>(arbitrary: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: n - 1 }, { arbitrary, weight: 1 });
}

/** A valid body whose text fields hold strange but valid text. */
export function strangeTextChange(kinds: Record<string, FieldKind>): fc.Arbitrary<BodyChange> {
  const texts = Object.keys(kinds).filter((name) => kinds[name] === 'text');
  const replace = texts.length ? fc.array(fc.tuple(fc.constantFrom(...texts), strangeButValid), { minLength: 1, maxLength: texts.length }) : fc.constant([]);
  return replace.map((r) => ({ replace: r as [string, unknown][], drop: null, extra: null }));
}

/** A change to a valid body: replace one to three fields, maybe drop one, maybe add an unknown one. */
export type BodyChange = { replace: [string, unknown][]; drop: string | null; extra: [string, unknown] | null };

export function bodyChange(kinds: Record<string, FieldKind>): fc.Arbitrary<BodyChange> {
  const names = Object.keys(kinds);
  const extra = sometimes(
    fc.tuple(fc.constantFrom('id', 'status', 'createdById', 'planId', 'progress', 'role', '__proto__', 'constructor', '\u0000', ''), fc.oneof(hostileText, hostileNumber, wrongType)),
    5,
  );
  if (names.length === 0) return fc.record({ replace: fc.constant([]), drop: fc.constant(null), extra });
  const replacement = fc.constantFrom(...names).chain((name) => hostileFor(kinds[name]!).map((value): [string, unknown] => [name, value]));
  return fc.record({
    replace: fc.array(replacement, { minLength: 1, maxLength: Math.min(3, names.length) }),
    drop: sometimes(fc.constantFrom(...names), 4),
    extra,
  });
}

export function applyChange(valid: Record<string, unknown>, change: BodyChange): Record<string, unknown> {
  const body: Record<string, unknown> = { ...valid };
  for (const [name, value] of change.replace) body[name] = value;
  if (change.drop) delete body[change.drop];
  if (change.extra) Object.defineProperty(body, change.extra[0], { value: change.extra[1], enumerable: true, writable: true, configurable: true });
  return body;
}

/** Bodies that are not a JSON object at all: broken JSON, bytes that are not UTF-8, other shapes. */
export const brokenBody = fc.oneof(
  fc.constantFrom('{', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":01}', '{"a":.5}', '{"a":1}{"b":2}', '[1,2', '\uFEFF{}', '/* c */{}', '{"a":"\u0000"}', 'null', 'true', '"text"', '42', '[]', ' ', '{"__proto__":{"admin":true}}'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constant('{"a":"' + 'x'.repeat(3 * 1024 * 1024) + '"}'),
  fc.constant('['.repeat(100_000)),
);

/** JSON text with bytes that are not UTF-8 inside a string (a lone 0xFF, an overlong NUL, a CESU surrogate). */
export const invalidUtf8 = fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]).map((bad) => [...bad]);

export const wrongContentType = fc.constantFrom(
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/json; charset=iso-8859-1',
  'application/jsonx',
  '',
  '\u00e9',
);

/** Path ids: nothing there, int4 overflow, not a number, SQL, encoded oddities. */
export const hostileId = fc.constantFrom(
  '0',
  '-1',
  '999999999',
  '2147483647',
  '2147483648',
  '99999999999999999999',
  '1e3',
  '0x1',
  '1.0',
  ' 1',
  'abc',
  "1'%20OR%20'1'='1",
  '1;DROP%20TABLE%20tasks',
  '%00',
  '1%00',
  '%F0%9F%98%80',
  '%EF%BF%BF',
  '%C0%80',
  '%E2%80%AE1',
  '%D9%A1',
  '..%2F..%2Fadmin',
  'null',
  'undefined',
);
