import { CHART_TEXT } from './palette';

type Props = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  href: string | null;
  /** Written inside the bar (a stacked segment's count) when the bar is wide enough. */
  inside?: string;
  /** Written after the end of the bar (a single bar's value). */
  after?: string;
  onDrill: (href: string) => void;
};

/**
 * A bar (or stacked segment) that opens the task list filtered to its slice. Its text has a white
 * halo, so it reads on every fill and pattern. data-drill names the link for tests and debugging.
 */
export function DrillBar({ x = 0, y = 0, width = 0, height = 0, fill, href, inside, after, onDrill }: Props) {
  const clickable = href !== null && width > 0;
  return (
    <g
      data-drill={href ?? undefined}
      onClick={clickable ? () => onDrill(href) : undefined}
      style={clickable ? { cursor: 'pointer' } : undefined}
    >
      <rect x={x} y={y} width={Math.max(0, width)} height={Math.max(0, height)} fill={fill} stroke="#fff" strokeWidth={1} />
      {inside && width >= 18 && (
        <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} fill={CHART_TEXT} stroke="#fff" strokeWidth={3} paintOrder="stroke">
          {inside}
        </text>
      )}
      {after && (
        <text x={x + Math.max(0, width) + 6} y={y + height / 2} dominantBaseline="central" fontSize={13} fontWeight={600} fill={CHART_TEXT}>
          {after}
        </text>
      )}
    </g>
  );
}
