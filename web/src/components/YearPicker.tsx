import { useTranslation } from 'react-i18next';
import { yearsSince } from '../lib/years';
import type { Choice } from './Fields';

/** The year a report is for, newest first, from the programme's first year (2010) to `last` (this year unless said). */
export function YearPicker({
  value,
  onChange,
  last,
  disabled = false,
}: Choice<number> & { last?: number; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('common.year')}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} disabled={disabled}>
        {yearsSince(2010, last).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
