import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../components/Form';
import { StaleWriteProblem } from '../../../components/WorkForm';

/**
 * A refused change of an endpoint. A 412 means it changed meanwhile (someone else, or the service disabling it):
 * it is read again at once so that the user decides on what it is now.
 */
export function EndpointWriteProblem({ submission, reload }: { submission: Submission; reload: () => void }) {
  const { t } = useTranslation();
  return <StaleWriteProblem submission={submission} reload={reload} changed={t('integrations.changedMeanwhile')} />;
}
