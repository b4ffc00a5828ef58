import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/groups';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { usePickableReference } from '../../features/scope/hooks/usePickableReference';
import { formatDate } from '../../lib/format';
import { today } from '../../lib/work';
import { ChoiceFilter, HeadingWithForm, PagedList } from '../../components/DataEntry';
import type { CenterView } from './Centers';

export type GroupView = components['schemas']['GroupView'];
const GROUP_STATUSES = ['ACTIVE', 'DISSOLVED'] as const;
const PAGE_SIZE = 20;

/** The open centres, for the forms that may only name one (forming a group, scheduling a session). */
export function useOpenCenters() {
  const api = useApi();
  return useLoad(
    async () =>
      (data(await api.centers.GET('/centers', { params: { query: { status: 'OPEN', size: '500' } } })).items ??
        []) as CenterView[],
    [],
  );
}

/** Groups: a filtered, paged list and the form that forms a new one at an open centre. */
export default function Groups() {
  const { t } = useTranslation();
  return (
    <>
      <HeadingWithForm level={1} heading={t('groups.title')} action={t('groups.form')} form={() => <FormGroup />} />
      <GroupList />
    </>
  );
}

function GroupList() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { regions, regionName, districtName } = usePickableReference();
  const [regionCode, setRegionCode] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const list = useLoad(
    async () =>
      data(
        await api.groups.GET('/groups', {
          params: {
            query: {
              page: String(page),
              size: String(PAGE_SIZE),
              ...(regionCode ? { regionCode } : {}),
              ...(status ? { status } : {}),
            },
          },
        }),
      ),
    [regionCode, status, page],
  );
  return (
    <section aria-labelledby="group-list">
      <h2 id="group-list">{t('groups.list')}</h2>
      <div className="filters">
        <ChoiceFilter
          label={t('work.region')}
          value={regionCode}
          onChange={(value) => { setRegionCode(value); setPage(0); }}
          choices={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
        />
        <ChoiceFilter
          label={t('work.status')}
          value={status}
          onChange={(value) => { setStatus(value); setPage(0); }}
          choices={GROUP_STATUSES.map((s) => ({ value: s, label: t(`groupStatus.${s}`) }))}
        />
      </div>
      <PagedList
        list={list}
        caption={t('groups.list')}
        columns={
          <>
            <th scope="col">{t('groups.name')}</th>
            <th scope="col">{t('work.district')}</th>
            <th scope="col">{t('groups.formedOn')}</th>
            <th scope="col">{t('work.status')}</th>
            <th scope="col" className="num">{t('groups.members')}</th>
            <th scope="col" className="num">{t('groups.meetings')}</th>
            <th scope="col" className="num">{t('groups.openIssues')}</th>
          </>
        }
        row={(g) => (
          <tr key={g.id}>
            <td><Link to={`/groups/${g.id}`}>{g.name}</Link></td>
            <td>{districtName(g.districtCode)}</td>
            <td>{formatDate(g.formedOn, i18n.language)}</td>
            <td>{t(`groupStatus.${g.status}`)}</td>
            <td className="num">{g.currentMembers}</td>
            <td className="num">{g.meetingsHeld}</td>
            <td className="num">{g.openIssues}</td>
          </tr>
        )}
        page={page}
        size={PAGE_SIZE}
        onPage={setPage}
      />
    </section>
  );
}

function FormGroup() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const centers = useOpenCenters();
  const submission = useSubmission();
  const [name, setName] = useState('');
  const [centerId, setCenterId] = useState('');
  const [formedOn, setFormedOn] = useState(today());
  const [partner, setPartner] = useState('');
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit(async (key) =>
      data(
        await api.groups.POST('/groups', {
          params: { header: { 'Idempotency-Key': key } },
          body: { name: name.trim(), centerId, formedOn, facilitatingPartner: partner.trim() || undefined },
        }),
      ),
    );
    if (created) navigate(`/groups/${(created as unknown as GroupView).id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="form-group">
      <h2 id="form-group">{t('groups.form')}</h2>
      <div className="form-grid">
        <Field label={t('groups.name')} problems={problems.name}>
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('groups.centre')} problems={problems.centerId} hint={t('groups.openCentresOnly')}>
          <select required value={centerId} onChange={(e) => setCenterId(e.target.value)}>
            <option value="">{t('work.choose')}</option>
            {(centers.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name} ({c.code})</option>)}
          </select>
        </Field>
        <Field label={t('groups.formedOn')} problems={problems.formedOn}>
          <input type="date" required value={formedOn} onChange={(e) => setFormedOn(e.target.value)} />
        </Field>
        <Field label={t('groups.facilitatingPartner')} problems={problems.facilitatingPartner}>
          <input value={partner} onChange={(e) => setPartner(e.target.value)} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.formSubmit')}</SubmitButton>
    </form>
  );
}
