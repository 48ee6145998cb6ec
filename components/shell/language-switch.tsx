type Props = { label: string; ariaLabel: string; target: string; action: (formData: FormData) => Promise<void> };

/** A plain form posting to a Server Action: works before hydration and without JavaScript. */
export function LanguageSwitch({ label, ariaLabel, target, action }: Props) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={target} />
      <button type="submit" className="link" aria-label={ariaLabel} lang={target}>
        {label}
      </button>
    </form>
  );
}
