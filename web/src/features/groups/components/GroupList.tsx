import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter, PagedList } from '../../../components/DataEntry';
import { formatDate } from '../../../lib/format';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { GROUP_PAGE_SIZE, GROUP_STATUSES, useGroupList } from '../hooks/useGroups';

/** The groups the user may see, filtered by region and status, a page at a time. */
export function GroupList() {
  const { t, i18n } = useTranslation();
  const { regions, regionName, districtName } = usePickableReference();
  const [regionCode, setRegionCode] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const list = useGroupList(regionCode, status, page);
  return (
    <section aria-labelledby="group-list">
      <h2 id="group-list">{t('groups.list')}</h2>
      <div className="filters">
        <ChoiceFilter
          label={t('work.region')}
          value={regionCode}
          onChange={(value) => {
            setRegionCode(value);
            setPage(0);
          }}
          choices={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
        />
        <ChoiceFilter
          label={t('work.status')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
          choices={GROUP_STATUSES.map((s) => ({ value: s, label: t(`groupStatus.${s}`) }))}
        />
      </div>
      <PagedList
        list={list}
        caption={t('groups.list')}
        columns={[
          { heading: 'groups.name', cell: (g) => <Link to={`/groups/${g.id}`}>{g.name}</Link> },
          { heading: 'work.district', cell: (g) => districtName(g.districtCode) },
          { heading: 'groups.formedOn', cell: (g) => formatDate(g.formedOn, i18n.language) },
          { heading: 'work.status', cell: (g) => t(`groupStatus.${g.status}`) },
          { heading: 'groups.members', numeric: true, cell: (g) => g.currentMembers },
          { heading: 'groups.meetings', numeric: true, cell: (g) => g.meetingsHeld },
          { heading: 'groups.openIssues', numeric: true, cell: (g) => g.openIssues },
        ]}
        rowKey={(g) => g.id}
        page={page}
        size={GROUP_PAGE_SIZE}
        onPage={setPage}
      />
    </section>
  );
}
