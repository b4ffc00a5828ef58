import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A failed request said in words; a 403 is shown as such, never as a blank page. */
export function Problem({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof ApiError && error.status === 403) message = t('error.forbidden');
  else if (error instanceof ApiError && error.status === 401) message = t('error.unauthorized');
  else if (error instanceof ApiError && error.status === 404) message = t('error.notFound');
  else if (error instanceof ApiError && error.status === 429) {
    message =
      error.retryAfterSeconds == null
        ? t('error.tooManyRequests')
        : t('error.tooManyRequestsWait', { seconds: error.retryAfterSeconds });
  } else if (error instanceof TypeError) message = t('error.offline');
  else message = t('error.generic', { message: error instanceof Error ? error.message : String(error) });
  return (
    <div className="problem" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
