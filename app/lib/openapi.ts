// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate with
// (inputs) and the data-access layer's types are inferred from (outputs): nothing written twice.
import { z } from 'zod';
import { changeOwnPasswordInput, createAccountInput, resetPasswordInput, updateAccountInput } from '@/db/queries/accounts';
import { issueTokenInput } from '@/db/queries/api-tokens';
import { listAuditInput } from '@/db/queries/audit';
import { nextYearPlanInput, planStatusInput } from '@/db/queries/plans';
import { healthInput, narrativeInput } from '@/db/queries/priorities';
import { reportInput } from '@/db/queries/reports';
import {
  commentInput,
  createTaskInput,
  listTasksInput,
  progressInput,
  reviewInput,
  taskStateInput,
  updateTaskInput,
} from '@/db/queries/task-inputs';
import { taskListOutput, taskOutput } from '@/db/queries/task-dto';
import { createUnitInput, updateUnitInput } from '@/db/queries/units';

type Json = Record<string, unknown>;

function schema(s: z.ZodType, io: 'input' | 'output'): Json {
  return z.toJSONSchema(s, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as Json;
}

const SCHEMAS: Record<string, [z.ZodType, 'input' | 'output']> = {
  Task: [taskOutput, 'output'],
  TaskList: [taskListOutput, 'output'],
  CreateTask: [createTaskInput, 'input'],
  UpdateTask: [updateTaskInput, 'input'],
  TaskState: [taskStateInput, 'input'],
  ProgressUpdate: [progressInput, 'input'],
  Review: [reviewInput, 'input'],
  Comment: [commentInput, 'input'],
  CreateAccount: [createAccountInput, 'input'],
  UpdateAccount: [updateAccountInput, 'input'],
  ResetPassword: [resetPasswordInput, 'input'],
  ChangeOwnPassword: [changeOwnPasswordInput, 'input'],
  CreateUnit: [createUnitInput, 'input'],
  UpdateUnit: [updateUnitInput, 'input'],
  IssueToken: [issueTokenInput, 'input'],
  PlanStatus: [planStatusInput, 'input'],
  NextYearPlan: [nextYearPlanInput, 'input'],
  Health: [healthInput, 'input'],
  Narrative: [narrativeInput, 'input'],
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const ok = (description: string, name?: string) => ({
  description,
  ...(name ? { content: { 'application/json': { schema: ref(name) } } } : {}),
});
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Problem${c}` }]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

/** Query parameters from the list schema: the same filters as the page. */
function queryParameters(s: z.ZodObject): Json[] {
  const json = schema(s, 'input') as { properties: Record<string, Json> };
  return Object.entries(json.properties).map(([name, p]) => ({ name, in: 'query', required: false, schema: p }));
}

export function openApiDocument(): Json {
  const read = problems(401, 403, 404);
  const write = problems(400, 401, 403, 404, 409, 422);
  return {
    openapi: '3.1.0',
    info: {
      title: 'KHCN Plan Tracker API',
      version: '1',
      description:
        'Plans, priorities, tasks, progress updates and completion review of the Department of Science and Technology of Lạng Sơn. ' +
        'Authenticate with the session cookie (next-auth: /api/auth/csrf then /api/auth/callback/credentials) or a personal token: Authorization: Bearer khcn_…. ' +
        'Errors are application/problem+json (RFC 9457). Every update carries the version it was based on; a stale one gets 409.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/tasks': {
        get: { summary: 'List tasks', parameters: queryParameters(listTasksInput), responses: { 200: ok('A page of tasks and the total', 'TaskList'), ...read } },
        post: { summary: 'Create a task (leader, admin)', requestBody: jsonBody('CreateTask'), responses: { 201: ok('Created', 'Task'), ...write } },
      },
      '/tasks/export': {
        get: { summary: 'Export the filtered task list as CSV (UTF-8 with BOM)', parameters: queryParameters(listTasksInput), responses: { 200: { description: 'CSV', content: { 'text/csv': {} } }, ...read } },
      },
      '/tasks/{id}': {
        parameters: [idParam],
        get: { summary: 'Read a task', responses: { 200: ok('The task', 'Task'), ...read } },
        patch: { summary: 'Edit a task (leader, admin)', requestBody: jsonBody('UpdateTask'), responses: { 200: ok('The task after the edit', 'Task'), ...write } },
      },
      '/tasks/{id}/state': {
        parameters: [idParam],
        post: { summary: 'Pause, resume or cancel a task', requestBody: jsonBody('TaskState'), responses: { 200: ok('The task', 'Task'), ...write } },
      },
      '/tasks/{id}/updates': {
        parameters: [idParam],
        get: { summary: "A task's progress updates with evidence and reviews", responses: { 200: ok('Updates'), ...read } },
        post: {
          summary: 'Post a progress update (officers of the lead or a supporting unit, leaders)',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ProgressUpdate') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    version: { type: 'integer' },
                    progress: { type: 'integer', minimum: 0, maximum: 100 },
                    note: { type: 'string' },
                    requestCompletion: { type: 'boolean' },
                    indicatorActuals: { type: 'string', description: 'JSON array of {indicatorId, value}' },
                    files: { type: 'array', maxItems: 5, items: { type: 'string', format: 'binary' }, description: 'PDF, JPEG, PNG, DOCX, XLSX; 20 MB each; checked by content' },
                  },
                  required: ['version', 'progress'],
                },
              },
            },
          },
          responses: { 201: ok('The task after the update', 'Task'), ...write, ...problems(413, 415) },
        },
      },
      '/tasks/{id}/review': {
        parameters: [idParam],
        post: { summary: 'Confirm or return a completion request (leader, admin)', requestBody: jsonBody('Review'), responses: { 200: ok('The task', 'Task'), ...write } },
      },
      '/tasks/{id}/comments': {
        parameters: [idParam],
        get: { summary: "A task's comments", responses: { 200: ok('Comments'), ...read } },
        post: { summary: 'Comment on a task', requestBody: jsonBody('Comment'), responses: { 201: ok('The comment'), ...write } },
      },
      '/tasks/{id}/history': { parameters: [idParam], get: { summary: "A task's history from the audit log", responses: { 200: ok('Audit entries'), ...read } } },
      '/attachments/{id}': { parameters: [idParam], get: { summary: 'Download evidence', responses: { 200: { description: 'The file, as an attachment' }, ...read } } },
      '/plans': {
        get: { summary: 'Plans', responses: { 200: ok('Plans'), ...read } },
        post: { summary: "Start next year's plan from a plan (leader, admin)", requestBody: jsonBody('NextYearPlan'), responses: { 201: ok('The new draft plan'), ...write } },
      },
      '/plans/{id}': {
        parameters: [idParam],
        patch: { summary: 'Change a plan’s status: draft → active → closed (leader, admin)', requestBody: jsonBody('PlanStatus'), responses: { 200: ok('The plan'), ...write } },
      },
      '/plans/{id}/import': {
        parameters: [idParam, { name: 'dryRun', in: 'query', schema: { type: 'string' }, description: 'Validate only' }],
        post: {
          summary: "Import a plan's tasks from an XLSX sheet, all or nothing (leader, admin)",
          requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } },
          responses: { 200: ok('Dry run: valid and refused rows'), 201: ok('Imported'), ...write, ...problems(413, 415) },
        },
      },
      '/plans/{id}/import/template': { parameters: [idParam], get: { summary: 'The import template (XLSX)', responses: { 200: { description: 'XLSX' }, ...read } } },
      '/priorities/{id}': { parameters: [idParam], get: { summary: 'A priority with its health history and narratives', responses: { 200: ok('The priority'), ...read } } },
      '/priorities/{id}/health': { parameters: [idParam], post: { summary: 'Set the health rating (leader, admin)', requestBody: jsonBody('Health'), responses: { 201: ok('The rating history'), ...write } } },
      '/priorities/{id}/narratives': {
        parameters: [idParam],
        get: { summary: 'Quarterly narratives', responses: { 200: ok('Narratives'), ...read } },
        post: { summary: 'Post a quarterly narrative (lead unit, leaders); immutable once posted', requestBody: jsonBody('Narrative'), responses: { 201: ok('Posted'), ...write } },
      },
      '/reports': {
        get: {
          summary: 'A periodic report at its Decree 09/2019 cut-off (JSON, or XLSX with format=xlsx)',
          parameters: [...queryParameters(reportInput as unknown as z.ZodObject), { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'xlsx'] } }],
          responses: { 200: ok('The report'), ...read, ...problems(422) },
        },
      },
      '/priorities': { get: { summary: 'Priorities', parameters: [{ name: 'plan', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('Priorities'), ...read } } },
      '/units': { get: { summary: 'Units (a tree)', responses: { 200: ok('Units'), ...read } } },
      '/audit': { get: { summary: 'The audit log (leader, admin)', parameters: queryParameters(listAuditInput), responses: { 200: ok('Audit entries'), ...read } } },
      '/admin/users': {
        get: { summary: 'Accounts (admin)', responses: { 200: ok('Accounts'), ...read } },
        post: { summary: 'Create an account (admin)', requestBody: jsonBody('CreateAccount'), responses: { 201: ok('The account'), ...write } },
      },
      '/admin/users/{id}': {
        parameters: [idParam],
        patch: { summary: 'Change name, role, unit or disable (admin)', requestBody: jsonBody('UpdateAccount'), responses: { 200: ok('The account'), ...write } },
      },
      '/admin/users/{id}/password': {
        parameters: [idParam],
        post: { summary: 'Reset a password; the user must change it at next sign-in (admin)', requestBody: jsonBody('ResetPassword'), responses: { 204: ok('Done'), ...write } },
      },
      '/admin/units': { post: { summary: 'Create a unit (admin)', requestBody: jsonBody('CreateUnit'), responses: { 201: ok('The unit'), ...write } } },
      '/admin/units/{id}': {
        parameters: [idParam],
        patch: { summary: 'Rename, move or deactivate a unit (admin)', requestBody: jsonBody('UpdateUnit'), responses: { 200: ok('The unit'), ...write } },
      },
      '/admin/tokens': {
        get: { summary: 'Personal API tokens (admin)', responses: { 200: ok('Tokens'), ...read } },
        post: { summary: 'Issue a token for a user; shown once (admin)', requestBody: jsonBody('IssueToken'), responses: { 201: ok('The token'), ...write } },
      },
      '/admin/tokens/{id}': { parameters: [idParam], delete: { summary: 'Revoke a token (admin)', responses: { 204: ok('Revoked'), ...read } } },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token issued by an administrator' },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
      schemas: {
        ...Object.fromEntries(Object.entries(SCHEMAS).map(([name, [s, io]]) => [name, schema(s, io)])),
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'The failing fields' },
            current: { description: 'On 409: the record as it is now' },
          },
        },
      },
      responses: Object.fromEntries(
        [400, 401, 403, 404, 409, 413, 415, 422, 429, 503].map((code) => [
          `Problem${code}`,
          { description: `Problem (${code})`, content: { 'application/problem+json': { schema: ref('Problem') } } },
        ]),
      ),
    },
  };
}
