import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { eventName, type Endpoint } from '../lib/endpoints';

/** Which events an endpoint receives: its types (none: every type) and its place filter (none: everywhere). */
export function EndpointEventTypes({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const types = endpoint.eventTypes ?? [];
  if (!types.length) return <>{t('integrations.everyType')}</>;
  return <span title={types.join('\n')}>{types.map(eventName).join(', ')}</span>;
}

export function EndpointPlaceFilter({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const { regionName, districtName } = useReference();
  const { regionCode, districtCode } = endpoint.filter ?? {};
  if (districtCode) return <>{`${districtName(districtCode)}, ${regionName(regionCode)}`}</>;
  if (regionCode) return <>{regionName(regionCode)}</>;
  return <>{t('integrations.everywhere')}</>;
}
