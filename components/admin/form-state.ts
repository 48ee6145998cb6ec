'use client';

import { useActionState, useEffect, useRef, startTransition, type FormEvent } from 'react';

/** What a Server Action answers a form with (the shape of app/lib/action.ts ActionState). */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  current?: unknown;
  result?: unknown;
};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState for our forms. Submitting through onSubmit keeps what the user typed when the
 * server refuses it (React resets a form after a plain `action` submit); `action` stays on the form
 * so it still posts before hydration. `resetOnSuccess` clears the form after a successful create.
 */
export function useFormAction(action: FormAction, options: { resetOnSuccess?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, {});
  const ref = useRef<HTMLFormElement>(null);
  const { resetOnSuccess = false } = options;
  useEffect(() => {
    if (state.ok && resetOnSuccess) ref.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, pending, formProps: { ref, action: formAction, onSubmit, noValidate: true } };
}

/** The errors of one field, if the last answer named it. */
export function fieldErrors(state: FormState, name: string): string[] | undefined {
  return state.errors?.[name];
}
