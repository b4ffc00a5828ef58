import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { usePartnerCodes } from '../hooks/usePartnerCodes';
import { usePhases } from '../hooks/usePhases';
import type { ReportFilter } from '../lib/reportFilter';
import { PeriodFields } from './PeriodFields';

/** Whose results, and when: the period, the programme's phase and the partner a report page counts. */
export function ReportFilterPicker({ filter, onChange }: { filter: ReportFilter; onChange: (filter: ReportFilter) => void }) {
  const { t } = useTranslation();
  const { language } = useReference();
  const phases = usePhases();
  const partners = usePartnerCodes();
  // a code in the address that the lists do not (yet) hold is still shown, so the picker says what the page counts
  const partnerCodes = [...new Set([...(partners.data ?? []), ...(filter.partnerCode ? [filter.partnerCode] : [])])];
  return (
    <fieldset className="filters report-filter">
      <legend>{t('reportFilter.legend')}</legend>
      <PeriodFields filter={filter} onChange={onChange} />
      <label>
        {t('reportFilter.phase')}{' '}
        <select value={filter.phase ?? ''} onChange={(e) => onChange({ ...filter, phase: e.target.value })}>
          <option value="">{t('reportFilter.everyPhase')}</option>
          {(phases.data ?? []).map((phase) => (
            <option key={phase.code} value={phase.code}>{phase.name[language]}</option>
          ))}
          {filter.phase && !phases.data?.some((p) => p.code === filter.phase) && <option value={filter.phase}>{filter.phase}</option>}
        </select>
      </label>
      <label>
        {t('reportFilter.partner')}{' '}
        <select value={filter.partnerCode ?? ''} onChange={(e) => onChange({ ...filter, partnerCode: e.target.value })}>
          <option value="">{t('reportFilter.everyPartner')}</option>
          {partnerCodes.map((code) => (
            <option key={code} value={code}>{code}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
