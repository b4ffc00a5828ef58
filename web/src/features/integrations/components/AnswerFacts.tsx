import { useTranslation } from 'react-i18next';
import { formatMilliseconds } from '../lib/health';

/** How an endpoint answered one request: status, time taken, the error, and the start of what it said. */
export function AnswerFacts({
  answer,
}: {
  answer: { statusCode?: number; durationMs?: number; error?: string; response?: string };
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="pairs">
      <div className="pair">
        <dt>{t('integrations.statusCode')}</dt>
        <dd>{answer.statusCode ?? t('integrations.noAnswer')}</dd>
      </div>
      <div className="pair">
        <dt>{t('integrations.duration')}</dt>
        <dd>{formatMilliseconds(answer.durationMs, i18n.language)}</dd>
      </div>
      {answer.error && (
        <div className="pair">
          <dt>{t('integrations.error')}</dt>
          <dd>{answer.error}</dd>
        </div>
      )}
      {answer.response && (
        <div className="pair">
          <dt>{t('integrations.response')}</dt>
          <dd>
            <pre className="answer">{answer.response}</pre>
          </dd>
        </div>
      )}
    </dl>
  );
}
