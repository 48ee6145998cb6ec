// Generated requests for one /api/v1 write endpoint: a valid body changed a little, JSON that is
// broken or not UTF-8, the wrong content type, or an id in the path that names nothing.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  applyChange,
  bodyChange,
  brokenBody,
  hostileId,
  hostileNumber,
  hostileText,
  invalidUtf8,
  toJsonText,
  wrongContentType,
  RawToken,
  sometimes,
  strangeButValid,
  strangeTextChange,
  type BodyChange,
  type FieldKind,
} from './fuzz-payloads';

export type Shape =
  | { kind: 'json'; change: BodyChange }
  | { kind: 'broken'; text: string }
  | { kind: 'not-utf8'; bytes: number[]; change: BodyChange }
  | { kind: 'content-type'; contentType: string; change: BodyChange }
  | { kind: 'form'; change: BodyChange | null; text: [string, string] | null; files: FileShape[] };

/** A file in a form; an import sheet's rows are a good row with a few cells replaced. */
export type FileShape = { field: string; content: 'pdf' | 'empty' | 'random' | 'zip-garbage' | 'xlsx'; bytes?: number[]; rows?: [number, unknown][][] };

export type Plan = { id: string | null; query: string; shape: Shape };

/** What an endpoint takes: JSON fields by kind, or a multipart form. */
export type Accepts = { json?: Record<string, FieldKind>; form?: 'progress' | 'import'; pathId: boolean };

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

function fileShape(field: string): fc.Arbitrary<FileShape> {
  return fc.oneof(
    fc.constant<FileShape>({ field, content: 'pdf' }),
    fc.constant<FileShape>({ field, content: 'empty' }),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }).map((bytes): FileShape => ({ field, content: 'random', bytes })),
    fc.constant<FileShape>({ field, content: 'zip-garbage' }),
  );
}

const importCell = fc.oneof(hostileText, hostileNumber.map(String), fc.constantFrom('NV1', 'QLKH', 'TD; VL', '31/02/2021', '01/01/0000', '29/02/2021', 'qlkh@khcn.langson.gov.vn'));
// Per row: hostile cells, or a strange but valid title and description, or the good row as it is.
const importRow = fc.oneof(
  { arbitrary: fc.array(fc.tuple(fc.nat(12), importCell), { minLength: 1, maxLength: 2 }), weight: 2 },
  { arbitrary: fc.tuple(strangeButValid, strangeButValid).map(([title, description]): [number, unknown][] => [[2, title], [3, description]]), weight: 1 },
  { arbitrary: fc.constant<[number, unknown][]>([]), weight: 1 },
);
const importRows = fc.array(importRow, { minLength: 1, maxLength: 3 });

/** A row the import accepts (the template's 13 columns), with a code unique to the request. */
function goodRow(code: string): unknown[] {
  return ['NV1', code, 'Nhiệm vụ nhập thử', 'Nhập từ Excel', 'QLKH', 'TD', '', '01/03/2021', '30/11/2021', 1, 'Số mô hình', 'mô hình', 2];
}

function formShape(form: 'progress' | 'import', change: fc.Arbitrary<BodyChange>): fc.Arbitrary<Shape> {
  if (form === 'progress') {
    return fc.record({ change, files: fc.array(fileShape('files'), { maxLength: 2 }) }).map(({ change: c, files }) => ({ kind: 'form', change: c, text: null, files }));
  }
  return fc
    .record({
      text: sometimes(fc.tuple(fc.constant('file'), fc.oneof(hostileText, hostileNumber.map(String))), 6),
      files: fc.oneof(
        { arbitrary: importRows.map((rows): FileShape[] => [{ field: 'file', content: 'xlsx', rows }]), weight: 6 },
        { arbitrary: fileShape('file').map((f) => [f]), weight: 2 },
        { arbitrary: fc.constant<FileShape[]>([]), weight: 1 },
      ),
    })
    .map(({ text, files }) => ({ kind: 'form', change: null, text, files }));
}

