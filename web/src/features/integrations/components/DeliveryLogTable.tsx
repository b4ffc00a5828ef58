import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
import { formatDateTime } from '../../../lib/format';
import { eventName, type Delivery } from '../lib/endpoints';
import { DeliveryAttempts } from './DeliveryAttempts';
import { RedeliverButton } from './RedeliverButton';

/** One page of the log: each delivery with its outcome, its attempts on demand, and a button to send it again. */
export function DeliveryLogTable({
  endpointId,
  deliveries,
  reload,
}: {
  endpointId: string;
  deliveries: Delivery[];
  reload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  if (!deliveries.length) return <p>{t('integrations.noDeliveries')}</p>;
  return (
    <Table
      caption={t('integrations.deliveryLog')}
      columns={
        <>
          <th>{t('integrations.queuedAt')}</th>
          <th>{t('integrations.eventType')}</th>
          <th>{t('integrations.subject')}</th>
          <th className="num">{t('integrations.sequence')}</th>
          <th>{t('integrations.deliveryStatus')}</th>
          <th>{t('integrations.attempts')}</th>
          <th>{t('integrations.nextAttempt')}</th>
          <th>
            <span className="visually-hidden">{t('integrations.redeliver')}</span>
          </th>
        </>
      }
    >
      {deliveries.map((delivery) => {
        const id = delivery.id ?? '';
        const open = opened === id;
        return (
          <Fragment key={id}>
            <tr>
              <td>{formatDateTime(delivery.queuedAt, i18n.language)}</td>
              <td title={delivery.eventType}>{eventName(delivery.eventType)}</td>
              <td className="number">{delivery.subject}</td>
              <td className="num">{delivery.sequence}</td>
              <td>
                <span className={`badge delivery-${delivery.status ?? ''}`}>
                  {t(`deliveryStatus.${delivery.status ?? 'PENDING'}`)}
                </span>
              </td>
              <td>
                <button type="button" className="link" aria-expanded={open} onClick={() => setOpened(open ? null : id)}>
                  {t('integrations.attemptCount', { count: delivery.attemptCount ?? 0 })}
                </button>
              </td>
              <td>{delivery.status === 'PENDING' ? formatDateTime(delivery.nextAttemptAt, i18n.language) : '–'}</td>
              <td>
                <RedeliverButton endpointId={endpointId} deliveryId={id} onQueued={reload} />
              </td>
            </tr>
            {open && (
              <tr>
                <td colSpan={8} className="wrap">
                  <p className="muted number">{t('integrations.webhookId', { id: delivery.eventId ?? '' })}</p>
                  <DeliveryAttempts attempts={delivery.attempts ?? []} />
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </Table>
  );
}
