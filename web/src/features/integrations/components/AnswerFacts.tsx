import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '../../../components/Facts';
import { formatMilliseconds } from '../lib/health';

/** How an endpoint answered one request: status, time taken, the error, and the start of what it said. */
export function AnswerFacts({
  answer,
}: {
  answer: { statusCode?: number; durationMs?: number; error?: string; response?: string };
}) {
  const { t, i18n } = useTranslation();
  return (
    <Facts>
      <Fact label={t('integrations.statusCode')}>{answer.statusCode ?? t('integrations.noAnswer')}</Fact>
      <Fact label={t('integrations.duration')}>{formatMilliseconds(answer.durationMs, i18n.language)}</Fact>
      {answer.error && <Fact label={t('integrations.error')}>{answer.error}</Fact>}
      {answer.response && (
        <Fact label={t('integrations.response')}>
          <pre className="answer">{answer.response}</pre>
        </Fact>
      )}
    </Facts>
  );
}
