import { useTranslation } from 'react-i18next';
import type { EndpointState } from '../lib/health';

export function EndpointStateBadge({ state }: { state: EndpointState }) {
  const { t } = useTranslation();
  return <span className={`badge endpoint-${state}`}>{t(`integrations.state.${state}`)}</span>;
}
