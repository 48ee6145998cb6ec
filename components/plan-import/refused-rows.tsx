'use client';

import { useTranslations } from 'next-intl';
import type { ImportRefusedRow } from './import-types';
import styles from './import.module.css';

/** The refused rows with their sheet row number and each reason as "column header: message". */
export function RefusedRows({ rows }: { rows: ImportRefusedRow[] }) {
  const t = useTranslations();
  // A reason is "column:key" (db/queries/task-import.ts): the template's header and a fieldErrors message.
  const reason = (value: string) => {
    const at = value.indexOf(':');
    const column = at < 0 ? '' : value.slice(0, at);
    const key = at < 0 ? value : value.slice(at + 1);
    const message = t.has(`fieldErrors.${key}`) ? t(`fieldErrors.${key}`) : t('fieldErrors.invalid_type');
    if (!column || !t.has(`import.columns.${column}`)) return message;
    return t('import.preview.reason', { column: t(`import.columns.${column}`), message });
  };
  const title = t('import.preview.refusedTitle', { count: rows.length });
  return (
    <div className={styles.refused}>
      <h3 id="import-refused">{title}</h3>
      <p>{t('import.preview.refusedHelp')}</p>
      <div className="table-wrap">
        <table data-testid="import-refused">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('import.preview.columns.row')}</th>
              <th scope="col">{t('import.preview.columns.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                <td className="num">{r.row}</td>
                <td>
                  <ul className={styles.reasons}>
                    {r.reasons.map((x) => (
                      <li key={x}>{reason(x)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
