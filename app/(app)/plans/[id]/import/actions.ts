'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalid } from '@/db/errors';
import { commitImport, IMPORT_COLUMNS, previewImport, type ImportPreview, type ImportRow } from '@/db/queries/task-import';
import type { ImportOutcome } from '@/components/plan-import/import-types';
import { runAction, type ActionState } from '@/app/lib/action';
import { readImportFile } from '@/app/lib/task-import-file';

// Public endpoints like every Server Action: previewImport and commitImport check the policy (admins
// and leaders) and the plan themselves; `planId` is bound by the page.

/** The rows a confirmation sends back: they came from our own preview, but are checked again all the same. */
const sheetRows = z
  .array(z.object({ row: z.number().int().positive().max(1_048_576), cells: z.array(z.string().max(10_000)).max(IMPORT_COLUMNS.length + 50) }).strict())
  .max(10_000);

function readRows(form: FormData): ImportRow[] {
  const raw = form.get('rows');
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : '');
  } catch {
    throw invalid({ rows: ['jsonInvalid'] });
  }
  const parsed = sheetRows.safeParse(value);
  if (!parsed.success) throw invalid({ rows: ['jsonInvalid'] });
  return parsed.data;
}

function previewOutcome(rows: ImportRow[], preview: ImportPreview): ImportOutcome {
  return {
    stage: 'preview',
    valid: preview.valid.map((v) => ({ row: v.row, code: v.code, title: v.title, priorityCode: v.priorityCode, leadUnitCode: v.leadUnitCode, dueDate: v.dueDate })),
    refused: preview.refused,
    rows,
  };
}

/** Step 2: the uploaded sheet, read and checked row by row; nothing is written. */
async function checkSheet(planId: number, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer) => {
      const file = form.get('file');
      const rows = await readImportFile(file instanceof File ? file : null);
      return previewOutcome(rows, await previewImport(await getDb(), viewer, planId, rows));
    },
    (result) => ({ result }),
  );
}

/** Step 3: the same rows checked again, then imported all or nothing. */
async function confirmSheet(planId: number, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, { ip }) => {
      const rows = readRows(form);
      const db = await getDb();
      const preview = await previewImport(db, viewer, planId, rows);
      if (preview.refused.length > 0) return previewOutcome(rows, preview);
      const { imported } = await commitImport(db, viewer, planId, rows, { ip });
      return { stage: 'done', imported } satisfies ImportOutcome;
    },
    (result): ActionState => {
      if (result.stage === 'preview') return { ok: false, message: 'errors.importRefused', result };
      revalidatePath('/tasks');
      revalidatePath('/');
      return { result };
    },
  );
}

export async function importSheetAction(planId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  return form.get('intent') === 'confirm' ? confirmSheet(planId, form) : checkSheet(planId, form);
}
