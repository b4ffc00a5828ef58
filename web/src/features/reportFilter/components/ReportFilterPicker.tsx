import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../components/Fields';
import { useReference } from '../../../components/Reference';
import { usePhases } from '../hooks/usePhases';
import type { ReportFilter } from '../lib/reportFilter';
import { SelectField } from './SelectField';
import { PartnerField } from './PartnerField';
import { PeriodFields } from './PeriodFields';

/**
 * Whose results, and when: the period, the programme's phase and the partner a report page counts (`choosePartner`
 * false on a page that is by partner already).
 */
export function ReportFilterPicker({
  value: filter,
  onChange,
  choosePartner = true,
}: Choice<ReportFilter> & { choosePartner?: boolean }) {
  const { t } = useTranslation();
  const { language } = useReference();
  const phases = usePhases();
  return (
    <fieldset className="filters report-filter">
      <legend>{t('reportFilter.legend')}</legend>
      <PeriodFields filter={filter} onChange={onChange} />
      <SelectField
        label={t('reportFilter.phase')}
        value={filter.phase ?? ''}
        onChange={(phase) => onChange({ ...filter, phase })}
      >
        <option value="">{t('reportFilter.everyPhase')}</option>
        {(phases.data ?? []).map((phase) => (
          <option key={phase.code} value={phase.code}>
            {phase.name[language]}
          </option>
        ))}
        {filter.phase && !phases.data?.some((p) => p.code === filter.phase) && (
          <option value={filter.phase}>{filter.phase}</option>
        )}
      </SelectField>
      {choosePartner && <PartnerField filter={filter} onChange={onChange} />}
    </fieldset>
  );
}
