import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
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
  const [editing, setEditing] = useState(false);
  if (center.error) return <Problem error={center.error} retry={center.reload} />;
  if (!center.data) return <Loading />;
  const c = center.data;
  const transitions = allowedTransitions(c.status as CenterStatus);
  return (
    <>
      <p>
        <Link to="/centres">{t('centres.backToList')}</Link>
      </p>
      <div className="page-head">
        <h1>{c.name}</h1>
        <span className="badge badge-unknown" data-status={c.status}>
          {t(`centreStatus.${c.status}`)}
        </span>
      </div>
      <CenterFacts center={c} />
      <h2>{t('centres.transitions')}</h2>
      {transitions.length === 0 && <p>{t('centres.noTransitions')}</p>}
      <div className="cards">
        {transitions.map((transition) => (
          <TransitionForm key={transition} center={c} transition={transition} onDone={center.reload} />
        ))}
      </div>
      <div className="page-head">
        <h2>{t('centres.details')}</h2>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('centres.edit')}
        </button>
      </div>
      {editing && (
        <EditCenterForm
          center={c}
          onSaved={() => {
            setEditing(false);
            center.reload();
          }}
        />
      )}
      <HistorySection kind="centre" id={c.id as string} version={c.version} />
    </>
  );
}
