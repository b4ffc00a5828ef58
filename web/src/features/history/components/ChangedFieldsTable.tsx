import { useTranslation } from 'react-i18next';
import { useHistoryNames } from '../hooks/useHistoryNames';
import type { FieldChange } from '../lib/history';
import { ChangedValue } from './ChangedValue';

/** The fields one write changed, each with its value before and after. */
export function ChangedFieldsTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const { t } = useTranslation();
  const { fieldName } = useHistoryNames();
  if (changes.length === 0) return null;
  return (
    <table className="changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('work.field')}</th>
          <th scope="col">{t('history.before')}</th>
          <th scope="col">{t('history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change, index) => (
          <tr key={`${change.entity ?? ''}${change.entityId ?? ''}${change.field}-${index}`} data-field={change.field}>
            <th scope="row">{fieldName(change)}</th>
            <td data-before>
              <ChangedValue field={change.field} value={change.before} />
            </td>
            <td data-after>
              <ChangedValue field={change.field} value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
