'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

type Props = {
  /** The path the form shows results on (/tasks, /tasks/board, /tasks/timeline). */
  action: string;
  label: string;
  /** The filter values in effect, by field name: the fields follow them after each navigation. */
  values: Record<string, string>;
  className?: string;
  children: React.ReactNode;
};

/**
 * A plain GET form, so filtering works without JavaScript. With JavaScript it leaves empty fields
 * out of the URL, applies a select as soon as it changes, and navigates without a full reload
 * (focus stays on the field that changed).
 */
export function TaskFilterForm({ action, label, values, className, children }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const valuesKey = JSON.stringify(values);

  // After a navigation (a link such as "clear filters", the back button) the fields show the URL's state.
  useEffect(() => {
    const current = JSON.parse(valuesKey) as Record<string, string>;
    for (const element of Array.from(form.current?.elements ?? [])) {
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
        if (element.name && element.type !== 'submit' && element.type !== 'hidden') element.value = current[element.name] ?? '';
      }
    }
  }, [valuesKey]);

  function navigate(target: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(target)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      ref={form}
      method="get"
      action={action}
      role="search"
      aria-label={label}
      aria-busy={pending}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(event.currentTarget);
      }}
      onChange={(event) => {
        const field = event.target;
        if (!(field instanceof HTMLSelectElement)) return;
        // A priority belongs to one plan: switching plans starts from all of its priorities.
        if (field.name === 'plan') {
          const priority = event.currentTarget.elements.namedItem('priority');
          if (priority instanceof HTMLSelectElement) priority.value = '';
        }
        navigate(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
