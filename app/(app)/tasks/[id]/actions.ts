'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { AppError } from '@/db/errors';
import { addComment } from '@/db/queries/comments';
import { recordProgress, reviewCompletion } from '@/db/queries/progress';
import { commentInput, reviewInput, taskStateInput } from '@/db/queries/task-inputs';
import { changeTaskState, updateTask } from '@/db/queries/task-writes';
import { runAction, type ActionState } from '@/app/lib/action';
import { MAX_EVIDENCE_FILES, readProgressForm } from '@/app/lib/progress-form';
import { readUpdateTaskForm } from '../new/read-task-form';

// Server Actions are public endpoints: each parses its input with the shared schema and calls one
// data-access function, which checks the policy itself. `taskId` is bound by the page.

const field = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : undefined;
};

function refresh(taskId: number) {
  revalidatePath(`/tasks/${taskId}`);
  revalidatePath('/tasks');
  revalidatePath('/');
}

export async function recordProgressAction(taskId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, ctx) => {
      const { input, files } = await readProgressForm(form);
      if (files.length > MAX_EVIDENCE_FILES) throw new AppError('invalid', 'invalid', { fields: { files: ['tooMany'] } });
      return recordProgress(await getDb(), viewer, taskId, input, files, ctx);
    },
    (task) => {
      refresh(taskId);
      return { result: task };
    },
  );
}

export async function reviewCompletionAction(taskId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, ctx) => {
      const input = reviewInput.parse({ version: field(form, 'version'), decision: field(form, 'decision'), reason: field(form, 'reason') });
      return reviewCompletion(await getDb(), viewer, taskId, input, ctx);
    },
    () => refresh(taskId),
  );
}

export async function changeTaskStateAction(taskId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, ctx) => {
      const input = taskStateInput.parse({ version: field(form, 'version'), action: field(form, 'action'), reason: field(form, 'reason') || undefined });
      return changeTaskState(await getDb(), viewer, taskId, input, ctx);
    },
    () => refresh(taskId),
  );
}

export async function addCommentAction(taskId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, ctx) => addComment(await getDb(), viewer, taskId, commentInput.parse({ body: field(form, 'body') ?? '' }), ctx),
    () => refresh(taskId),
  );
}

export async function updateTaskAction(taskId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(
    async (viewer, ctx) => updateTask(await getDb(), viewer, taskId, readUpdateTaskForm(form), ctx),
    () => refresh(taskId),
  );
  if (state.ok) redirect(`/tasks/${taskId}`);
  return state;
}
