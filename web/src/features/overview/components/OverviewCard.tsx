import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { valueAt, type Indicator } from '../../../lib/indicators';
import type { Progress } from '../lib/cards';
import { FigureTarget } from './FigureTarget';

/**
 * A card of the overview: each figure with its target's progress, or that the year has no target (nothing is said of
 * targets when the figures are one partner's or one phase's).
 */
export function OverviewCard({
  title,
  figures,
  report,
  targets,
  narrowed,
  year,
}: {
  title: string;
  figures: Indicator[];
  report: unknown;
  targets: Map<string | undefined, Progress>;
  narrowed: boolean;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card" aria-labelledby={`card-${title}`}>
      <h2 id={`card-${title}`}>{t(title)}</h2>
      <dl>
        {figures.map((indicator) => {
          const progress = targets.get(indicator);
          return (
            <div className="figure" key={indicator}>
              <dt>{t(`indicator.${indicator}`)}</dt>
              <dd className="value" data-indicator={indicator}>
                {formatNumber(valueAt(report, indicator), i18n.language)}
              </dd>
              <dd className="target">
                {progress ? (
                  <FigureTarget progress={progress} label={t(`indicator.${indicator}`)} />
                ) : (
                  !narrowed && <span className="muted">{t('overview.noTarget', { year })}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}
