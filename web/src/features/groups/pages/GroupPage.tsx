import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHead, RecordPage } from '../../../components/RecordPage';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { HistorySection } from '../../history/components/HistorySection';
import { GroupIssueList } from '../../issues/components/GroupIssueList';
import { DissolveGroupForm } from '../components/DissolveGroupForm';
import { GroupMeetings } from '../components/GroupMeetings';
import { GroupMembers } from '../components/GroupMembers';
import { useGroup } from '../hooks/useGroups';

/** One group: its members, its meetings and the safety issues raised there (each followed up on its own page), and its dissolution. */
export default function GroupPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { districtName } = useReference();
  const group = useGroup(id);
  const on = (date: string | undefined) => formatDate(date, i18n.language);
  return (
    <RecordPage record={group} back="/groups" backLabel={t('groups.backToList')}>
      {(g) => (
        <>
          <PageHead heading={g.name}>
            <span className="badge badge-unknown">{t(`groupStatus.${g.status}`)}</span>
          </PageHead>
          <p>
            {districtName(g.districtCode)} · {t('groups.formedOn')}: {on(g.formedOn)}
            {g.dissolvedOn ? ` · ${t('groups.dissolvedOn')}: ${on(g.dissolvedOn)}` : ''}
          </p>
          <GroupMembers group={g} onChange={group.reload} />
          <GroupMeetings group={g} onChange={group.reload} />
          <GroupIssueList groupId={g.id as string} groupVersion={g.version} />
          {g.status === 'ACTIVE' && <DissolveGroupForm group={g} onDone={group.reload} />}
          <HistorySection kind="group" id={g.id as string} version={g.version} />
        </>
      )}
    </RecordPage>
  );
}
