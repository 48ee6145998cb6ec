import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from './auth';
import { appToday } from './today';

/** What every write passes to the data-access layer: "today" and the caller's address for the audit row. */
export async function writeContext(): Promise<{ today: string; ip: string }> {
  return { today: appToday(), ip: clientAddress(await headers()) };
}
