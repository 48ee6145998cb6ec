import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** Texts every client form may show: its errors and the labels of states and roles. */
const BASE = ['errors', 'fieldErrors', 'planStatus', 'roles', 'status', 'timeliness'];

/**
 * Gives the client components below it the texts of these namespaces, and no others. Server
 * components translate on the server, so a page that sent every text would carry ~40 KB of them
 * in its HTML — weight an old phone on a slow network pays at every click. Used by the layouts of
 * the sections whose client components translate (forms, the task page, import).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: React.ReactNode }) {
  const wanted = new Set([...BASE, ...namespaces]);
  const messages = Object.fromEntries(Object.entries(await getMessages()).filter(([ns]) => wanted.has(ns)));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
