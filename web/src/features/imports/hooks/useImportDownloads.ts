import { downloadCsv, downloadFile } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';

/** The files training-service makes for an import, saved by the browser: the empty register and an import's result. */
export function useImportDownloads() {
  const api = useApi();
  return {
    template: (format: string, accept: string, lang: string) =>
      downloadFile(
        api,
        api.config.trainingUrl,
        `/imports/trainees/template?format=${format}&lang=${lang}`,
        `trainees-${lang}.${format}`,
        accept,
      ),
    result: (id: string) =>
      downloadCsv(api, api.config.trainingUrl, `/imports/${id}/result`, `import-${id}-result.csv`),
  };
}
