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
        columns={
          <>
            <th scope="col">{t('groups.name')}</th>
            <th scope="col">{t('work.district')}</th>
            <th scope="col">{t('groups.formedOn')}</th>
            <th scope="col">{t('work.status')}</th>
            <th scope="col" className="num">
              {t('groups.members')}
            </th>
            <th scope="col" className="num">
              {t('groups.meetings')}
            </th>
            <th scope="col" className="num">
              {t('groups.openIssues')}
            </th>
          </>
        }
        row={(g) => (
          <tr key={g.id}>
            <td>
              <Link to={`/groups/${g.id}`}>{g.name}</Link>
            </td>
            <td>{districtName(g.districtCode)}</td>
            <td>{formatDate(g.formedOn, i18n.language)}</td>
            <td>{t(`groupStatus.${g.status}`)}</td>
            <td className="num">{g.currentMembers}</td>
            <td className="num">{g.meetingsHeld}</td>
            <td className="num">{g.openIssues}</td>
          </tr>
        )}
        page={page}
        size={GROUP_PAGE_SIZE}
        onPage={setPage}
      />
    </section>
  );
}
