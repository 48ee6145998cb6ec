import type { DashboardInput } from '@/db/queries/dashboard';

/** A priority as the filters and the priority block show it. */
export type PriorityOption = { id: number; code: string; title: string; legalBasis: string; legalBasisDate: string | null };

/** The dashboard's filters: every drill-down link keeps them. */
export type DrillScope = DashboardInput;
