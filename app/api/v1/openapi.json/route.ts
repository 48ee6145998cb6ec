import { openApiDocument } from '@/app/lib/openapi';

// Public, like any API description: it names operations, not data.
export function GET() {
  return Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
