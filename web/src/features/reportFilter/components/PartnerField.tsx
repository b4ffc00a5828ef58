import { useTranslation } from 'react-i18next';
import { usePartnerCodes } from '../hooks/usePartnerCodes';
import type { ReportFilter } from '../lib/reportFilter';

/** Whose results: every partner's, or one partner's. */
export function PartnerField({ filter, onChange }: { filter: ReportFilter; onChange: (filter: ReportFilter) => void }) {
  const { t } = useTranslation();
  const partners = usePartnerCodes();
  // a code in the address that the list does not (yet) hold is still shown, so the picker says what the page counts
  const codes = [...new Set([...(partners.data ?? []), ...(filter.partnerCode ? [filter.partnerCode] : [])])];
  return (
    <label>
      {t('reportFilter.partner')}{' '}
      <select value={filter.partnerCode ?? ''} onChange={(e) => onChange({ ...filter, partnerCode: e.target.value })}>
        <option value="">{t('reportFilter.everyPartner')}</option>
        {codes.map((code) => (
          <option key={code} value={code}>{code}</option>
        ))}
      </select>
    </label>
  );
}
