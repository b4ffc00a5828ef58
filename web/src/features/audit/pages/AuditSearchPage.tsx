import { useState } from 'react';
import { BackLink } from '../../../components/RecordPage';
import { useTranslation } from 'react-i18next';
import { AuditCsvDownloads } from '../components/AuditCsvDownloads';
import { AuditFilterForm } from '../components/AuditFilterForm';
import { AuditResults } from '../components/AuditResults';
import { useAuditSearch } from '../hooks/useAuditSearch';
import { NO_FILTERS, servicesOf } from '../lib/auditSearch';

/** Administration's audit search: who changed what and when, across the services that keep a trail. */
export default function AuditSearchPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(NO_FILTERS);
  const search = useAuditSearch(filters);
  return (
    <>
      <BackLink to="/admin">{t('audit.backToAdministration')}</BackLink>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditFilterForm value={filters} onChange={setFilters} />
      <AuditCsvDownloads services={servicesOf(filters)} download={search.downloadCsv} />
      <AuditResults search={search} />
    </>
  );
}
