'use client';

import { useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';

type Props = {
  action: FormAction;
  /** Hidden fields: the record's id and version, and what to set. */
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  /** An accessible name that says which record the button acts on, when the label alone does not. */
  ariaLabel?: string;
  tone?: 'primary' | 'secondary';
  /** Where the outcome is shown: above the button (in a panel) or not at all inline (a table row). */
  showStatus?: boolean;
};

/** One button that performs one change: disable, enable, deactivate, revoke. */
export function ConfirmButtonForm({ action, fields, label, pendingLabel, ariaLabel, tone = 'secondary', showStatus = true }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(showStatus || (state.message && !state.ok)) && <FormStatus state={state} />}
      <button className={tone === 'primary' ? 'button' : 'button secondary'} type="submit" disabled={pending} aria-label={ariaLabel}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
