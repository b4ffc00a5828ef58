import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatNumber } from '../../../lib/format';

type DataValue = components['schemas']['DataValue'];
const PREVIEW = 200;

/** How many values the export holds, and the first of them as a table. */
export function Dhis2Preview({ values }: { values: DataValue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p role="status">{t('dhis2.values', { n: formatNumber(values.length, i18n.language) })}</p>
      <ColumnTable
        caption={t('dhis2.preview', { n: Math.min(PREVIEW, values.length) })}
        tabIndex={0}
        role="region"
        aria-label={t('dhis2.preview', { n: PREVIEW })}
        columns={[
          { heading: 'dhis2.dataElement', cell: (v) => v.dataElement },
          { heading: 'dhis2.period', cell: (v) => v.period },
          { heading: 'dhis2.orgUnit', cell: (v) => v.orgUnit },
          { heading: 'dhis2.coc', cell: (v) => v.categoryOptionCombo ?? '' },
          { heading: 'dhis2.value', numeric: true, cell: (v) => v.value },
        ]}
        rows={values.slice(0, PREVIEW)}
        rowKey={(_, index) => index}
      />
    </>
  );
}
