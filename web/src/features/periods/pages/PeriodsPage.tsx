import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { YearPicker } from '../../../components/YearPicker';
import { may } from '../../../lib/roles';
import { DriftDetails } from '../components/DriftDetails';
import { PeriodsOfYear } from '../components/PeriodsOfYear';
import { useYearApprovals } from '../hooks/usePeriods';

/**
 * Approved periods (admin, analyst): a year's periods, which are approved and how much changed since; admin
 * approves a period that is over; an approved period's drift lists every figure changed and the events since.
 */
export default function PeriodsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [shown, setShown] = useState<string | null>(null);
  const periods = useYearApprovals(year);
  return (
    <section aria-labelledby="periods-title">
      <div className="page-head">
        <h1 id="periods-title">{t('periods.title')}</h1>
        <YearPicker
          value={year}
          onChange={(next) => {
            setYear(next);
            setShown(null);
          }}
        />
      </div>
      <p className="muted">{t('periods.explained')}</p>
      {periods.error ? <Problem error={periods.error} retry={periods.reload} /> : null}
      {!periods.data && !periods.error && <Loading />}
      {periods.data && (
        <PeriodsOfYear
          periods={periods.data}
          canApprove={may(auth.roles, 'approvePeriods')}
          onApproved={periods.reload}
          onShow={setShown}
        />
      )}
      {shown && <DriftDetails key={shown} period={shown} />}
    </section>
  );
}
