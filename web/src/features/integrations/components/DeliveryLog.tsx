import { useTranslation } from 'react-i18next';
import { Pager, usePagedFilters } from '../../../components/DataEntry';
import { SectionWithRefresh } from '../../../components/Section';
import { WhenLoaded } from '../../../components/WhenLoaded';
import { LOG_PAGE_SIZE, useDeliveries } from '../hooks/useDeliveries';
import { NO_LOG_FILTERS, type LogFilters } from '../lib/deliveryLog';
import { DeliveryLogFilters } from './DeliveryLogFilters';
import { DeliveryLogTable } from './DeliveryLogTable';

/** An endpoint's delivery log, newest first, filtered; a changed filter starts again at the first page. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const { filters, filter, page, setPage } = usePagedFilters<LogFilters>(NO_LOG_FILTERS);
  const log = useDeliveries(endpointId, filters, page);
  return (
    <SectionWithRefresh
      id="delivery-log"
      heading={t('integrations.deliveryLog')}
      refresh={t('integrations.refresh')}
      onRefresh={log.reload}
    >
      <DeliveryLogFilters value={filters} onChange={filter} />
      <WhenLoaded loaded={log}>
        {(deliveries) => (
          <>
            <DeliveryLogTable endpointId={endpointId} deliveries={deliveries.items ?? []} reload={log.reload} />
            <Pager page={page} size={LOG_PAGE_SIZE} total={Number(deliveries.totalItems ?? 0)} onPage={setPage} />
          </>
        )}
      </WhenLoaded>
    </SectionWithRefresh>
  );
}
