import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { ImportSummary } from '../lib/imports';

type Count = keyof ImportSummary;

/** How many of the register's rows are of each kind: as checked, or once committed as applied. */
export function ImportSummaryCounts({
  summary,
  counts,
}: {
  summary: ImportSummary | undefined;
  counts: readonly Count[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="pairs import-counts">
      {counts.map((count) => (
        <div className="pair" key={count}>
          <dt>{t(`imports.count.${count}`)}</dt>
          <dd data-count={count}>{formatNumber(Number(summary?.[count] ?? 0), i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}
