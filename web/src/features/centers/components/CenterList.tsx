import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter, PagedList, RegionFilter, usePagedFilters } from '../../../components/DataEntry';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../lib/format';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { CENTER_PAGE_SIZE, useCenterList, type CenterListFilters } from '../hooks/useCenters';
import { CENTER_STATUSES } from '../lib/centerForm';

const NO_FILTERS: CenterListFilters = { regionCode: '', districtCode: '', status: '' };

/** The centres the user may see, filtered by region, district and status, a page at a time. */
export function CenterList() {
  const { t, i18n } = useTranslation();
  const { districts, districtName } = usePickableReference();
  const { filters, filter, page, setPage } = usePagedFilters(NO_FILTERS);
  const list = useCenterList(filters, page);
  return (
    <Section id="centre-list" heading={t('centres.list')}>
      <div className="filters">
        <RegionFilter value={filters.regionCode} onChange={(regionCode) => filter({ regionCode, districtCode: '' })} />
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
    </Section>
  );
}
