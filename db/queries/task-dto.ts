// The shapes the API returns, as zod schemas: the TypeScript types of the data-access layer are
// inferred from them and the OpenAPI document is generated from them, so each is written once.
import { z } from 'zod';
import { TIMELINESS } from '../domain/timeliness';
import { taskStatus } from '../schema';

export const indicatorOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  unitOfMeasure: z.string(),
  target: z.number(),
  actual: z.number().nullable(),
  version: z.number().int(),
});

const day = z.string().describe('yyyy-MM-dd');

export const taskOutput = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  priorityId: z.number().int(),
  parentId: z.number().int().nullable(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(taskStatus.enumValues),
  timeliness: z.enum(TIMELINESS),
  progress: z.number().int().min(0).max(100),
  weight: z.number(),
  startDate: day,
  dueDate: day,
  completedOn: day.nullable(),
  completionRequestedOn: day.nullable(),
  cancelReason: z.string().nullable(),
  leadUnitId: z.number().int(),
  supportingUnitIds: z.array(z.number().int()),
  ownerId: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  indicators: z.array(indicatorOutput),
});

export const taskListOutput = z.object({ items: z.array(taskOutput), total: z.number().int() });

export type IndicatorDto = z.infer<typeof indicatorOutput>;
export type TaskDto = z.infer<typeof taskOutput>;
