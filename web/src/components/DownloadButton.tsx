import { useState, type ReactNode } from 'react';
import { downloadFile } from '../api/client';
import { useApi } from '../api/ApiContext';
import { Problem } from './Problem';

/**
 * A file a report service makes (`path` on `baseUrl`, with its query), asked for in the user's language with the
 * content type `accept`, saved as `fileName`; a refusal is said beside the button.
 */
export function DownloadButton({
  baseUrl,
  path,
  fileName,
  accept = 'text/csv',
  children,
}: {
  baseUrl?: string;
  path: string;
  fileName: string;
  accept?: string;
  children: ReactNode;
}) {
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const download = () => {
    setError(null);
    setPending(true);
    downloadFile(api, baseUrl ?? api.config.reportingUrl, path, fileName, accept)
      .catch(setError)
      .finally(() => setPending(false));
  };
  return (
    <>
      <button type="button" onClick={download} disabled={pending} aria-busy={pending || undefined}>
        {children}
      </button>
      {error ? <Problem error={error} /> : null}
    </>
  );
}
