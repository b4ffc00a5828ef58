import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { barWidth, formatNumber, formatPercent } from '../../../lib/format';
import type { Indicator } from '../../../lib/indicators';

type Progress = components['schemas']['Progress'];

/** An indicator's target (an input while editing), its actual figure and the share of the target reached. */
export function TargetRow({
  indicator,
  target,
  actual,
  progress,
  edit,
  onEdit,
}: {
  indicator: Indicator;
  target: number | undefined;
  actual: number | null | undefined;
  progress: Progress | undefined;
  edit: string | null;
  onEdit: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <tr>
      <th scope="row">{t(`indicator.${indicator}`)}</th>
      <td className="num">
        {edit !== null ? (
          <input
            type="text"
            inputMode="numeric"
            pattern="\d*"
            size={8}
            aria-label={`${t('targets.target')}: ${t(`indicator.${indicator}`)}`}
            value={edit}
            onChange={(e) => onEdit(e.target.value)}
          />
        ) : (
          formatNumber(target, language)
        )}
      </td>
      <td className="num">{formatNumber(actual, language)}</td>
      <td>
        {progress ? (
          <span className="with-bar">
            {formatPercent(progress.percentage, language)}
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${barWidth(progress.percentage)}%` }} />
            </span>
          </span>
        ) : (
          '–'
        )}
      </td>
    </tr>
  );
}
