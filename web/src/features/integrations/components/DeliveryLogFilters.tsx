import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../../components/DataEntry';
import { Field } from '../../../components/Form';
import { useEventTypes } from '../hooks/useEventTypes';
import type { LogFilters } from '../lib/deliveryLog';
import { DELIVERY_STATUSES } from '../lib/endpoints';

/** The log's filters: status, event type, and when the deliveries were queued (on the user's clock). */
export function DeliveryLogFilters({
  filters,
  onChange,
}: {
  filters: LogFilters;
  onChange: (filters: LogFilters) => void;
}) {
  const { t } = useTranslation();
  const types = useEventTypes();
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
      <Field label={t('integrations.queuedFrom')}>
        <input
          type="datetime-local"
          value={filters.from}
          onChange={(e) => onChange({ ...filters, from: e.target.value })}
        />
      </Field>
      <Field label={t('integrations.queuedTo')}>
        <input
          type="datetime-local"
          value={filters.to}
          onChange={(e) => onChange({ ...filters, to: e.target.value })}
        />
      </Field>
    </div>
  );
}
