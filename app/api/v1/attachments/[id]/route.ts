import { getDb } from '@/db/client';
import { contentDisposition } from '@/db/domain/file-type';
import { getAttachment } from '@/db/queries/progress';
import { apiRoute, idParam } from '@/app/lib/api';

type Params = { id: string };

/** Evidence download: only for those who may read the task; always as an attachment, never inline. */
export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const file = await getAttachment(await getDb(), viewer, idParam(params.id));
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      Digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
    },
  });
});
