// Messages are split by area (messages/<locale>/<area>.json) so features own their texts; each
// file's top-level keys are namespaces. Add a new area's file name here.
import type { Locale } from '@/app/lib/i18n/locales';

const AREAS = ['common', 'admin', 'tasks', 'taskPage', 'notifications', 'plans', 'reports', 'dashboard', 'priorities'] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(AREAS.map((area) => import(`./${locale}/${area}.json`) as Promise<{ default: Messages }>));
  return Object.assign({}, ...parts.map((p) => p.default)) as Messages;
}
