import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/app/lib/openapi';

describe('the OpenAPI document', () => {
  const doc = openApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
  };

  it('describes every /api/v1 operation of the product', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/tasks', '/tasks/{id}', '/tasks/{id}/updates', '/tasks/{id}/review', '/tasks/{id}/comments', '/plans', '/priorities', '/units']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it('derives its schemas from the zod schemas the handlers use', () => {
    const create = doc.components.schemas.CreateTask!;
    expect(create.required).toEqual(expect.arrayContaining(['priorityId', 'code', 'title', 'leadUnitId', 'startDate', 'dueDate']));
    expect(doc.components.schemas.ProgressUpdate!.required).toEqual(expect.arrayContaining(['version', 'progress']));
    expect(doc.components.schemas.UpdateTask!.required).toEqual(['version']);
    expect(Object.keys(doc.components.schemas.Task!.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'code', 'title', 'status', 'timeliness', 'progress', 'startDate', 'dueDate', 'leadUnitId', 'supportingUnitIds', 'ownerId', 'version', 'indicators']),
    );
  });

  it('lists the task filters as query parameters', () => {
    const params = (doc.paths['/tasks']!.get as { parameters: { name: string }[] }).parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'priority', 'unit', 'status', 'timeliness', 'page', 'pageSize']));
  });
});
