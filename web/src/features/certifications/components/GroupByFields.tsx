import { useTranslation } from 'react-i18next';
import { DIMENSIONS, MAX_DIMENSIONS, type Dimension } from '../lib/certifications';

/** Up to three dimensions to count by, in the order chosen. */
export function GroupByFields({
  groupBy,
  onChange,
}: {
  groupBy: Dimension[];
  onChange: (groupBy: Dimension[]) => void;
}) {
  const { t } = useTranslation();
  const toggle = (dimension: Dimension) =>
    onChange(
      groupBy.includes(dimension)
        ? groupBy.filter((d) => d !== dimension)
        : groupBy.length < MAX_DIMENSIONS
          ? [...groupBy, dimension]
          : groupBy,
    );
  return (
    <fieldset>
      <legend>{t('certs.groupBy')}</legend>
      {DIMENSIONS.map((dimension) => (
        <label key={dimension} className="check">
          <input
            type="checkbox"
            checked={groupBy.includes(dimension)}
            disabled={!groupBy.includes(dimension) && groupBy.length >= MAX_DIMENSIONS}
            onChange={() => toggle(dimension)}
          />
          {t(`dim.${dimension}`)}
        </label>
      ))}
    </fieldset>
  );
}
