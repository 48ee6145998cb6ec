import { PatternDef } from '@/components/charts/pattern';
import type { PatternKind } from '@/components/charts/palette';
import styles from './dashboard.module.css';

export type LegendItem = { key: string; name: string; color: string; pattern?: PatternKind | null; line?: 'solid' | 'dashed' };

/**
 * The legend, drawn on the server so it shows (and prints) before the chart's code arrives. Each
 * swatch repeats the series' pattern or line style: color is never the only cue.
 */
export function ChartLegend({ id, items }: { id: string; items: LegendItem[] }) {
  return (
    <ul className={styles.legend} aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <svg width="18" height="14" viewBox="0 0 18 14" focusable="false">
            {item.pattern && (
              <defs>
                <PatternDef id={`${id}-legend-${item.key}`} color={item.color} kind={item.pattern} />
              </defs>
            )}
            {item.line ? (
              <>
                <line x1="0" y1="7" x2="18" y2="7" stroke={item.color} strokeWidth={item.line === 'dashed' ? 2 : 3} strokeDasharray={item.line === 'dashed' ? '5 3' : undefined} />
                {item.line === 'dashed' ? <rect x="5.5" y="3.5" width="7" height="7" fill={item.color} /> : <circle cx="9" cy="7" r="4" fill={item.color} />}
              </>
            ) : (
              <rect x="1" y="1" width="16" height="12" rx="2" fill={item.pattern ? `url(#${id}-legend-${item.key})` : item.color} />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
