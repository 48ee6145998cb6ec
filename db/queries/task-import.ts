import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { AppError, forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { indicators, plans, priorities, tasks, taskSupportingUnits, units, users } from '../schema';
import { isStorableText } from './input-fields';
import { createTaskInput } from './task-inputs';

/** The template's columns, in order: the sheet is read by position, the header is for people. */
export const IMPORT_COLUMNS = [
  'priorityCode',
  'code',
  'title',
  'description',
  'leadUnitCode',
  'supportingUnitCodes',
  'ownerEmail',
  'startDate',
  'dueDate',
  'weight',
  'indicatorName',
  'indicatorUnit',
  'indicatorTarget',
] as const;

export type ImportCell = string;
export type ImportRow = { row: number; cells: ImportCell[] };
export type RefusedRow = { row: number; reasons: string[] };
export type ValidRow = { row: number; code: string; title: string; priorityCode: string; leadUnitCode: string; dueDate: string; input: ReturnType<typeof createTaskInput.parse> };
export type ImportPreview = { planId: number; valid: ValidRow[]; refused: RefusedRow[] };

/** dd/MM/yyyy (as people type it) or yyyy-MM-dd (as a date cell reads) → yyyy-MM-dd. */
function parseDay(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Validates every row of a sheet against the plan: the same zod schema as a task created by hand,
 * plus the references (priority, units, owner by email) and codes unique in the sheet and the plan.
 * Reasons are message keys (fieldErrors.*), each prefixed with the column it concerns.
 */
export async function previewImport(db: Db, viewer: Viewer, planId: number, rows: ImportRow[]): Promise<ImportPreview> {
  if (!can(viewer, 'task.create')) throw forbidden();
  const [plan] = await db.select({ status: plans.status }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw new AppError('not_found', 'notFound');
  if (plan.status === 'closed') throw new AppError('forbidden', 'planClosed');

  const priorityIds = new Map((await db.select({ code: priorities.code, id: priorities.id }).from(priorities).where(eq(priorities.planId, planId))).map((p) => [p.code.toLowerCase(), p.id]));
  const unitIds = new Map((await db.select({ code: units.code, id: units.id }).from(units).where(eq(units.active, true))).map((u) => [u.code.toLowerCase(), u.id]));
  // Looked up before each row is validated: a cell PostgreSQL cannot hold simply matches nothing.
  const emails = rows.map((r) => (r.cells[6] ?? '').trim().toLowerCase()).filter((v) => v && isStorableText(v));
  const owners = new Map(
    emails.length ? (await db.select({ email: users.email, id: users.id }).from(users).where(and(inArray(users.email, emails), eq(users.disabled, false)))).map((u) => [u.email, u.id]) : [],
  );
  const codes = rows.map((r) => (r.cells[1] ?? '').trim()).filter((v) => v && isStorableText(v));
  const taken = new Set(codes.length ? (await db.select({ code: tasks.code }).from(tasks).where(and(eq(tasks.planId, planId), inArray(tasks.code, codes)))).map((t) => t.code) : []);
  const seen = new Map<string, number>();

  const valid: ValidRow[] = [];
  const refused: RefusedRow[] = [];
  for (const { row, cells } of rows) {
    const c = Object.fromEntries(IMPORT_COLUMNS.map((k, i) => [k, (cells[i] ?? '').trim()])) as Record<(typeof IMPORT_COLUMNS)[number], string>;
    const reasons: string[] = [];
    const priorityId = priorityIds.get(c.priorityCode.toLowerCase());
    if (!priorityId) reasons.push('priorityCode:priorityUnknown');
    const leadUnitId = unitIds.get(c.leadUnitCode.toLowerCase());
    if (!leadUnitId) reasons.push('leadUnitCode:unitUnknown');
    const supporting = c.supportingUnitCodes.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
    const supportingUnitIds = supporting.map((code) => unitIds.get(code.toLowerCase()));
    if (supportingUnitIds.some((id) => id === undefined)) reasons.push('supportingUnitCodes:unitUnknown');
    const ownerId = c.ownerEmail ? owners.get(c.ownerEmail.toLowerCase()) : null;
    if (ownerId === undefined) reasons.push('ownerEmail:userUnknown');
    if (c.code && taken.has(c.code)) reasons.push('code:codeTaken');
    if (c.code && seen.has(c.code)) reasons.push(`code:duplicateInSheet`);
    if (c.code) seen.set(c.code, row);
    const startDate = parseDay(c.startDate);
    const dueDate = parseDay(c.dueDate);
    const parsed = createTaskInput.safeParse({
      priorityId: priorityId ?? 1,
      code: c.code,
      title: c.title,
      description: c.description,
      leadUnitId: leadUnitId ?? 1,
      supportingUnitIds: supportingUnitIds.filter((id): id is number => id !== undefined),
      ownerId: ownerId ?? null,
      startDate: startDate ?? c.startDate,
      dueDate: dueDate ?? c.dueDate,
      weight: c.weight === '' ? 1 : c.weight.replace(',', '.'),
      indicators: c.indicatorName ? [{ name: c.indicatorName, unitOfMeasure: c.indicatorUnit, target: c.indicatorTarget.replace(',', '.') }] : [],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // Name the sheet's column, not the schema's field (an indicator issue names its own column).
        const field = String(issue.path[0] ?? '_');
        const indicatorColumn = { name: 'indicatorName', unitOfMeasure: 'indicatorUnit', target: 'indicatorTarget' }[String(issue.path[2] ?? 'name')] ?? 'indicatorName';
        const column =
          { indicators: indicatorColumn, leadUnitId: 'leadUnitCode', priorityId: 'priorityCode', supportingUnitIds: 'supportingUnitCodes', ownerId: 'ownerEmail' }[field] ?? field;
        reasons.push(`${column}:${/^[A-Za-z0-9_]+$/.test(issue.message) ? issue.message : 'invalid_type'}`);
      }
    }
    if (reasons.length || !parsed.success) refused.push({ row, reasons: [...new Set(reasons)] });
    else valid.push({ row, code: c.code, title: c.title, priorityCode: c.priorityCode, leadUnitCode: c.leadUnitCode, dueDate: parsed.data.dueDate, input: parsed.data });
  }
  return { planId, valid, refused };
}

/**
 * Imports a sheet all or nothing: refused when any row is refused, and written in one transaction
 * (tasks, supporting units, indicators, one audit row per task) so nothing is ever half-imported.
 */
export async function commitImport(db: Db, viewer: Viewer, planId: number, rows: ImportRow[], ctx: { ip?: string | null } = {}): Promise<{ imported: number }> {
  const preview = await previewImport(db, viewer, planId, rows);
  if (preview.refused.length > 0 || preview.valid.length === 0) {
    throw new AppError('invalid', preview.valid.length === 0 && preview.refused.length === 0 ? 'importEmpty' : 'importRefused', { refused: preview.refused });
  }
  return db.transaction(async (tx) => {
    for (const { input, row } of preview.valid) {
      const [created] = await tx
        .insert(tasks)
        .values({
          planId,
          priorityId: input.priorityId,
          parentId: null,
          code: input.code,
          title: input.title,
          description: input.description,
          leadUnitId: input.leadUnitId,
          ownerId: input.ownerId,
          startDate: input.startDate,
          dueDate: input.dueDate,
          weight: input.weight,
          createdById: viewer.id,
        })
        .returning({ id: tasks.id });
      const taskId = created!.id;
      const supporting = [...new Set(input.supportingUnitIds)].filter((id) => id !== input.leadUnitId);
      if (supporting.length) await tx.insert(taskSupportingUnits).values(supporting.map((unitId) => ({ taskId, unitId })));
      if (input.indicators.length) {
        await tx.insert(indicators).values(input.indicators.map((i, sortOrder) => ({ taskId, name: i.name, unitOfMeasure: i.unitOfMeasure, target: i.target, sortOrder })));
      }
      await writeAudit(tx, { actorId: viewer.id, action: 'task.import', entity: 'task', entityId: taskId, taskId, after: { ...input, sheetRow: row }, ip: ctx.ip });
    }
    return { imported: preview.valid.length };
  });
}
