import { useTranslations } from 'next-intl';
import type { FieldA11y } from './form-field';

export const UNIT_KINDS = ['leadership', 'division', 'district', 'commune', 'external'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit as a select shows it: in tree order, with its depth. */
export type UnitOption = { id: number; name: string; code: string; kind: UnitKind; depth: number; active: boolean };

type Props = {
  a11y: FieldA11y;
  units: UnitOption[];
  defaultValue?: number | null;
  /** "grouped": one group per kind (choosing an account's unit); "tree": indented (choosing a parent). */
  layout: 'grouped' | 'tree';
  placeholder: string;
  /** Whether the placeholder is a valid choice (no parent) or only a prompt. */
  placeholderSelectable?: boolean;
  exclude?: ReadonlySet<number>;
};

export function UnitSelect({ a11y, units, defaultValue, layout, placeholder, placeholderSelectable = false, exclude }: Props) {
  const t = useTranslations('admin.units');
  const shown = units.filter((u) => !exclude?.has(u.id));
  const label = (u: UnitOption) => (u.active ? u.name : `${u.name} (${t('inactiveShort')})`);
  return (
    <select {...a11y} defaultValue={defaultValue ?? ''}>
      <option value="" disabled={!placeholderSelectable}>
        {placeholder}
      </option>
      {layout === 'tree'
        ? shown.map((u) => (
            <option key={u.id} value={u.id}>
              {'\u00a0\u00a0\u00a0'.repeat(u.depth)}
              {label(u)}
            </option>
          ))
        : UNIT_KINDS.map((kind) => {
            const group = shown.filter((u) => u.kind === kind);
            if (group.length === 0) return null;
            return (
              <optgroup key={kind} label={t(`kinds.${kind}`)}>
                {group.map((u) => (
                  <option key={u.id} value={u.id}>
                    {label(u)}
                  </option>
                ))}
              </optgroup>
            );
          })}
    </select>
  );
}
