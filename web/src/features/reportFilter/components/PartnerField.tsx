import { useTranslation } from 'react-i18next';
import { usePartnerCodes } from '../hooks/usePartnerCodes';
import { SelectField } from './SelectField';
import type { ReportFilter } from '../lib/reportFilter';

/** Whose results: every partner's, or one partner's. */
export function PartnerField({ filter, onChange }: { filter: ReportFilter; onChange: (filter: ReportFilter) => void }) {
  const { t } = useTranslation();
  const partners = usePartnerCodes();
  // a code in the address that the list does not (yet) hold is still shown, so the picker says what the page counts
  const codes = [...new Set([...(partners.data ?? []), ...(filter.partnerCode ? [filter.partnerCode] : [])])];
  return (
    <SelectField
      label={t('reportFilter.partner')}
      value={filter.partnerCode ?? ''}
      onChange={(partnerCode) => onChange({ ...filter, partnerCode })}
    >
      <option value="">{t('reportFilter.everyPartner')}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {code}
        </option>
      ))}
    </SelectField>
  );
}
