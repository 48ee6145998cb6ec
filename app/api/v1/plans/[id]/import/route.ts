import { getDb } from '@/db/client';
import { commitImport, previewImport } from '@/db/queries/task-import';
import { apiRoute, idParam, readForm } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';
import { readImportFile } from '@/app/lib/task-import-file';

type Params = { id: string };

/**
 * Imports a plan's tasks from an XLSX sheet (multipart, field "file"). With ?dryRun=1 it only
 * validates and answers the valid and refused rows; otherwise it imports all rows or none.
 */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const planId = idParam(params.id);
  const form = await readForm(request);
  const rows = await readImportFile(form.get('file'));
  const db = await getDb();
  if (new URL(request.url).searchParams.get('dryRun')) return previewImport(db, viewer, planId, rows);
  return Response.json(await commitImport(db, viewer, planId, rows, await writeContext()), { status: 201 });
});
