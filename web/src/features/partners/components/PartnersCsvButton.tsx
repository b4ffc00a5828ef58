import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { Problem } from '../../../components/Problem';

/** The partners' report (`path`, with its filters) as CSV in the user's language. */
export function PartnersCsvButton({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const download = () => {
    setError(null);
    downloadCsv(api, api.config.reportingUrl, path, fileName).catch(setError);
  };
  return (
    <>
      <button type="button" onClick={download}>{t('common.downloadCsv')}</button>
      {error ? <Problem error={error} /> : null}
    </>
  );
}
