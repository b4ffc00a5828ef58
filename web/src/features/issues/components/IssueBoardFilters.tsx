import { useTranslation } from 'react-i18next';
import { ChoiceFilter, RegionFilter } from '../../../components/DataEntry';
import { CheckBox, type Choice } from '../../../components/Fields';
import { usePickableReference } from '../../scope/hooks/usePickableReference';
import { withRegion, type BoardFilters } from '../lib/board';
import { ISSUE_CATEGORIES } from '../lib/issues';

/**
 * The board's filters: region, district (of the chosen region), category, and only what is overdue; `placeOnly`
 * keeps the first two, for a view that lists actions rather than issues.
 */
export function IssueBoardFilters({
  value: filters,
  onChange,
  placeOnly = false,
}: Choice<BoardFilters> & { placeOnly?: boolean }) {
  const { t } = useTranslation();
  const { districts, districtName } = usePickableReference();
  const districtsOf = (regionCode: string) => districts.filter((d) => d.regionCode === regionCode).map((d) => d.code);
  const shownDistricts = filters.regionCode ? districtsOf(filters.regionCode) : districts.map((d) => d.code);
  return (
    <div className="filters">
      <RegionFilter
        value={filters.regionCode}
        onChange={(regionCode) => onChange(withRegion(filters, regionCode, districtsOf))}
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
          <CheckBox
            label={t('issues.overdueOnly')}
            value={filters.overdueOnly}
            onChange={(overdueOnly) => onChange({ ...filters, overdueOnly })}
          />
        </>
      )}
    </div>
  );
}
