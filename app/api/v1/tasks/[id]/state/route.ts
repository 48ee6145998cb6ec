import { getDb } from '@/db/client';
import { taskStateInput } from '@/db/queries/task-inputs';
import { changeTaskState } from '@/db/queries/task-writes';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

/** Pause, resume or cancel: {"version": n, "action": "pause" | "resume" | "cancel", "reason": "…"}. */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, taskStateInput);
  return changeTaskState(await getDb(), viewer, id, input, await writeContext());
});
