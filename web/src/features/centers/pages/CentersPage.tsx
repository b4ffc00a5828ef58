import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/centers';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { usePickableReference } from '../../features/scope/hooks/usePickableReference';
import { formatDate } from '../../lib/format';
import { ChoiceFilter, DistrictPicker, HeadingWithForm, PagedList } from '../../components/DataEntry';

// the outline is loaded with the form that needs it, not with the list
const CoordinatePicker = lazy(() => import('./CoordinatePicker'));

export type CenterView = components['schemas']['CenterView'];
export type CenterForm = components['schemas']['CenterForm'];
export const CENTER_STATUSES = ['PLANNED', 'OPEN', 'UNDER_RENOVATION', 'CLOSED'] as const;
const PAGE_SIZE = 20;

/** Centres: a filtered, paged list and the form that registers a new one. */
export default function Centers() {
  const { t } = useTranslation();
  return (
    <>
      <HeadingWithForm level={1} heading={t('centres.title')} action={t('centres.register')} form={() => <RegisterCenter />} />
      <CenterList />
    </>
  );
}

function CenterList() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { regions, districts, regionName, districtName } = usePickableReference();
  const [regionCode, setRegionCode] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const list = useLoad(
    async () =>
      data(
        await api.centers.GET('/centers', {
          params: {
            query: {
              page: String(page),
              size: String(PAGE_SIZE),
              ...(regionCode ? { regionCode } : {}),
              ...(districtCode ? { districtCode } : {}),
              ...(status ? { status } : {}),
            },
          },
        }),
      ),
    [regionCode, districtCode, status, page],
  );
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(0);
  };
  return (
    <section aria-labelledby="centre-list">
      <h2 id="centre-list">{t('centres.list')}</h2>
      <div className="filters">
        <ChoiceFilter
          label={t('work.region')}
          value={regionCode}
          onChange={(value) => { filter(setRegionCode)(value); setDistrictCode(''); }}
          choices={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
        />
        <ChoiceFilter
          label={t('work.district')}
          value={districtCode}
          onChange={filter(setDistrictCode)}
          choices={districts
            .filter((d) => !regionCode || d.regionCode === regionCode)
            .map((d) => ({ value: d.code, label: districtName(d.code) }))}
        />
        <ChoiceFilter
          label={t('work.status')}
          value={status}
          onChange={filter(setStatus)}
          choices={CENTER_STATUSES.map((s) => ({ value: s, label: t(`centreStatus.${s}`) }))}
        />
      </div>
      <PagedList
        list={list}
        caption={t('centres.list')}
        columns={
          <>
            <th scope="col">{t('centres.code')}</th>
            <th scope="col">{t('centres.name')}</th>
            <th scope="col">{t('work.district')}</th>
            <th scope="col">{t('work.status')}</th>
            <th scope="col">{t('centres.openedOn')}</th>
          </>
        }
        row={(c) => (
          <tr key={c.id}>
            <td>{c.code}</td>
            <td><Link to={`/centres/${c.id}`}>{c.name}</Link></td>
            <td>{districtName(c.districtCode)}</td>
            <td>{t(`centreStatus.${c.status}`)}</td>
            <td>{formatDate(c.openedOn, i18n.language)}</td>
          </tr>
        )}
        page={page}
        size={PAGE_SIZE}
        onPage={setPage}
      />
    </section>
  );
}

function RegisterCenter() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const submission = useSubmission();
  const [form, setForm] = useState<CenterFields>(EMPTY_CENTER);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit(async (key) =>
      data(await api.centers.POST('/centers', { params: { header: { 'Idempotency-Key': key } }, body: centerBody(form) })),
    );
    if (created) navigate(`/centres/${(created as unknown as CenterView).id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="register-centre">
      <h2 id="register-centre">{t('centres.register')}</h2>
      <CenterFieldset form={form} onChange={setForm} problems={submission.fieldProblems} />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('centres.registerSubmit')}</SubmitButton>
    </form>
  );
}

/** The centre's details as the form holds them: text, so that a half-typed number stays as typed. */
export interface CenterFields {
  code: string;
  name: string;
  districtCode: string;
  settlement: string;
  address: string;
  latitude: string;
  longitude: string;
  constructionType: string;
  fundingPartners: string;
  workplaces: string;
}

export const EMPTY_CENTER: CenterFields = {
  code: '', name: '', districtCode: '', settlement: '', address: '', latitude: '', longitude: '',
  constructionType: 'NEW_BUILD', fundingPartners: '', workplaces: '',
};

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function centerBody(form: CenterFields): CenterForm {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    districtCode: form.districtCode,
    settlement: form.settlement.trim() || undefined,
    address: form.address.trim() || undefined,
    latitude: number(form.latitude),
    longitude: number(form.longitude),
    constructionType: form.constructionType as CenterForm['constructionType'],
    fundingPartners: form.fundingPartners.split(',').map((p) => p.trim()).filter(Boolean),
    workplaces: number(form.workplaces) as number,
  };
}

export function centerFields(center: CenterView): CenterFields {
  return {
    code: center.code ?? '',
    name: center.name ?? '',
    districtCode: center.districtCode ?? '',
    settlement: center.settlement ?? '',
    address: center.address ?? '',
    latitude: center.latitude == null ? '' : String(center.latitude),
    longitude: center.longitude == null ? '' : String(center.longitude),
    constructionType: center.constructionType ?? 'NEW_BUILD',
    fundingPartners: (center.fundingPartners ?? []).join(', '),
    workplaces: center.workplaces == null ? '' : String(center.workplaces),
  };
}

export function CenterFieldset({
  form,
  onChange,
  problems,
}: {
  form: CenterFields;
  onChange: (form: CenterFields) => void;
  problems: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  const set = (field: keyof CenterFields) => (value: string) => onChange({ ...form, [field]: value });
  const text = (field: keyof CenterFields, label: string, extra: Record<string, unknown> = {}) => (
    <Field label={label} problems={problems[field]}>
      <input value={form[field]} onChange={(e) => set(field)(e.target.value)} {...extra} />
    </Field>
  );
  return (
    <div className="form-grid">
      {text('code', t('centres.code'), { required: true, maxLength: 32 })}
      {text('name', t('centres.name'), { required: true })}
      <DistrictPicker value={form.districtCode} onChange={set('districtCode')} problems={problems.districtCode} />
      {text('settlement', t('centres.settlement'))}
      {text('address', t('centres.address'))}
      {text('latitude', t('centres.latitude'), { inputMode: 'decimal' })}
      {text('longitude', t('centres.longitude'), { inputMode: 'decimal' })}
      <Field label={t('centres.constructionType')} problems={problems.constructionType}>
        <select value={form.constructionType} onChange={(e) => set('constructionType')(e.target.value)}>
          <option value="NEW_BUILD">{t('constructionType.NEW_BUILD')}</option>
          <option value="RENOVATION">{t('constructionType.RENOVATION')}</option>
        </select>
      </Field>
      <Field label={t('centres.fundingPartners')} problems={problems.fundingPartners} hint={t('centres.fundingPartnersHint')}>
        <input value={form.fundingPartners} onChange={(e) => set('fundingPartners')(e.target.value)} />
      </Field>
      {text('workplaces', t('centres.workplaces'), { required: true, inputMode: 'numeric' })}
      <Suspense fallback={null}>
        <CoordinatePicker
          latitude={number(form.latitude) ?? null}
          longitude={number(form.longitude) ?? null}
          onPick={(latitude, longitude) => onChange({ ...form, latitude: String(latitude), longitude: String(longitude) })}
        />
      </Suspense>
    </div>
  );
}
