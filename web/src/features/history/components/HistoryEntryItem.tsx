import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useHistoryNames } from '../hooks/useHistoryNames';
import { changesOf, type AuditEntry } from '../lib/history';
import { ChangedFieldsTable } from './ChangedFieldsTable';

/** One entry of a history: who did what and when, and the fields it changed. */
export function HistoryEntryItem({ entry, record }: { entry: AuditEntry; record?: string }) {
  const { t, i18n } = useTranslation();
  const { actionName } = useHistoryNames();
  const action = actionName(entry.action);
  const when = formatDateTime(entry.at, i18n.language);
  return (
    <li className="history-entry" data-action={entry.action}>
      <p>
        <strong data-actor>{entry.actor}</strong>
        {entry.role ? ` (${entry.role})` : ''} · <time dateTime={entry.at}>{when}</time> · <span>{action}</span>
        {record ? ` · ${record}` : ''}
      </p>
      <ChangedFieldsTable changes={changesOf(entry)} caption={t('history.changesOf', { action, when })} />
    </li>
  );
}
