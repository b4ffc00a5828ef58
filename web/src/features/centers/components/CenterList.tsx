import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter, PagedList } from '../../../components/DataEntry';
import { formatDate } from '../../../lib/format';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { CENTER_PAGE_SIZE, useCenterList, type CenterListFilters } from '../hooks/useCenters';
import { CENTER_STATUSES } from '../lib/centerForm';

const NO_FILTERS: CenterListFilters = { regionCode: '', districtCode: '', status: '' };

/** The centres the user may see, filtered by region, district and status, a page at a time. */
export function CenterList() {
  const { t, i18n } = useTranslation();
  const { regions, districts, regionName, districtName } = usePickableReference();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [page, setPage] = useState(0);
  const list = useCenterList(filters, page);
  const filter = (change: Partial<CenterListFilters>) => {
    setFilters({ ...filters, ...change });
    setPage(0);
  };
  return (
    <section aria-labelledby="centre-list">
      <h2 id="centre-list">{t('centres.list')}</h2>
      <div className="filters">
        <ChoiceFilter
          label={t('work.region')}
          value={filters.regionCode}
          onChange={(regionCode) => filter({ regionCode, districtCode: '' })}
          choices={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
        />
        <ChoiceFilter
          label={t('work.district')}
          value={filters.districtCode}
          onChange={(districtCode) => filter({ districtCode })}
          choices={districts
            .filter((d) => !filters.regionCode || d.regionCode === filters.regionCode)
            .map((d) => ({ value: d.code, label: districtName(d.code) }))}
        />
        <ChoiceFilter
          label={t('work.status')}
          value={filters.status}
          onChange={(status) => filter({ status })}
          choices={CENTER_STATUSES.map((s) => ({ value: s, label: t(`centreStatus.${s}`) }))}
        />
      </div>
      <PagedList
        list={list}
        caption={t('centres.list')}
        columns={[
          { heading: 'centres.code', cell: (c) => c.code },
          { heading: 'centres.name', cell: (c) => <Link to={`/centres/${c.id}`}>{c.name}</Link> },
          { heading: 'work.district', cell: (c) => districtName(c.districtCode) },
          { heading: 'work.status', cell: (c) => t(`centreStatus.${c.status}`) },
          { heading: 'centres.openedOn', cell: (c) => formatDate(c.openedOn, i18n.language) },
        ]}
        rowKey={(c) => c.id}
        page={page}
        size={CENTER_PAGE_SIZE}
        onPage={setPage}
      />
    </section>
  );
}
