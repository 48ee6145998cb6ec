import type { PatternKind } from './palette';

/**
 * An SVG fill pattern: the series color with a white texture, so a category can be told apart
 * without its color (WCAG 1.4.1). Used by the charts and by the legends drawn on the server.
 */
export function PatternDef({ id, color, kind }: { id: string; color: string; kind: PatternKind }) {
  const size = kind === 'denseStripes' ? 5 : 7;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform={kind === 'dots' ? undefined : 'rotate(45)'}>
      <rect width={size} height={size} fill={color} />
      {kind === 'dots' ? (
        <circle cx={size / 2} cy={size / 2} r={1.6} fill="#fff" fillOpacity={0.85} />
      ) : (
        <line x1={0} y1={0} x2={0} y2={size} stroke="#fff" strokeWidth={kind === 'denseStripes' ? 2 : 2.5} strokeOpacity={0.7} />
      )}
    </pattern>
  );
}

/** The fill of a series: its pattern when it has one, else its color. */
export function seriesFill(prefix: string, key: string, style: { color: string; pattern: PatternKind | null }): string {
  return style.pattern ? `url(#${prefix}-${key})` : style.color;
}
