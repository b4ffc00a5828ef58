import { useTranslation } from 'react-i18next';
import { barWidth, formatNumber, formatPercent } from '../../../lib/format';
import type { Progress } from '../lib/cards';

/** A figure's progress towards its target, said and drawn as a bar. */
export function FigureTarget({ progress, label }: { progress: Progress; label: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const width = barWidth(progress.percentage);
  return (
    <>
      <span>
        {t('overview.progress', {
          actual: formatNumber(progress.actual, language),
          target: formatNumber(progress.target, language),
          percent: formatPercent(progress.percentage, language),
        })}
      </span>
      <span className="bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={width} aria-label={label}>
        <span style={{ width: `${width}%` }} />
      </span>
    </>
  );
}