export function plans(accepts: Accepts): fc.Arbitrary<Plan> {
  const kinds = accepts.json ?? {};
  const change = bodyChange(kinds);
  const shapes: fc.WeightedArbitrary<Shape>[] = [
    { arbitrary: change.map((c) => ({ kind: 'json', change: c })), weight: accepts.form ? 4 : 12 },
    { arbitrary: strangeTextChange(kinds).map((c) => ({ kind: 'json', change: c })), weight: accepts.form ? 2 : 4 },
    { arbitrary: brokenBody.map((text) => ({ kind: 'broken', text })), weight: 2 },
    { arbitrary: fc.tuple(invalidUtf8, change).map(([bytes, c]) => ({ kind: 'not-utf8', bytes, change: c })), weight: 1 },
    { arbitrary: fc.tuple(wrongContentType, change).map(([contentType, c]) => ({ kind: 'content-type', contentType, change: c })), weight: 2 },
  ];
  if (accepts.form) shapes.push({ arbitrary: formShape(accepts.form, change), weight: 12 });
  return fc.record({
    id: accepts.pathId ? sometimes(hostileId, 5) : fc.constant(null),
    // The import validates only with ?dryRun=1.
    query: accepts.form === 'import' ? fc.constantFrom('', '', '?dryRun=1', '?dryRun=%00') : fc.constant(''),
    shape: fc.oneof(...shapes),
  });
}

export type Built = { body: BodyInit | null; contentType: string | null; summary: string };

const short = (text: string) => (text.length > 240 ? `${text.slice(0, 240)}… (${text.length} chars)` : text);

async function fileBlob(file: FileShape, code: string): Promise<Blob> {
  switch (file.content) {
    case 'pdf':
      return new Blob([PDF]);
    case 'empty':
      return new Blob([]);
    case 'random':
      return new Blob([new Uint8Array(file.bytes ?? [])]);
    case 'zip-garbage':
      return new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef])]);
    case 'xlsx': {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Nhiệm vụ');
      sheet.addRow(['Mã nhóm', 'Mã nhiệm vụ', 'Tên', 'Mô tả', 'Chủ trì', 'Phối hợp', 'Người phụ trách', 'Bắt đầu', 'Hạn', 'Trọng số', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch']);
      for (const [i, replaced] of (file.rows ?? []).entries()) {
        const row = goodRow(`${code}-${i}`);
        for (const [column, value] of replaced) row[column] = value;
        sheet.addRow(row);
      }
      return new Blob([await book.xlsx.writeBuffer()]);
    }
  }
}

/** A field as a form sends it: text as it is, anything else as its JSON. */
function formText(value: unknown): string {
  return typeof value === 'string' || value instanceof RawToken ? String(value) : JSON.stringify(value) ?? '';
}

/** The request a plan describes, from a body the endpoint would accept as things stand. */
export async function build(shape: Shape, valid: Record<string, unknown> | undefined): Promise<Built> {
  const base = valid ?? {};
  switch (shape.kind) {
    case 'json': {
      const text = toJsonText(applyChange(base, shape.change));
      return { body: text, contentType: 'application/json', summary: `json ${short(text)}` };
    }
    case 'broken':
      return { body: shape.text, contentType: 'application/json', summary: `broken ${short(JSON.stringify(shape.text))}` };
    case 'not-utf8': {
      const [before, after] = toJsonText({ ...applyChange(base, shape.change), note: '@@bad@@' }).split('@@bad@@');
      const bytes = new Uint8Array([...Buffer.from(before!), ...shape.bytes, ...Buffer.from(after!)]);
      return { body: bytes, contentType: 'application/json', summary: `bytes ${shape.bytes.map((b) => b.toString(16)).join(' ')} in ${short(before!)}` };
    }
    case 'content-type': {
      const text = toJsonText(applyChange(base, shape.change));
      return { body: text, contentType: shape.contentType, summary: `${JSON.stringify(shape.contentType)} ${short(text)}` };
    }
    case 'form': {
      const form = new FormData();
      const fields = Object.entries(shape.change ? applyChange(base, shape.change) : {});
      if (shape.text) fields.push(shape.text);
      for (const [name, value] of fields) form.append(name, formText(value));
      const code = String(base.code ?? 'FZI');
      for (const file of shape.files) form.append(file.field, await fileBlob(file, code), file.content === 'xlsx' ? 'nhiem-vu.xlsx' : 'minh-chung.pdf');
      const described = [...fields.map(([n, v]) => `${n}=${short(formText(v))}`), ...shape.files.map((f) => `${f.field}:${f.content}${f.rows ? short(toJsonText(f.rows)) : ''}`)];
      return { body: form, contentType: null, summary: `form ${described.join(' & ')}` };
    }
  }
}
