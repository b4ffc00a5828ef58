import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeadingWithRefresh, Pager } from '../../../components/DataEntry';
import { Loading, Problem } from '../../../components/Problem';
import { LOG_PAGE_SIZE, useDeliveries } from '../hooks/useDeliveries';
import { NO_LOG_FILTERS, type LogFilters } from '../lib/deliveryLog';
import { DeliveryLogFilters } from './DeliveryLogFilters';
import { DeliveryLogTable } from './DeliveryLogTable';

/** An endpoint's delivery log, newest first, filtered; a changed filter starts again at the first page. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<LogFilters>(NO_LOG_FILTERS);
  const [page, setPage] = useState(0);
  const log = useDeliveries(endpointId, filters, page);
  return (
    <section aria-labelledby="delivery-log">
      <HeadingWithRefresh
        heading={t('integrations.deliveryLog')}
        headingId="delivery-log"
        refresh={t('integrations.refresh')}
        onRefresh={log.reload}
      />
      <DeliveryLogFilters
        filters={filters}
        onChange={(changed) => {
          setFilters(changed);
          setPage(0);
        }}
      />
      {log.error ? <Problem error={log.error} retry={log.reload} /> : null}
      {log.loading && !log.data ? <Loading /> : null}
      {log.data && (
        <>
          <DeliveryLogTable endpointId={endpointId} deliveries={log.data.items ?? []} reload={log.reload} />
          <Pager page={page} size={LOG_PAGE_SIZE} total={Number(log.data.totalItems ?? 0)} onPage={setPage} />
        </>
      )}
    </section>
  );
}
