import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { Loading, Problem } from '../../components/Problem';
import { ReasonFields } from '../../components/ReasonFields';
import { useReference } from '../../components/Reference';
import { HistorySection } from '../../features/history/components/HistorySection';
import { formatDate } from '../../lib/format';
import { CLOSURE_REASONS, reasonBody, type ClosureReason } from '../../lib/reasons';
import { allowedTransitions, changedMeanwhile, ifMatch, today, type Transition } from '../../lib/work';
import { centerBody, CenterFieldset, centerFields, type CenterView, type CenterFields } from './Centers';

/** One centre: its details, the dates of its transitions, the moves its status allows, and editing. */
export default function CenterDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const api = useApi();
  const { districtName, regionName } = useReference();
  const center = useLoad(
    async () => data(await api.centers.GET('/centers/{id}', { params: { path: { id } } })) as unknown as CenterView,
    [id],
  );
  const [editing, setEditing] = useState(false);
  if (center.error) return <Problem error={center.error} retry={center.reload} />;
  if (!center.data) return <Loading />;
  const c = center.data;
  const history = [
    ['centres.openedOn', c.openedOn],
    ['centres.renovationStartedOn', c.renovationStartedOn],
    ['centres.closedOn', c.closedOn],
  ].filter(([, date]) => date) as [string, string][];
  return (
    <>
      <p><Link to="/centres">{t('centres.backToList')}</Link></p>
      <div className="page-head">
        <h1>{c.name}</h1>
        <span className="badge badge-unknown" data-status={c.status}>{t(`centreStatus.${c.status}`)}</span>
      </div>
      <dl className="pairs">
        <div className="pair"><dt>{t('centres.code')}</dt><dd>{c.code}</dd></div>
        <div className="pair"><dt>{t('work.district')}</dt><dd>{districtName(c.districtCode)}, {regionName(c.regionCode)}</dd></div>
        <div className="pair"><dt>{t('centres.settlement')}</dt><dd>{c.settlement || '–'}</dd></div>
        <div className="pair"><dt>{t('centres.constructionType')}</dt><dd>{t(`constructionType.${c.constructionType}`)}</dd></div>
        <div className="pair"><dt>{t('centres.fundingPartners')}</dt><dd>{(c.fundingPartners ?? []).join(', ') || '–'}</dd></div>
        <div className="pair"><dt>{t('centres.workplaces')}</dt><dd>{c.workplaces}</dd></div>
        <div className="pair"><dt>{t('centres.coordinates')}</dt><dd>{c.latitude ?? '–'}, {c.longitude ?? '–'}</dd></div>
      </dl>
      <h2>{t('centres.history')}</h2>
      {history.length === 0 ? (
        <p>{t('centres.registeredOnly')}</p>
      ) : (
        <ol className="history">
          {history.map(([label, date]) => (
            <li key={label}>{t(label)}: {formatDate(date, i18n.language)}</li>
          ))}
        </ol>
      )}
      {c.closureReason && (
        <p data-closure-reason={c.closureReason}>
          {t('centres.closureReason')}: {t(`closureReason.${c.closureReason}`)}
          {c.closureNote ? ` (${c.closureNote})` : ''}
        </p>
      )}
      <h2>{t('centres.transitions')}</h2>
      {allowedTransitions(c.status as never).length === 0 && <p>{t('centres.noTransitions')}</p>}
      <div className="cards">
        {allowedTransitions(c.status as never).map((transition) => (
          <TransitionForm key={transition} center={c} transition={transition} onDone={center.reload} />
        ))}
      </div>
      <div className="page-head">
        <h2>{t('centres.details')}</h2>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('centres.edit')}
        </button>
      </div>
      {editing && (
        <EditCenter center={c} onSaved={() => { setEditing(false); center.reload(); }} />
      )}
      <HistorySection kind="centre" id={c.id as string} version={c.version} />
    </>
  );
}

