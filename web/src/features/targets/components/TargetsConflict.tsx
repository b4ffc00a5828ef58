import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { TargetChange } from '../lib/targets';

/** What someone else saved meanwhile, and the way to save the user's changes over it. */
export function TargetsConflict({ changes, onRetry }: { changes: TargetChange[]; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="conflict" role="alert">
      <p>{t('targets.conflict')}</p>
      <ul>
        {changes.map((c) => (
          <li key={`${c.year}-${c.indicator}`}>
            {t('targets.changed', {
              indicator: t(`indicator.${c.indicator}`, { defaultValue: c.indicator }),
              year: c.year,
              before: formatNumber(c.before, i18n.language),
              after: formatNumber(c.after, i18n.language),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onRetry}>
        {t('targets.retry')}
      </button>
    </div>
  );
}
