import { useTranslation } from 'react-i18next';
import { yearsSince } from '../lib/years';

/** The year a report is for, newest first, from the programme's first year (2010) to `last` (this year unless said). */
export function YearPicker({
  year,
  onChange,
  last,
  disabled = false,
}: {
  year: number;
  onChange: (year: number) => void;
  last?: number;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t('common.year')}{' '}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))} disabled={disabled}>
        {yearsSince(2010, last).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
