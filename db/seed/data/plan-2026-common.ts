// Shared constants of the 2026 plan's data files.

/** The demo "today" of the 2026 plan: every update, review, decision and comment is on or before it. */
export const SEED_2026_AS_OF = '2026-11-27';

/** Marks a figure that is not official (DOMAIN.md): every indicator whose target is not from a source. */
export const M = 'Số liệu minh họa';

/** "Số liệu minh họa" for a figure whose indicator is named by a source but whose 2026 value is not. */
export function demoTargetOf(what: string): string {
  return `${M} (${what})`;
}

export const LEADER = 'lanhdao@khcn.langson.gov.vn';
export const QLKH = 'qlkh@khcn.langson.gov.vn';
export const KHTC = 'khtc@khcn.langson.gov.vn';
export const VANPHONG = 'vanphong@khcn.langson.gov.vn';
export const CHICUC = 'chicuc@khcn.langson.gov.vn';
export const CDS = 'cds@khcn.langson.gov.vn';
export const BCVT = 'bcvt@khcn.langson.gov.vn';
export const DMST = 'dmst@khcn.langson.gov.vn';
export const TTKHCDS = 'ttkhcds@khcn.langson.gov.vn';
export const DONGKINH = 'phuongdongkinh@langson.gov.vn';
export const TAMTHANH = 'phuongtamthanh@langson.gov.vn';
export const DINHLAP = 'xadinhlap@langson.gov.vn';
export const THATKHE = 'xathatkhe@langson.gov.vn';
export const DONGDANG = 'xadongdang@langson.gov.vn';
export const BACSON = 'xabacson@langson.gov.vn';
export const BINHGIA = 'xabinhgia@langson.gov.vn';
