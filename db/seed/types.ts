// The shape of the seed: plain data, written as the department would write it, turned into rows
// by db/seed/seed.ts. Natural keys (unit code, email, task code) make the seed idempotent.
import type { Role } from '../schema';

export type SeedUnit = {
  code: string;
  name: string;
  kind: 'leadership' | 'division' | 'district' | 'commune' | 'external';
  parentCode?: string;
  validFrom: string;
  validTo?: string;
};

export type SeedUser = {
  email: string;
  name: string;
  role: Role;
  unitCode: string;
  /** Demo accounts are listed in the README and printed at start; other users only own tasks. */
  demo?: boolean;
};

export type SeedIndicator = {
  name: string;
  unitOfMeasure: string;
  target: number;
  /** Marks a figure that is not official (DOMAIN.md): "Số liệu minh họa". */
  note?: string;
};

export type SeedUpdate = {
  /** yyyy-MM-dd, within 2021. */
  date: string;
  progress: number;
  note: string;
  /** Defaults to the task's owner. */
  authorEmail?: string;
  /** One value per indicator of the task, in order; omitted = unchanged. */
  indicatorActuals?: (number | null)[];
};

export type SeedCompletion = {
  /** Date of the completion request; the task's completion date once confirmed. */
  requestedOn: string;
  /** Present = confirmed by the leader on that date; absent = still awaiting confirmation. */
  confirmedOn?: string;
  /** A return before the final request: the leader sent it back with this reason on this date. */
  returned?: { requestedOn: string; returnedOn: string; reason: string };
};

export type SeedTask = {
  code: string;
  title: string;
  description: string;
  leadUnitCode: string;
  supportingUnitCodes: string[];
  ownerEmail: string;
  startDate: string;
  dueDate: string;
  weight: number;
  indicators: SeedIndicator[];
  updates: SeedUpdate[];
  completion?: SeedCompletion;
  paused?: { reason: string };
  cancelled?: { reason: string };
  comments?: { date: string; authorEmail: string; body: string }[];
};

export type SeedPriority = {
  code: string;
  title: string;
  description: string;
  legalBasis: string;
  legalBasisDate?: string;
  leadUnitCode: string;
  tasks: SeedTask[];
};

export type SeedPlan = {
  year: number;
  title: string;
  status: 'draft' | 'active' | 'closed';
  priorities: SeedPriority[];
};
