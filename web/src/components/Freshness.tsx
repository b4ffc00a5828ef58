import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { freshness } from '../lib/freshness';
import { useLiveEvents } from './LiveEvents';

/** How fresh the figures are: amber when the live feed has seen a newer event than they include. */
export function FreshnessBadge({ lastEventAt }: { lastEventAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const live = useLiveEvents();
  const state = freshness(lastEventAt, live.newestAt);
  const time = formatDateTime(lastEventAt, i18n.language);
  return (
    <span
      className={`badge badge-${state}`}
      role="status"
      data-freshness={state}
      data-live={live.connected ? 'connected' : 'offline'}
    >
      {state === 'unknown' ? t('freshness.unknown') : t(`freshness.${state}`, { time })}
    </span>
  );
}
