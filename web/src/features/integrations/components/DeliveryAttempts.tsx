import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
import { formatDateTime } from '../../../lib/format';
import type { DeliveryAttempt } from '../lib/endpoints';
import { formatMilliseconds } from '../lib/health';

/** Every attempt of one delivery: when, how long, the status code, the error and the first kilobyte of the answer. */
export function DeliveryAttempts({ attempts }: { attempts: DeliveryAttempt[] }) {
  const { t, i18n } = useTranslation();
  if (!attempts.length) return <p>{t('integrations.noAttempts')}</p>;
  return (
    <Table
      caption={t('integrations.attempts')}
      columns={
        <>
          <th>{t('integrations.attemptAt')}</th>
          <th className="num">{t('integrations.duration')}</th>
          <th className="num">{t('integrations.statusCode')}</th>
          <th>{t('integrations.error')}</th>
          <th>{t('integrations.response')}</th>
        </>
      }
    >
      {attempts.map((attempt, index) => (
        <tr key={`${attempt.at ?? ''}-${index}`}>
          <td>{formatDateTime(attempt.at, i18n.language)}</td>
          <td className="num">{formatMilliseconds(attempt.durationMs, i18n.language)}</td>
          <td className="num">{attempt.statusCode ?? t('integrations.noAnswer')}</td>
          <td className="wrap">{attempt.error}</td>
          <td className="wrap">{attempt.response && <pre className="answer">{attempt.response}</pre>}</td>
        </tr>
      ))}
    </Table>
  );
}
