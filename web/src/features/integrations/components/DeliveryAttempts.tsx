import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatDateTime } from '../../../lib/format';
import type { DeliveryAttempt } from '../lib/endpoints';
import { formatMilliseconds } from '../lib/health';

/** Every attempt of one delivery: when, how long, the status code, the error and the first kilobyte of the answer. */
export function DeliveryAttempts({ attempts }: { attempts: DeliveryAttempt[] }) {
  const { t, i18n } = useTranslation();
  if (!attempts.length) return <p>{t('integrations.noAttempts')}</p>;
  return (
    <ColumnTable
      caption={t('integrations.attempts')}
      columns={[
        { heading: 'integrations.attemptAt', cell: (attempt) => formatDateTime(attempt.at, i18n.language) },
        {
          heading: 'integrations.duration',
          numeric: true,
          cell: (attempt) => formatMilliseconds(attempt.durationMs, i18n.language),
        },
        {
          heading: 'integrations.statusCode',
          numeric: true,
          cell: (attempt) => attempt.statusCode ?? t('integrations.noAnswer'),
        },
        { heading: 'integrations.error', className: 'wrap', cell: (attempt) => attempt.error },
        {
          heading: 'integrations.response',
          className: 'wrap',
          cell: (attempt) => attempt.response && <pre className="answer">{attempt.response}</pre>,
        },
      ]}
      rows={attempts}
      rowKey={(attempt, index) => `${attempt.at ?? ''}-${index}`}
    />
  );
}
