import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../../components/ColumnTable';
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
      <ColumnTable
        caption={t('admin.differences')}
        columns={[
          { heading: 'admin.figure', cell: (d) => d.figure },
          { heading: 'admin.incremental', numeric: true, cell: (d) => formatNumber(d.incremental, i18n.language) },
          { heading: 'admin.rebuilt', numeric: true, cell: (d) => formatNumber(d.rebuilt, i18n.language) },
        ]}
        rows={comparison.differences ?? []}
        rowKey={(d) => d.figure}
        empty={null}
      />
    </div>
  );
}
