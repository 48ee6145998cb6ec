import { getDb } from '@/db/client';
import { listAudit, listAuditInput } from '@/db/queries/audit';
import { apiRoute } from '@/app/lib/api';

export const GET = apiRoute(async ({ request, viewer }) => {
  const input = listAuditInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  const items = await listAudit(await getDb(), viewer, input);
  return { items, total: items.length };
});
