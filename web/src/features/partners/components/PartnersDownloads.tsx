import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton';

/**
 * The partners' report (`path`, with its filters) as CSV and as the donor's PDF report pack, in the user's language;
 * `fileName` is the files' name without its extension.
 */
export function PartnersDownloads({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <DownloadButton path={path} fileName={`${fileName}.csv`}>
        {t('common.downloadCsv')}
      </DownloadButton>
      <DownloadButton path={path} fileName={`${fileName}.pdf`} accept="application/pdf">
        {t('common.downloadPdf')}
      </DownloadButton>
    </>
  );
}
