import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../components/Problem';
import type { AuditService } from '../lib/auditSearch';

/** One CSV per service for the same filters (each service writes its own trail, up to 10,000 entries). */
export function AuditCsvDownloads({
  services,
  download,
}: {
  services: AuditService[];
  download: (service: AuditService) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="actions">
      {services.map((service) => (
        <button key={service} type="button" onClick={() => download(service).then(() => setError(null), setError)}>
          {t('audit.csv', { service: t(`audit.serviceName.${service}`) })}
        </button>
      ))}
      {error ? <Problem error={error} /> : null}
    </div>
  );
}
