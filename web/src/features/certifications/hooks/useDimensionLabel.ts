import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import type { Dimension } from '../lib/certifications';

/** How a dimension's value reads: places by their names, sex and category translated, others as they are. */
export function useDimensionLabel() {
  const { t } = useTranslation();
  const reference = useReference();
  const { regionName, districtName } = reference;
  return useCallback(
    (dimension: Dimension, value: string | null | undefined): string => {
      if (value === null || value === undefined) return '–';
      if (dimension === 'regionCode') return regionName(value);
      if (dimension === 'districtCode') return districtName(value);
      if (dimension === 'sex' || dimension === 'category') return t(`value.${value}`, { defaultValue: value });
      return value;
    },
    [t, regionName, districtName],
  );
}
