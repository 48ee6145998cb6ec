import type { PriorityProgress } from '@/db/queries/dashboard';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<'green' | 'amber' | 'red', BadgeTone> = { green: 'ok', amber: 'warn', red: 'bad' };

/** A leader's health rating, named in words (the color is a second cue), or "not rated". */
export function HealthBadge({ health, labels }: { health: PriorityProgress['health']; labels: Record<'green' | 'amber' | 'red' | 'none', string> }) {
  return health ? <Badge tone={TONE[health.rating]}>{labels[health.rating]}</Badge> : <Badge tone="neutral">{labels.none}</Badge>;
}
