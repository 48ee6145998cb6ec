'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { markNotificationsRead } from '@/db/queries/notifications';
import { runAction, type ActionState } from '@/app/lib/action';

/** Marks all of the viewer's notifications read; the bell in every page's header follows. */
export async function markAllReadAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  return runAction(
    async (viewer) => markNotificationsRead(await getDb(), viewer),
    () => {
      revalidatePath('/', 'layout');
      return { message: 'notifications.markedAllRead' };
    },
  );
}
