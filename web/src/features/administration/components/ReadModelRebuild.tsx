import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { LoadedTable } from '../../../components/WhenLoaded';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useRebuild } from '../hooks/useAdministration';
import { RebuildComparison } from './RebuildComparison';

/** Starts a rebuild of the read model, lists its generations, and shows the latest comparison. */
export function ReadModelRebuild() {
  const { t, i18n } = useTranslation();
  const submission = useSubmission();
  const { generations, building, latest, comparison, start } = useRebuild();
  return (
    <section aria-labelledby="rebuild">
      <div className="page-head">
        <h2 id="rebuild">{t('admin.rebuild')}</h2>
        <button
          type="button"
          className="primary"
          disabled={submission.pending || building}
          onClick={() => void submission.submit(start)}
        >
          {t('admin.startRebuild')}
        </button>
      </div>
      <FormProblem submission={submission} />
      <LoadedTable
        loaded={generations}
        loading={false}
        caption={t('admin.generations')}
        columns={[
          { heading: 'admin.generation', cell: (g) => g.number },
          {
            heading: 'work.status',
            cell: (g) => (
              <>
                {t(`admin.state.${g.state}`)}
                {g.failure ? `: ${g.failure}` : ''}
              </>
            ),
          },
          { heading: 'admin.createdAt', cell: (g) => formatDateTime(g.createdAt, i18n.language) },
          {
            heading: 'admin.eventsReplayed',
            numeric: true,
            cell: (g) => formatNumber(g.eventsReplayed, i18n.language),
          },
          { heading: 'admin.activatedAt', cell: (g) => formatDateTime(g.activatedAt, i18n.language) },
        ]}
        rowKey={(g) => g.number}
        rowAttributes={(g) => ({ 'data-generation-state': g.state })}
      />
      {latest && comparison && <RebuildComparison generation={latest.number} comparison={comparison} />}
    </section>
  );
}
