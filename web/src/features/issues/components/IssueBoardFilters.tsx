import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../../components/DataEntry';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { withRegion, type BoardFilters } from '../lib/board';
import { ISSUE_CATEGORIES } from '../lib/issues';

/**
 * The board's filters: region, district (of the chosen region), category, and only what is overdue; `placeOnly`
 * keeps the first two, for a view that lists actions rather than issues.
 */
export function IssueBoardFilters({
  filters,
  onChange,
  placeOnly = false,
}: {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  placeOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { regions, districts, regionName, districtName } = usePickableReference();
  const districtsOf = (regionCode: string) => districts.filter((d) => d.regionCode === regionCode).map((d) => d.code);
  const shownDistricts = filters.regionCode ? districtsOf(filters.regionCode) : districts.map((d) => d.code);
  return (
    <div className="filters">
      <ChoiceFilter
        label={t('work.region')}
        value={filters.regionCode}
        onChange={(regionCode) => onChange(withRegion(filters, regionCode, districtsOf))}
        choices={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
      />
      <ChoiceFilter
        label={t('work.district')}
        value={filters.districtCode}
        onChange={(districtCode) => onChange({ ...filters, districtCode })}
        choices={shownDistricts
          .map((code) => ({ value: code, label: districtName(code) }))
          .sort((a, b) => a.label.localeCompare(b.label))}
      />
      {!placeOnly && (
        <>
          <ChoiceFilter
            label={t('issues.category')}
            value={filters.category}
            onChange={(category) => onChange({ ...filters, category })}
            choices={ISSUE_CATEGORIES.map((c) => ({ value: c, label: t(`issueCategory.${c}`) }))}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={filters.overdueOnly}
              onChange={(e) => onChange({ ...filters, overdueOnly: e.target.checked })}
            />{' '}
            {t('issues.overdueOnly')}
          </label>
        </>
      )}
    </div>
  );
}
