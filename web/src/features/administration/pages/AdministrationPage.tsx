import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DeadLetters } from '../components/DeadLetters';
import { ReadModelRebuild } from '../components/ReadModelRebuild';
import { ServiceStatusTable } from '../components/ServiceStatusTable';

/** Administration: each service's outbox, dead letters with their re-drive, and the read-model rebuild. */
export default function AdministrationPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>
        <Link to="/admin/audit">{t('audit.title')}</Link>
      </p>
      <ServiceStatusTable />
      <DeadLetters />
      <ReadModelRebuild />
    </>
  );
}
