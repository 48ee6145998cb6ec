import 'server-only';
import type { z } from 'zod';
import { invalid } from '@/db/errors';

/**
 * Reads the named fields of a submitted form for a shared zod schema: blank text becomes absent (so
 * `.optional()` and `.default(null)` apply), and a blank required field is refused as "required"
 * before zod turns it into a less helpful type error.
 */
export function parseForm<T extends z.ZodType>(
  schema: T,
  formData: FormData,
  fields: { required?: readonly string[]; optional?: readonly string[]; nullable?: readonly string[] },
  extra: Record<string, unknown> = {},
): z.infer<T> {
  const values: Record<string, unknown> = {};
  const missing: Record<string, string[]> = {};
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  for (const name of fields.required ?? []) {
    const value = text(name);
    if (value === undefined) missing[name] = ['required'];
    else values[name] = value;
  }
  for (const name of fields.optional ?? []) {
    const value = text(name);
    if (value !== undefined) values[name] = value;
  }
  // A blank nullable field is an explicit "none" (no parent, no end date).
  for (const name of fields.nullable ?? []) {
    if (formData.has(name)) values[name] = text(name) ?? null;
  }
  if (Object.keys(missing).length > 0) throw invalid(missing);
  return schema.parse({ ...values, ...extra });
}

/** A positive integer id from a hidden field; anything else reads as "not found" downstream. */
export function idField(formData: FormData, name = 'id'): number {
  const raw = formData.get(name);
  const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  if (id <= 0) throw invalid({ [name]: ['idInvalid'] });
  return id;
}
