import { getDb } from '@/db/client';
import { updateTaskInput } from '@/db/queries/task-inputs';
import { updateTask } from '@/db/queries/task-writes';
import { getTask } from '@/db/queries/tasks';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';
import { appToday } from '@/app/lib/today';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => getTask(await getDb(), viewer, idParam(params.id), appToday()));

export const PATCH = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, updateTaskInput);
  return updateTask(await getDb(), viewer, id, input, await writeContext());
});
