import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { Table } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';

type DataValue = components['schemas']['DataValue'];
const PREVIEW = 200;

/** How many values the export holds, and the first of them as a table. */
export function Dhis2Preview({ values }: { values: DataValue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p role="status">{t('dhis2.values', { n: formatNumber(values.length, i18n.language) })}</p>
      <Table
        caption={t('dhis2.preview', { n: Math.min(PREVIEW, values.length) })}
        tabIndex={0}
        role="region"
        aria-label={t('dhis2.preview', { n: PREVIEW })}
        columns={
          <>
            <th scope="col">{t('dhis2.dataElement')}</th>
            <th scope="col">{t('dhis2.period')}</th>
            <th scope="col">{t('dhis2.orgUnit')}</th>
            <th scope="col">{t('dhis2.coc')}</th>
            <th scope="col" className="num">
              {t('dhis2.value')}
            </th>
          </>
        }
      >
        {values.slice(0, PREVIEW).map((v, i) => (
          <tr key={i}>
            <td>{v.dataElement}</td>
            <td>{v.period}</td>
            <td>{v.orgUnit}</td>
            <td>{v.categoryOptionCombo ?? ''}</td>
            <td className="num">{v.value}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
