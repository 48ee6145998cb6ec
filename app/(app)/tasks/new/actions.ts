'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createTask } from '@/db/queries/task-writes';
import { runAction, type ActionState } from '@/app/lib/action';
import { readCreateTaskForm } from './read-task-form';

export async function createTaskAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let id: number | undefined;
  const state = await runAction(
    async (viewer, ctx) => createTask(await getDb(), viewer, readCreateTaskForm(form), ctx),
    (task) => {
      id = task.id;
      revalidatePath('/tasks');
      revalidatePath('/');
    },
  );
  if (state.ok && id !== undefined) redirect(`/tasks/${id}`);
  return state;
}
