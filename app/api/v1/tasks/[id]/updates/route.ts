import { getDb } from '@/db/client';
import { AppError } from '@/db/errors';
import { listUpdates, recordProgress, type EvidenceFile } from '@/db/queries/progress';
import { progressInput } from '@/db/queries/task-inputs';
import { apiRoute, idParam, readForm, readJson } from '@/app/lib/api';
import { readProgressForm, MAX_EVIDENCE_FILES, MAX_UPDATE_BODY_BYTES } from '@/app/lib/progress-form';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const items = await listUpdates(await getDb(), viewer, idParam(params.id));
  return { items, total: items.length };
});

/**
 * A progress update: JSON, or multipart/form-data with the same fields (indicatorActuals as a
 * JSON string) and up to 5 evidence files under "files".
 */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_UPDATE_BODY_BYTES) throw new AppError('too_large', 'fileTooLarge', { maxBytes: MAX_UPDATE_BODY_BYTES });
  const type = request.headers.get('content-type') ?? '';
  let files: EvidenceFile[] = [];
  let input;
  if (type.startsWith('multipart/form-data')) {
    ({ input, files } = await readProgressForm(await readForm(request)));
    if (files.length > MAX_EVIDENCE_FILES) throw new AppError('invalid', 'invalid', { fields: { files: ['tooMany'] } });
  } else {
    input = await readJson(request, progressInput);
  }
  const task = await recordProgress(await getDb(), viewer, id, input, files, await writeContext());
  return Response.json(task, { status: 201 });
});
