import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
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
      {generations.error ? <Problem error={generations.error} retry={generations.reload} /> : null}
      {generations.data && (
        <Table
          caption={t('admin.generations')}
          columns={
            <>
              <th scope="col">{t('admin.generation')}</th>
              <th scope="col">{t('work.status')}</th>
              <th scope="col">{t('admin.createdAt')}</th>
              <th scope="col" className="num">
                {t('admin.eventsReplayed')}
              </th>
              <th scope="col">{t('admin.activatedAt')}</th>
            </>
          }
        >
          {generations.data.map((g) => (
            <tr key={g.number} data-generation-state={g.state}>
              <td>{g.number}</td>
              <td>
                {t(`admin.state.${g.state}`)}
                {g.failure ? `: ${g.failure}` : ''}
              </td>
              <td>{formatDateTime(g.createdAt, i18n.language)}</td>
              <td className="num">{formatNumber(g.eventsReplayed, i18n.language)}</td>
              <td>{formatDateTime(g.activatedAt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      )}
      {latest && comparison && <RebuildComparison generation={latest.number} comparison={comparison} />}
    </section>
  );
}
