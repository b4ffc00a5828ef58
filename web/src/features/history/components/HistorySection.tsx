import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { may } from '../../../lib/roles';
import { HISTORY_FEATURE, useHistory, type HistoryKind } from '../hooks/useHistory';
import { entryKey } from '../lib/history';
import { HistoryEntryItem } from './HistoryEntryItem';

/**
 * "Change history" of a centre, group, session or trainee, for the roles that may read it (nothing for the others).
 * Read when the user opens it (a history that shows personal values is itself recorded as a read of them), and
 * again whenever the record's version moves.
 */
export function HistorySection({ kind, id, version }: { kind: HistoryKind; id: string; version: unknown }) {
  const { t } = useTranslation();
  const { roles } = useAuth();
  const [open, setOpen] = useState(false);
  if (!may(roles, HISTORY_FEATURE[kind])) return null;
  return (
    <section aria-labelledby="change-history" data-history>
      <div className="page-head">
        <h2 id="change-history">{t('history.title')}</h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="change-history-entries"
          onClick={() => setOpen(!open)}
        >
          {open ? t('history.hide') : t('history.show')}
        </button>
      </div>
      <div id="change-history-entries">{open && <HistoryList kind={kind} id={id} version={version} />}</div>
    </section>
  );
}

function HistoryList({ kind, id, version }: { kind: HistoryKind; id: string; version: unknown }) {
  const { t } = useTranslation();
  const history = useHistory(kind, id, version);
  return (
    <>
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
    </>
  );
}
