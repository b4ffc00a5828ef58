import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { may } from '../../../lib/roles';
import { HISTORY_FEATURE, useHistory, type HistoryKind } from '../hooks/useHistory';
import { entryKey } from '../lib/history';
import { HistoryEntryItem } from './HistoryEntryItem';

/**
 * "Change history" of a centre, group, session or trainee, for the roles that may read it (nothing for the others):
 * read again whenever the record's version moves.
 */
export function HistorySection({ kind, id, version }: { kind: HistoryKind; id: string; version: unknown }) {
  const { roles } = useAuth();
  if (!may(roles, HISTORY_FEATURE[kind])) return null;
  return <HistoryList kind={kind} id={id} version={version} />;
}

function HistoryList({ kind, id, version }: { kind: HistoryKind; id: string; version: unknown }) {
  const { t } = useTranslation();
  const history = useHistory(kind, id, version);
  return (
    <section aria-labelledby="change-history" data-history>
      <h2 id="change-history">{t('history.title')}</h2>
      {history.error ? <Problem error={history.error} retry={history.reload} /> : null}
      {!history.loaded && !history.error && <Loading />}
      {history.loaded && history.entries.length === 0 && <p>{t('history.none')}</p>}
      <ol className="history-entries">
        {history.entries.map((entry, index) => (
          <HistoryEntryItem key={entryKey(entry, index)} entry={entry} />
        ))}
      </ol>
      {history.hasOlder && (
        <button type="button" disabled={history.loadingOlder} onClick={() => void history.loadOlder()}>
          {history.loadingOlder ? t('app.loading') : t('history.older')}
        </button>
      )}
    </section>
  );
}
