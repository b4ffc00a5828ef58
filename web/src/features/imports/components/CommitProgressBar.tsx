import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { ImportSummary } from '../lib/imports';
import { commitProgress } from '../lib/progress';

/** How many of the register's rows the commit has applied so far, as a bar and in words. */
export function CommitProgressBar({ summary }: { summary: ImportSummary | undefined }) {
  const { t, i18n } = useTranslation();
  const { done, total, percent } = commitProgress(summary);
  const label = t('imports.progress', {
    done: formatNumber(done, i18n.language),
    total: formatNumber(total, i18n.language),
  });
  return (
    <div className="commit-progress" role="status">
      <progress max={100} value={percent} aria-label={t('imports.progressLabel')} />
      <span>{label}</span>
    </div>
  );
}
