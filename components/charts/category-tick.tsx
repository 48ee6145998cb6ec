import { CHART_TEXT } from './palette';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Numbers on axes and in tooltips: Vietnamese format (1.234,5) whatever the interface language. */
export function formatChartNumber(value: unknown, percent = false): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return '';
  return percent ? `${NUMBER.format(n)}%` : NUMBER.format(n);
}

/** Average width of a character at 12px in the interface font, a little generous. */
const CHAR_WIDTH = 6.4;
const LINE_HEIGHT = 14;

/**
 * Splits a label into at most `maxLines` lines of about `maxChars` characters, at spaces. Done by
 * counting rather than measuring, so the layout is the same on every render and every machine.
 */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (current && `${current} ${word}`.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1)}…`;
  return kept;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; width: number; maxLines?: number };

/** A category label that wraps onto several lines instead of running into the bars. */
export function CategoryTick({ x, y, payload, width, maxLines = 3 }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), Math.floor((width - 10) / CHAR_WIDTH), maxLines);
  const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x) - 6} y={top} textAnchor="end" dominantBaseline="central" fontSize={12} fill={CHART_TEXT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