function TransitionForm({ center, transition, onDone }: { center: CenterView; transition: Transition; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [note, setNote] = useState('');
  const [partners, setPartners] = useState((center.fundingPartners ?? []).join(', '));
  const path = { path: { id: center.id as string }, header: { 'If-Match': ifMatch(center.version) } };
  const send = async () => {
    switch (transition) {
      case 'opening':
        return data(await api.centers.POST('/centers/{id}/opening', { params: path, body: { openedOn: date } }));
      case 'renovation':
        return data(await api.centers.POST('/centers/{id}/renovation', { params: path, body: { startedOn: date } }));
      case 'completion':
        return data(
          await api.centers.POST('/centers/{id}/renovation/completion', {
            params: path,
            body: { completedOn: date, fundingPartners: partners.split(',').map((p) => p.trim()).filter(Boolean) },
          }),
        );
      case 'closure':
        if (!reason) return undefined; // the required select keeps the form from being sent without one
        return data(
          await api.centers.POST('/centers/{id}/closure', { params: path, body: { closedOn: date, ...reasonBody(reason, note) } }),
        );
    }
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await submission.submit(send)) onDone();
  };
  const dateField = { opening: 'openedOn', renovation: 'startedOn', completion: 'completedOn', closure: 'closedOn' }[transition];
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby={`transition-${transition}`}>
      <h3 id={`transition-${transition}`}>{t(`centres.transition.${transition}`)}</h3>
      <Field label={t('work.date')} problems={submission.fieldProblems[dateField]}>
        <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      {transition === 'closure' && (
        <ReasonFields
          codes={CLOSURE_REASONS}
          labelPrefix="closureReason"
          reasonLabel={t('centres.closureReason')}
          noteLabel={t('centres.closureNote')}
          reason={reason}
          noteMaxLength={500}
          note={note}
          onReason={setReason}
          onNote={setNote}
          problems={submission.fieldProblems}
        />
      )}
      {transition === 'completion' && (
        <Field label={t('centres.fundingPartners')} problems={submission.fieldProblems.fundingPartners}>
          <input value={partners} onChange={(e) => setPartners(e.target.value)} />
        </Field>
      )}
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t(`centres.transition.${transition}`)}</SubmitButton>
    </form>
  );
}

const EDITABLE: (keyof CenterFields)[] = [
  'code', 'name', 'districtCode', 'settlement', 'address', 'latitude', 'longitude', 'constructionType', 'fundingPartners', 'workplaces',
];

/** Edits with If-Match; when someone saved meanwhile (412), shows their values beside the user's. */
function EditCenter({ center, onSaved }: { center: CenterView; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [started, setStarted] = useState(center);
  const [form, setForm] = useState(centerFields(center));
  const [theirs, setTheirs] = useState<CenterView | null>(null);
  const save = async (version: number | undefined) => {
    const saved = await submission.submit(async () =>
      data(
        await api.centers.PUT('/centers/{id}', {
          params: { path: { id: center.id as string }, header: { 'If-Match': ifMatch(version) } },
          body: centerBody(form),
        }),
      ),
    );
    if (saved) onSaved();
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await save(theirs?.version ?? started.version);
  };
  const error = submission.error;
  const stale = error instanceof ApiError && error.status === 412;
  useEffect(() => {
    if (!stale) return;
    api.centers.GET('/centers/{id}', { params: { path: { id: center.id as string } } }).then(
      (result) => setTheirs(data(result) as unknown as CenterView),
      () => undefined,
    );
  }, [stale, api, center.id]);
  const changed = theirs ? changedMeanwhile(centerFields(started), centerFields(theirs), EDITABLE) : [];
  return (
    <form className="work-form" onSubmit={onSubmit} aria-label={t('centres.edit')}>
      <CenterFieldset form={form} onChange={setForm} problems={submission.fieldProblems} />
      {theirs && (
        <div className="conflict" role="alert">
          <p>{t('centres.changedMeanwhile')}</p>
          <table>
            <caption>{t('centres.changedMeanwhile')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.field')}</th>
                <th scope="col">{t('work.theirs')}</th>
                <th scope="col">{t('work.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((field) => (
                <tr key={field}>
                  <th scope="row">{t(`centres.${field}`)}</th>
                  <td>{centerFields(theirs)[field] || '–'}</td>
                  <td>{form[field] || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => { setForm(centerFields(theirs)); setStarted(theirs); setTheirs(null); submission.clear(); }}>
            {t('work.takeTheirs')}
          </button>
        </div>
      )}
      {!stale && <FormProblem submission={submission} />}
      <SubmitButton pending={submission.pending}>{theirs ? t('work.saveMine') : t('centres.save')}</SubmitButton>
    </form>
  );
}
