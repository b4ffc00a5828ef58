import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton';

/** The partners' report (`path`, with its filters) as CSV in the user's language. */
export function PartnersCsvButton({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButton path={path} fileName={fileName}>
      {t('common.downloadCsv')}
    </DownloadButton>
  );
}
