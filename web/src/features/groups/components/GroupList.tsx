import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter, PagedList, RegionFilter, usePagedFilters } from '../../../components/DataEntry';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../lib/format';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { GROUP_PAGE_SIZE, GROUP_STATUSES, useGroupList } from '../hooks/useGroups';

/** The groups the user may see, filtered by region and status, a page at a time. */
export function GroupList() {
  const { t, i18n } = useTranslation();
  const { districtName } = usePickableReference();
  const { filters, filter, page, setPage } = usePagedFilters({ regionCode: '', status: '' });
  const list = useGroupList(filters, page);
  const statuses = GROUP_STATUSES.map((s) => ({ value: s, label: t(`groupStatus.${s}`) }));
  return (
    <Section id="group-list" heading={t('groups.list')}>
      <div className="filters">
        <RegionFilter value={filters.regionCode} onChange={(regionCode) => filter({ regionCode })} />
        <ChoiceFilter
          label={t('work.status')}
          value={filters.status}
          onChange={(status) => filter({ status })}
          choices={statuses}
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
    </Section>
  );
}
