import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../../api/client';
import { DownloadButton } from '../../../components/DownloadButton';
import { Loading, Problem } from '../../../components/Problem';
import { YearPicker } from '../../../components/YearPicker';
import { Dhis2Preview } from '../components/Dhis2Preview';
import { useDhis2Export, type Dhis2Level } from '../hooks/useDhis2Export';

/** The DHIS2 export of a year by district or region: a preview, and the document as JSON or CSV. */
export default function Dhis2Page() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [level, setLevel] = useState<Dhis2Level>('district');
  const exported = useDhis2Export(year, level);
  const name = `hamkori-dhis2-${year}-${level}`;
  const saveJson = () =>
    saveFile(new Blob([JSON.stringify(exported.data, null, 2)], { type: 'application/json' }), `${name}.json`);
  return (
    <section aria-labelledby="dhis2-title">
      <div className="page-head">
        <h1 id="dhis2-title">{t('dhis2.title')}</h1>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <YearPicker value={year} onChange={setYear} />
        <label>
          {t('dhis2.level')}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as Dhis2Level)}>
            <option value="district">{t('dhis2.district')}</option>
            <option value="region">{t('dhis2.region')}</option>
          </select>
        </label>
        <button type="button" disabled={!exported.data} onClick={saveJson}>
          {t('common.downloadJson')}
        </button>
        <DownloadButton path={`/reports/export/dhis2?year=${year}&level=${level}`} fileName={`${name}.csv`}>
          {t('common.downloadCsv')}
        </DownloadButton>
      </form>
      {exported.error ? <Problem error={exported.error} retry={exported.reload} /> : null}
      {!exported.data && !exported.error && <Loading />}
      {exported.data && <Dhis2Preview values={exported.data.dataValues ?? []} />}
    </section>
  );
}
