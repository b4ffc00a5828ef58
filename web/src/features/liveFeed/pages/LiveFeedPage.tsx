import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../../../components/LiveEvents';
import { Problem } from '../../../components/Problem';
import { ApiError } from '../../../api/client';
import { formatDateTime } from '../../../lib/format';
import { ColumnTable } from '../../../components/ColumnTable';
import { eventName, summary } from '../lib/events';

/** The public events as they arrive, filterable by type. */
export default function LiveFeedPage() {
  const { t, i18n } = useTranslation();
  const live = useLiveEvents();
  const [type, setType] = useState('');
  const types = [...new Set(live.events.map((e) => e.type))].sort();
  const shown = live.events.filter((e) => !type || e.type === type);
  return (
    <section aria-labelledby="feed-title">
      <div className="page-head">
        <h1 id="feed-title">{t('feed.title')}</h1>
        <label>
          {t('feed.filter')}{' '}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('feed.all')}</option>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {eventName(ty)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {live.forbidden ? (
        <Problem error={new ApiError(403, null)} />
      ) : (
        <p role="status" className={live.connected ? 'badge badge-fresh' : 'badge badge-unknown'}>
          {live.connected ? t('feed.connected') : t('feed.connecting')}
        </p>
      )}
      <ColumnTable
        caption={t('feed.title')}
        tableClassName="feed"
        announcesRows
        tabIndex={0}
        role="region"
        aria-label={t('feed.title')}
        columns={[
          {
            heading: 'feed.received',
            cell: (event) => formatDateTime(new Date(event.receivedAt).toISOString(), i18n.language),
          },
          { heading: 'feed.type', cell: (event) => eventName(event.type) },
          { heading: 'feed.subject', className: 'wrap', cell: (event) => summary(event.data) },
        ]}
        rows={shown}
        rowKey={(event) => event.id ?? event.receivedAt}
        rowAttributes={(event) => ({ 'data-event-type': event.type })}
        empty={<p>{t('feed.waiting')}</p>}
      />
    </section>
  );
}
