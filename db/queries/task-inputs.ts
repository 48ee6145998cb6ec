// The zod schemas of every task input: shared by Server Actions, the JSON API and the OpenAPI
// document, so validation is written once. Messages are keys (messages/*.json → fieldErrors).
import { z } from 'zod';
import { TIMELINESS } from '../domain/timeliness';
import { taskStatus } from '../schema';

// A real calendar day: Date.parse accepts 2021-02-31 (rolling over to March), PostgreSQL does not.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid')
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, 'dateInvalid');
const id = z.coerce.number().int('idInvalid').positive('idInvalid').max(2_147_483_647, 'idInvalid');
const text = (max: number) => z.string().trim().max(max, 'tooLong');

export const versionField = z.coerce
  .number({ error: 'versionRequired' })
  .int('versionRequired')
  .positive('versionRequired');

export const indicatorInput = z.object({
  id: id.optional(),
  name: text(200).min(1, 'required'),
  unitOfMeasure: text(50).min(1, 'required'),
  target: z.coerce.number({ error: 'numberInvalid' }).min(0, 'negative').max(1e15, 'tooLarge'),
});

// The fields as they are, without defaults: an update (PATCH) names only what it changes, so a
// default must never fill in a field the caller left out (it would wipe the task's value).
const taskFieldsBase = {
  priorityId: id,
  parentId: id.nullable(),
  code: text(30).min(1, 'required').regex(/^[\p{L}\p{N}._\-/]+$/u, 'codeInvalid'),
  title: text(300).min(1, 'required'),
  description: text(5000),
  leadUnitId: id,
  supportingUnitIds: z.array(id).max(30, 'tooMany'),
  ownerId: id.nullable(),
  startDate: isoDate,
  dueDate: isoDate,
  weight: z.coerce.number({ error: 'numberInvalid' }).positive('mustBePositive').max(1000, 'tooLarge'),
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
  progress: z.coerce.number({ error: 'numberInvalid' }).int('integer').min(0, 'progressRange').max(100, 'progressRange'),
  note: text(5000).default(''),
  indicatorActuals: z
    .array(z.object({ indicatorId: id, value: z.coerce.number({ error: 'numberInvalid' }).min(0, 'negative').max(1e15, 'tooLarge') }))
    .max(20, 'tooMany')
    .default([]),
  requestCompletion: z.coerce.boolean().default(false),
});

export const reviewInput = z
  .object({
    version: versionField,
    decision: z.enum(['confirm', 'return']),
    reason: text(2000).optional(),
  })
  .refine((v) => v.decision === 'confirm' || (v.reason && v.reason.length > 0), { message: 'reasonRequired', path: ['reason'] });

export const commentInput = z.object({ body: text(5000).min(1, 'required') });

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
