import { Badge, type BadgeTone } from '@/components/ui/badge';

export const HEALTH_RATINGS = ['green', 'amber', 'red'] as const;
export type HealthRating = (typeof HEALTH_RATINGS)[number];

const TONE: Record<HealthRating, BadgeTone> = { green: 'ok', amber: 'warn', red: 'bad' };
// A shape beside the colour, so the rating never relies on colour alone (WCAG 1.4.1).
const MARK: Record<HealthRating, string> = { green: '●', amber: '▲', red: '■' };

/** A health rating as a badge: colour, shape and the words of the rating. */
export function HealthBadge({ rating, label }: { rating: HealthRating; label: string }) {
  return (
    <Badge tone={TONE[rating]}>
      <span aria-hidden="true">{MARK[rating]} </span>
      {label}
    </Badge>
  );
}
