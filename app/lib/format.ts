// Dates dd/MM/yyyy and numbers in Vietnamese format (PRODUCT.md), whatever the UI language.

/** 'yyyy-MM-dd' → 'dd/MM/yyyy', without passing through a time zone. */
export function formatDay(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}
