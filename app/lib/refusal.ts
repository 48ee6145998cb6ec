import 'server-only';
import { AppError } from '@/db/errors';

export type Loaded<T> = { ok: true; data: T } | { ok: false; messageKey: string };

/**
 * Runs a page's reads and turns the data-access layer's refusal into something the page can show
 * (a 403 in page form). The refusal comes from the query itself, never from a hidden link.
 */
export async function loadOrRefuse<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return { ok: false, messageKey: `errors.${error.messageKey}` };
    throw error;
  }
}
