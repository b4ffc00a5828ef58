import { useTranslation } from 'react-i18next';
import { useReference } from '../../components/Reference';
import { Field } from '../../components/Form';

/** A district chosen from the reference list; its region is said beside it (the service derives it). */
export function DistrictPicker({
  value,
  onChange,
  problems,
  required = true,
  label,
}: {
  value: string;
  onChange: (districtCode: string) => void;
  problems?: string[];
  required?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const { districts, districtName, regionName } = useReference();
  const district = districts.find((d) => d.code === value);
  return (
    <>
      <Field label={label ?? t('work.district')} problems={problems}>
        <select value={value} required={required} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('work.choose')}</option>
          {[...districts]
            .sort((a, b) => districtName(a.code).localeCompare(districtName(b.code)))
            .map((d) => (
              <option key={d.code} value={d.code}>
                {districtName(d.code)} — {regionName(d.regionCode)}
              </option>
            ))}
        </select>
      </Field>
      <Field label={t('work.region')}>
        <input readOnly value={district ? regionName(district.regionCode) : ''} />
      </Field>
    </>
  );
}

/** Previous and next page of a list, with where the user is. */
export function Pager({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pager" aria-label={t('work.paging')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('work.previous')}
      </button>
      <span>{t('work.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('work.next')}
      </button>
    </nav>
  );
}
