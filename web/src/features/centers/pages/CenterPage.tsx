import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HeadingWithForm } from '../../../components/DataEntry';
import { PageHead, RecordPage } from '../../../components/RecordPage';
import { allowedTransitions, type CenterStatus } from '../../../lib/work';
import { HistorySection } from '../../history/components/HistorySection';
import { CenterFacts } from '../components/CenterFacts';
import { EditCenterForm } from '../components/EditCenterForm';
import { TransitionForm } from '../components/TransitionForm';
import { useCenter } from '../hooks/useCenters';

/** One centre: its details, the dates of its transitions, the moves its status allows, and editing. */
export default function CenterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const center = useCenter(id);
  return (
    <RecordPage record={center} back="/centres" backLabel={t('centres.backToList')}>
      {(c) => {
        const transitions = allowedTransitions(c.status as CenterStatus);
        return (
          <>
            <PageHead heading={c.name}>
              <span className="badge badge-unknown" data-status={c.status}>
                {t(`centreStatus.${c.status}`)}
              </span>
            </PageHead>
            <CenterFacts center={c} />
            <h2>{t('centres.transitions')}</h2>
            {transitions.length === 0 && <p>{t('centres.noTransitions')}</p>}
            <div className="cards">
              {transitions.map((transition) => (
                <TransitionForm key={transition} center={c} transition={transition} onDone={center.reload} />
              ))}
            </div>
            <HeadingWithForm
              level={2}
              heading={t('centres.details')}
              action={t('centres.edit')}
              form={(close) => (
                <EditCenterForm
                  center={c}
                  onSaved={() => {
                    close();
                    center.reload();
                  }}
                />
              )}
            />
            <HistorySection kind="centre" id={c.id as string} version={c.version} />
          </>
        );
      }}
    </RecordPage>
  );
}
