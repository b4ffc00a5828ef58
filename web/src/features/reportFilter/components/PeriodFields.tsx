import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locale } from '../../../lib/format';
import { yearsSince } from '../../../lib/years';
import { SelectField } from './SelectField';
import { periodChoice, withPeriod, type PeriodKind, type ReportFilter } from '../lib/reportFilter';

const KINDS: PeriodKind[] = ['all', 'year', 'quarter', 'month', 'dates'];
const FIRST_YEAR = 2010;

/** When: every day, a year, a quarter, a month, or the days between two dates. */
export function PeriodFields({ filter, onChange }: { filter: ReportFilter; onChange: (filter: ReportFilter) => void }) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  // "between dates" before either date is typed: the address holds no date yet, so the choice is remembered here
  const [datesChosen, setDatesChosen] = useState(false);
  const read = periodChoice(filter, thisYear);
  const choice = read.kind === 'all' && datesChosen ? { ...read, kind: 'dates' as const } : read;
  const choose = (change: Partial<typeof choice>) => {
    const next = { ...choice, ...change };
    setDatesChosen(next.kind === 'dates');
    onChange(withPeriod(filter, next));
  };
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(locale(i18n.language), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, month - 1, 1)),
    );
  const parts = choice.kind === 'quarter' ? [1, 2, 3, 4] : Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <>
      <SelectField
        label={t('reportFilter.period')}
        value={choice.kind}
        onChange={(kind) => choose({ kind: kind as PeriodKind, part: 1 })}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`reportFilter.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {['year', 'quarter', 'month'].includes(choice.kind) && (
        <SelectField label={t('common.year')} value={choice.year} onChange={(year) => choose({ year: Number(year) })}>
          {yearsSince(FIRST_YEAR, thisYear).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
      )}
      {(choice.kind === 'quarter' || choice.kind === 'month') && (
        <SelectField
          label={t(`reportFilter.kind.${choice.kind}`)}
          value={choice.part}
          onChange={(part) => choose({ part: Number(part) })}
        >
          {parts.map((part) => (
            <option key={part} value={part}>
              {choice.kind === 'quarter' ? t('reportFilter.quarterNumber', { n: part }) : monthName(part)}
            </option>
          ))}
        </SelectField>
      )}
      {choice.kind === 'dates' && (
        <>
          <label>
            {t('common.from')}{' '}
            <input
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => onChange({ ...filter, from: e.target.value })}
            />
          </label>
          <label>
            {t('common.to')}{' '}
            <input type="date" value={filter.to ?? ''} onChange={(e) => onChange({ ...filter, to: e.target.value })} />
          </label>
        </>
      )}
    </>
  );
}
