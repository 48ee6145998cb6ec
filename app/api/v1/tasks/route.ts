import { getDb } from '@/db/client';
import { createTaskInput, listTasksInput } from '@/db/queries/task-inputs';
import { createTask } from '@/db/queries/task-writes';
import { listTasks } from '@/db/queries/tasks';
import { apiRoute, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';
import { appToday } from '@/app/lib/today';

export const GET = apiRoute(async ({ request, viewer }) => {
  const input = listTasksInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  return listTasks(await getDb(), viewer, input, appToday());
});

export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await readJson(request, createTaskInput);
  const task = await createTask(await getDb(), viewer, input, await writeContext());
  return Response.json(task, { status: 201, headers: { Location: `/api/v1/tasks/${task.id}` } });
});
