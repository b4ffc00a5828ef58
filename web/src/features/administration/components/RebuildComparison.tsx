import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import type { Comparison } from '../hooks/useAdministration';

/** How many figures a rebuild compared, how many differ, and each different figure. */
export function RebuildComparison({
  generation,
  comparison,
}: {
  generation: number | undefined;
  comparison: Comparison;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <h3>{t('admin.comparisonOf', { number: generation })}</h3>
      <p>
        {t('admin.comparisonSummary', {
          compared: formatNumber(comparison.figuresCompared, i18n.language),
          different: formatNumber(comparison.differencesFound, i18n.language),
        })}{' '}
        {comparison.liveConsumerCaughtUp ? '' : t('admin.notCaughtUp')}
      </p>
      {comparison.differences?.length ? (
        <Table
          caption={t('admin.differences')}
          columns={
            <>
              <th scope="col">{t('admin.figure')}</th>
              <th scope="col" className="num">
                {t('admin.incremental')}
              </th>
              <th scope="col" className="num">
                {t('admin.rebuilt')}
              </th>
            </>
          }
        >
          {comparison.differences.map((d) => (
            <tr key={d.figure}>
              <td>{d.figure}</td>
              <td className="num">{formatNumber(d.incremental, i18n.language)}</td>
              <td className="num">{formatNumber(d.rebuilt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </div>
  );
}
