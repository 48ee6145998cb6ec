// The zod schemas of every task input: shared by Server Actions, the JSON API and the OpenAPI
// document, so validation is written once. Messages are keys (messages/*.json → fieldErrors).
import { z } from 'zod';
import { TIMELINESS } from '../domain/timeliness';
import { taskStatus } from '../schema';
import { id, isoDate, numberFrom, requiredText, text, versionField } from './input-fields';

// numeric(18,2) holds up to 10^16.
const amount = numberFrom(z.number({ error: 'numberInvalid' }).min(0, 'negative').max(1e15, 'tooLarge'));

export const indicatorInput = z.object({
  id: id.optional(),
  name: requiredText(200),
  unitOfMeasure: requiredText(50),
  target: amount,
});

// The fields as they are, without defaults: an update (PATCH) names only what it changes, so a
// default must never fill in a field the caller left out (it would wipe the task's value).
const taskFieldsBase = {
  priorityId: id,
  parentId: id.nullable(),
  code: text(30).min(1, 'required').regex(/^[\p{L}\p{N}._\-/]+$/u, 'codeInvalid'),
  title: requiredText(300),
  description: text(5000),
  leadUnitId: id,
  supportingUnitIds: z.array(id).max(30, 'tooMany'),
  ownerId: id.nullable(),
  startDate: isoDate,
  dueDate: isoDate,
  // Stored with two decimals (numeric(6,2)): 0.001 would round to a weight of 0.
  weight: numberFrom(z.number({ error: 'numberInvalid' }).min(0.01, 'mustBePositive').max(1000, 'tooLarge')),
  indicators: z.array(indicatorInput).max(20, 'tooMany'),
};

/** A new task: what is left out takes its default. */
const taskFields = {
  ...taskFieldsBase,
  parentId: taskFieldsBase.parentId.default(null),
  description: taskFieldsBase.description.default(''),
  supportingUnitIds: taskFieldsBase.supportingUnitIds.default([]),
  ownerId: taskFieldsBase.ownerId.default(null),
  weight: taskFieldsBase.weight.default(1),
  indicators: taskFieldsBase.indicators.default([]),
};

function datesInOrder(v: { startDate?: string; dueDate?: string }): boolean {
  return !v.startDate || !v.dueDate || v.dueDate >= v.startDate;
}

export const createTaskInput = z
  .object(taskFields)
  .strict()
  .refine(datesInOrder, { message: 'dueBeforeStart', path: ['dueDate'] });

export const updateTaskInput = z
  .object({
    version: versionField,
    ...Object.fromEntries(Object.entries(taskFieldsBase).map(([k, v]) => [k, (v as z.ZodType).optional()])),
  } as { version: typeof versionField } & { [K in keyof typeof taskFieldsBase]: z.ZodOptional<(typeof taskFieldsBase)[K]> })
  .strict()
  .refine(datesInOrder, { message: 'dueBeforeStart', path: ['dueDate'] });

export const taskStateInput = z.object({
  version: versionField,
  action: z.enum(['pause', 'resume', 'cancel']),
  reason: text(1000).optional(),
});

export const progressInput = z.object({
  version: versionField,
  progress: numberFrom(z.number({ error: 'numberInvalid' }).int('integer').min(0, 'progressRange').max(100, 'progressRange')),
  note: text(5000).default(''),
  indicatorActuals: z
    .array(z.object({ indicatorId: id, value: amount }))
    .max(20, 'tooMany')
    .default([]),
  // A real boolean: z.coerce.boolean() read the string "false" as true. The form reader
  // (app/lib/progress-form.ts) turns its checkbox into one.
  requestCompletion: z.boolean({ error: 'booleanInvalid' }).default(false),
});

export const reviewInput = z
  .object({
    version: versionField,
    decision: z.enum(['confirm', 'return']),
    reason: text(2000).optional(),
  })
  .refine((v) => v.decision === 'confirm' || (v.reason && v.reason.length > 0), { message: 'reasonRequired', path: ['reason'] });

export const commentInput = z.object({ body: requiredText(5000) });

export const TASK_SORTS = ['code', 'dueDate', '-dueDate', 'progress', '-progress', 'title', '-updatedAt'] as const;

export const listTasksInput = z.object({
  q: text(200).optional(),
  plan: id.optional(),
  priority: id.optional(),
  unit: id.optional(),
  status: z.enum(taskStatus.enumValues).optional(),
  timeliness: z.enum(TIMELINESS).optional(),
  owner: id.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  sort: z.enum(TASK_SORTS).default('code'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type CreateTaskInput = z.infer<typeof createTaskInput>;
export type UpdateTaskInput = z.infer<typeof updateTaskInput>;
export type ProgressInput = z.infer<typeof progressInput>;
export type ReviewInput = z.infer<typeof reviewInput>;
export type ListTasksInput = z.infer<typeof listTasksInput>;
