import type { ConflictChange, ConflictMine } from '@/components/task-page/conflict-notice';
import { changedFields, type TaskField, type TaskFormValues } from './values';

export type Option = { id: number; label: string };
export type PlanOption = Option & { planId: number };
export type FormOptions = { priorities: PlanOption[]; parents: PlanOption[]; units: Option[]; people: Option[] };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A description can be long: the notice shows its beginning. */
const LONG = 160;

/** A field's value as a person reads it: names instead of ids, dd/MM/yyyy dates. */
function shown(values: TaskFormValues, field: TaskField, options: FormOptions, t: Translate): string {
  const empty = t('conflict.empty');
  const label = (list: Option[], id: string) => list.find((o) => String(o.id) === id)?.label ?? (id || empty);
  switch (field) {
    case 'priorityId':
      return label(options.priorities, values.priorityId);
    case 'parentId':
      return values.parentId ? label(options.parents, values.parentId) : empty;
    case 'leadUnitId':
      return label(options.units, values.leadUnitId);
    case 'ownerId':
      return values.ownerId ? label(options.people, values.ownerId) : empty;
    case 'supportingUnitIds':
      return values.supportingUnitIds.length ? values.supportingUnitIds.map((id) => label(options.units, id)).join(', ') : empty;
    case 'indicators':
      return values.indicators.length ? values.indicators.map((i) => `${i.name} (${i.target} ${i.unitOfMeasure})`).join('; ') : empty;
    default: {
      const value = String(values[field]).trim();
      if (!value) return empty;
      return field === 'description' && value.length > LONG ? `${value.slice(0, LONG)}…` : value;
    }
  }
}

/** What others changed since the form was loaded, and what this user changed. */
export function conflictLines(mine: TaskFormValues, loaded: TaskFormValues, current: TaskFormValues, options: FormOptions, t: Translate): { changes: ConflictChange[]; mine: ConflictMine[] } {
  const name = (field: TaskField) => t(`fields.${field}`);
  return {
    changes: changedFields(loaded, current).map((field) => ({ field: name(field), before: shown(loaded, field, options, t), now: shown(current, field, options, t) })),
    mine: changedFields(loaded, mine).map((field) => ({ field: name(field), value: shown(mine, field, options, t) })),
  };
}
