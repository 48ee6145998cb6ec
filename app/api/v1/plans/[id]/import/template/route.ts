import { getDb } from '@/db/client';
import { listPriorities } from '@/db/queries/tasks';
import { listUnits } from '@/db/queries/units';
import { apiRoute, idParam } from '@/app/lib/api';
import { importTemplate } from '@/app/lib/task-import-file';
import { XLSX_TYPE } from '@/app/lib/xlsx';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const db = await getDb();
  const priorities = await listPriorities(db, viewer, idParam(params.id));
  const units = (await listUnits(db, viewer)).filter((u) => u.active);
  const file = await importTemplate({ priorities, units });
  return new Response(file, { headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': 'attachment; filename="mau-nhap-nhiem-vu.xlsx"', 'Cache-Control': 'private, no-store' } });
});
