import type { Timeliness } from '@/db/domain/timeliness';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<Timeliness, BadgeTone> = {
  on_schedule: 'info',
  at_risk: 'warn',
  overdue: 'bad',
  completed_on_time: 'ok',
  completed_late: 'warn',
  not_started: 'neutral',
  cancelled: 'neutral',
};

export function TimelinessBadge({ value, label }: { value: Timeliness; label: string }) {
  return <Badge tone={TONE[value]}>{label}</Badge>;
}
