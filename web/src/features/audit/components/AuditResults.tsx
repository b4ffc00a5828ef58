import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { HistoryEntryItem } from '../../history/components/HistoryEntryItem';
import { entryKey } from '../../history/lib/history';
import type { useAuditSearch } from '../hooks/useAuditSearch';

/** The matching entries of every service asked, newest first, with the older ones on request. */
export function AuditResults({ search }: { search: ReturnType<typeof useAuditSearch> }) {
  const { t } = useTranslation();
  if (!search.loaded) return <Loading />;
  return (
    <section aria-labelledby="audit-results">
      <h2 id="audit-results">{t('audit.results')}</h2>
      {search.failures.map(({ service, error }) => (
        <div key={service}>
          <p>{t(`audit.serviceName.${service}`)}:</p>
          <Problem error={error} />
        </div>
      ))}
      {search.entries.length === 0 && <p>{t('audit.none')}</p>}
      <ol className="history-entries">
        {search.entries.map(({ service, entry }, index) => (
          <HistoryEntryItem
            key={`${service}-${entryKey(entry, index)}`}
            entry={entry}
            record={`${t(`audit.serviceName.${service}`)}: ${entry.aggregate} ${entry.id}`}
          />
        ))}
      </ol>
      {search.hasMore && (
        <button type="button" disabled={search.loading} onClick={() => void search.loadOlder()}>
          {search.loading ? t('app.loading') : t('history.older')}
        </button>
      )}
    </section>
  );
}
