import 'server-only';
import { AppError } from '@/db/errors';
import { createTaskInput, updateTaskInput, type CreateTaskInput, type UpdateTaskInput } from '@/db/queries/task-inputs';
import type { ZodError } from 'zod';
import { fieldErrors } from '@/app/lib/api';

const REQUIRED = ['priorityId', 'code', 'title', 'leadUnitId', 'startDate', 'dueDate'];

/** The task form's FormData as the plain object the shared zod schemas read. */
function fromForm(form: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const optionalId = (key: string) => {
    const value = text(key);
    return value === undefined ? undefined : value.trim() === '' ? null : value;
  };
  let indicators: unknown;
  const rawIndicators = text('indicators');
  if (rawIndicators !== undefined) {
    try {
      indicators = JSON.parse(rawIndicators);
    } catch {
      throw new AppError('invalid', 'invalid', { fields: { indicators: ['jsonInvalid'] } });
    }
    // An empty target is a missing number, not zero.
    if (Array.isArray(indicators)) {
      indicators = indicators.map((i: Record<string, unknown>) => ({ ...i, target: typeof i.target === 'string' && i.target.trim() === '' ? undefined : i.target }));
    }
  }
  const required = (key: string) => {
    const value = text(key)?.trim();
    return value ? value : undefined;
  };
  return {
    priorityId: required('priorityId'),
    parentId: optionalId('parentId'),
    code: text('code'),
    title: text('title'),
    description: text('description'),
    leadUnitId: required('leadUnitId'),
    supportingUnitIds: form.getAll('supportingUnitIds').filter((v): v is string => typeof v === 'string'),
    ownerId: optionalId('ownerId'),
    startDate: required('startDate'),
    dueDate: required('dueDate'),
    weight: text('weight')?.trim().replace(',', '.') || undefined,
    indicators,
  };
}

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: ZodError } };

/** Runs a schema; an empty required field reads "required" rather than a type error. */
function parse<T>(schema: Schema<T>, value: Record<string, unknown>): T {
  const missing = REQUIRED.filter((key) => value[key] === undefined);
  const result = schema.safeParse(value);
  if (result.success && missing.length === 0) return result.data;
  const fields = result.success ? {} : fieldErrors(result.error);
  for (const key of missing) fields[key] = ['required'];
  throw new AppError('invalid', 'invalid', { fields });
}

export function readCreateTaskForm(form: FormData): CreateTaskInput {
  return parse<CreateTaskInput>(createTaskInput, fromForm(form));
}

/** An edit sends every field the form shows (so a cleared required field is refused) and its version. */
export function readUpdateTaskForm(form: FormData): UpdateTaskInput {
  return parse<UpdateTaskInput>(updateTaskInput, { version: form.get('version') ?? undefined, ...fromForm(form) });
}
