import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, downloadCsv, saveFile } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { Loading, Problem } from '../../../components/Problem';
import { formatNumber } from '../../../lib/format';
import { YearPicker } from '../../../components/YearPicker';
import { Table } from '../../../components/Table';

interface DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string | null;
  value: string;
}
const PREVIEW = 200;

export default function Dhis2() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [year, setYear] = useState(new Date().getFullYear());
  const [level, setLevel] = useState<'district' | 'region'>('district');
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const exported = useLoad(
    async () =>
      data(await api.reporting.GET('/reports/export/dhis2', { params: { query: { year: String(year), level } } })),
    [api, year, level],
  );
  const values = ((exported.data as { dataValues?: DataValue[] } | null)?.dataValues ?? []) as DataValue[];
  const name = `hamkori-dhis2-${year}-${level}`;
  return (
    <section aria-labelledby="dhis2-title">
      <div className="page-head">
        <h1 id="dhis2-title">{t('dhis2.title')}</h1>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <YearPicker year={year} onChange={setYear} />
        <label>
          {t('dhis2.level')}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as 'district' | 'region')}>
            <option value="district">{t('dhis2.district')}</option>
            <option value="region">{t('dhis2.region')}</option>
          </select>
        </label>
        <button
          type="button"
          disabled={!exported.data}
          onClick={() => saveFile(new Blob([JSON.stringify(exported.data, null, 2)], { type: 'application/json' }), `${name}.json`)}
        >
          {t('common.downloadJson')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDownloadError(null);
            downloadCsv(api, api.config.reportingUrl, `/reports/export/dhis2?year=${year}&level=${level}`, `${name}.csv`).catch(
              setDownloadError,
            );
          }}
        >
          {t('common.downloadCsv')}
        </button>
      </form>
      {downloadError ? <Problem error={downloadError} /> : null}
      {exported.error ? <Problem error={exported.error} retry={exported.reload} /> : null}
      {!exported.data && !exported.error && <Loading />}
      {exported.data && (
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
      )}
    </section>
  );
}
