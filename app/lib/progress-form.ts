import 'server-only';
import { MAX_ATTACHMENT_BYTES } from '@/db/schema';
import { AppError } from '@/db/errors';
import type { EvidenceFile } from '@/db/queries/progress';
import { progressInput, type ProgressInput } from '@/db/queries/task-inputs';

export const MAX_EVIDENCE_FILES = 5;
export const MAX_UPDATE_BODY_BYTES = MAX_EVIDENCE_FILES * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/** A progress update sent as a form (the page's Server Action or a multipart API call). */
export async function readProgressForm(form: FormData): Promise<{ input: ProgressInput; files: EvidenceFile[] }> {
  let actuals: unknown = [];
  const rawActuals = form.get('indicatorActuals');
  if (typeof rawActuals === 'string' && rawActuals.trim()) {
    try {
      actuals = JSON.parse(rawActuals);
    } catch {
      throw new AppError('invalid', 'invalid', { fields: { indicatorActuals: ['jsonInvalid'] } });
    }
  } else {
    // The page sends one field per indicator: actual.<indicatorId>.
    actuals = [...form.entries()]
      .filter(([key, value]) => key.startsWith('actual.') && typeof value === 'string' && value.trim() !== '')
      .map(([key, value]) => ({ indicatorId: key.slice(7), value: String(value).replace(',', '.') }));
  }
  const input = progressInput.parse({
    version: form.get('version') ?? undefined,
    progress: form.get('progress') ?? undefined,
    note: form.get('note') ?? '',
    indicatorActuals: actuals,
    requestCompletion: form.get('requestCompletion') === 'true' || form.get('requestCompletion') === 'on',
  });
  const files: EvidenceFile[] = [];
  for (const value of form.getAll('files')) {
    if (typeof value === 'string' || value.size === 0) continue;
    if (value.size > MAX_ATTACHMENT_BYTES) throw new AppError('too_large', 'fileTooLarge', { file: value.name, maxBytes: MAX_ATTACHMENT_BYTES });
    files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return { input, files };
}
