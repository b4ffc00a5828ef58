import { PlainTable } from '../../../components/Table';
import { useHistoryNames } from '../hooks/useHistoryNames';
import type { FieldChange } from '../lib/history';
import { ChangedValue } from './ChangedValue';

/** The fields one write changed, each with its value before and after. */
export function ChangedFieldsTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const { fieldName } = useHistoryNames();
  if (changes.length === 0) return null;
  return (
    <PlainTable
      className="changes"
      caption={caption}
      captionClassName="visually-hidden"
      headings={['work.field', 'history.before', 'history.after']}
    >
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
    </PlainTable>
  );
}
