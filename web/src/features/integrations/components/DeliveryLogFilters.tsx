import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../../components/DataEntry';
import { TextField, type Choice } from '../../../components/Fields';
import { useEventTypes } from '../hooks/useEventTypes';
import type { LogFilters } from '../lib/deliveryLog';
import { DELIVERY_STATUSES } from '../lib/endpoints';

/** The log's filters: status, event type, and when the deliveries were queued (on the user's clock). */
export function DeliveryLogFilters({ value: filters, onChange }: Choice<LogFilters>) {
  const { t } = useTranslation();
  const types = useEventTypes();
  const field = (name: 'from' | 'to') => ({
    value: filters[name],
    onChange: (value: string) => onChange({ ...filters, [name]: value }),
  });
  return (
    <div className="filters">
      <ChoiceFilter
        label={t('integrations.deliveryStatus')}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status: DELIVERY_STATUSES.find((s) => s === status) ?? '' })}
        choices={DELIVERY_STATUSES.map((status) => ({ value: status, label: t(`deliveryStatus.${status}`) }))}
      />
      <ChoiceFilter
        label={t('integrations.eventType')}
        value={filters.eventType}
        onChange={(eventType) => onChange({ ...filters, eventType })}
        choices={(types.data ?? []).map((type) => ({ value: type.type ?? '', label: type.name ?? type.type ?? '' }))}
      />
      <TextField label={t('integrations.queuedFrom')} type="datetime-local" {...field('from')} />
      <TextField label={t('integrations.queuedTo')} type="datetime-local" {...field('to')} />
    </div>
  );
}
