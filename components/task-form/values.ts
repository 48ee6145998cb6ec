// The task form's values as strings (what inputs hold), and the rules for comparing them, merging a
// user's edit onto a newer version, and sending them.
import type { TaskDto } from '@/db/queries/task-dto';

export type IndicatorRow = { key: string; id?: number; name: string; unitOfMeasure: string; target: string };

export type TaskFormValues = {
  priorityId: string;
  parentId: string;
  code: string;
  title: string;
  description: string;
  leadUnitId: string;
  supportingUnitIds: string[];
  ownerId: string;
  /** dd/MM/yyyy as typed. */
  startDate: string;
  dueDate: string;
  weight: string;
  indicators: IndicatorRow[];
};

export type TaskField = keyof TaskFormValues;

export const TASK_FIELDS: TaskField[] = [
  'priorityId',
  'parentId',
  'code',
  'title',
  'description',
  'leadUnitId',
  'supportingUnitIds',
  'ownerId',
  'startDate',
  'dueDate',
  'weight',
  'indicators',
];

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** yyyy-MM-dd → dd/MM/yyyy: dates are typed and shown the Vietnamese way, whatever the browser's language. */
export function isoToDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** d/M/yyyy (also with . or -) → yyyy-MM-dd; anything else is sent as typed and refused by the server. */
export function dayToIso(value: string): string {
  const v = value.trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : v;
}

export function valuesFromTask(task: TaskDto): TaskFormValues {
  return {
    priorityId: text(task.priorityId),
    parentId: text(task.parentId),
    code: task.code,
    title: task.title,
    description: task.description,
    leadUnitId: text(task.leadUnitId),
    supportingUnitIds: task.supportingUnitIds.map(String).sort(),
    ownerId: text(task.ownerId),
    startDate: isoToDay(task.startDate),
    dueDate: isoToDay(task.dueDate),
    weight: text(task.weight),
    indicators: task.indicators.map((i) => ({ key: `i${i.id}`, id: i.id, name: i.name, unitOfMeasure: i.unitOfMeasure, target: text(i.target) })),
  };
}

/** A comparable form of one field: indicator rows without their React keys, unit ids in order. */
function comparable(values: TaskFormValues, field: TaskField): string {
  if (field === 'indicators') return JSON.stringify(values.indicators.map(({ id, name, unitOfMeasure, target }) => [id ?? null, name.trim(), unitOfMeasure.trim(), Number(target)]));
  if (field === 'supportingUnitIds') return JSON.stringify([...values.supportingUnitIds].sort());
  if (field === 'weight') return String(Number(values.weight.replace(',', '.')));
  if (field === 'startDate' || field === 'dueDate') return dayToIso(values[field]);
  return String(values[field]).trim();
}

export function changedFields(from: TaskFormValues, to: TaskFormValues): TaskField[] {
  return TASK_FIELDS.filter((field) => comparable(from, field) !== comparable(to, field));
}

/**
 * Re-applying after a 409: the fields the user changed (against the version the form was loaded
 * with) keep the user's values; every other field takes the current version's value.
 */
export function mergeOnto(mine: TaskFormValues, loaded: TaskFormValues, current: TaskFormValues): TaskFormValues {
  const changed = new Set(changedFields(loaded, mine));
  const merged = { ...current };
  for (const field of changed) (merged as Record<TaskField, unknown>)[field] = mine[field];
  return merged;
}

export function toFormData(values: TaskFormValues, version?: number): FormData {
  const form = new FormData();
  if (version !== undefined) form.set('version', String(version));
  for (const field of TASK_FIELDS) {
    if (field === 'supportingUnitIds') values.supportingUnitIds.forEach((id) => form.append('supportingUnitIds', id));
    else if (field === 'indicators') {
      form.set('indicators', JSON.stringify(values.indicators.map(({ id, name, unitOfMeasure, target }) => ({ ...(id ? { id } : {}), name, unitOfMeasure, target }))));
    } else if (field === 'startDate' || field === 'dueDate') form.set(field, dayToIso(values[field]));
    else form.set(field, values[field]);
  }
  return form;
}
