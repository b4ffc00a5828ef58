import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/training';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { Loading, Problem } from '../../components/Problem';
import { ReasonFields } from '../../components/ReasonFields';
import { useReference } from '../../components/Reference';
import { formatDate } from '../../lib/format';
import { REVOCATION_REASONS, reasonBody, type RevocationReason } from '../../lib/reasons';
import { ifMatch, readSheet, sheetRowOf, today, willCertify, type SheetRow } from '../../lib/work';
import type { CourseView, SessionView, TraineeView } from './Training';
import { Table } from '../../components/Table';
import { HistorySection } from '../../features/history/components/HistorySection';
import { TraineeLink } from '../../features/trainees/components/TraineeLink';

type EnrollmentView = components['schemas']['EnrollmentView'];

/** One session: who is enrolled (capacity shown), the results grid, the attendance sheet, and its certificates. */
export default function SessionDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const api = useApi();
  const { districtName } = useReference();
  const session = useLoad(async () => {
    const s = data(await api.training.GET('/sessions/{id}', { params: { path: { id } } })) as unknown as SessionView;
    const course = data(await api.training.GET('/courses/{code}', { params: { path: { code: s.courseCode as string } } })) as unknown as CourseView;
    const enrollments = (data(await api.training.GET('/sessions/{sessionId}/enrollments', { params: { path: { sessionId: id }, query: { size: '500' } } })).items ?? []) as EnrollmentView[];
    return { session: s, course, enrollments };
  }, [id]);
  if (session.error) return <Problem error={session.error} retry={session.reload} />;
  if (!session.data) return <Loading />;
  const { session: s, course, enrollments } = session.data;
  const scheduled = s.status === 'SCHEDULED';
  return (
    <>
      <p><Link to="/training">{t('training.backToTraining')}</Link></p>
      <div className="page-head">
        <h1>{t('training.sessionOf', { course: course.title })}</h1>
        <span className="badge badge-unknown">{t(`sessionStatus.${s.status}`)}</span>
      </div>
      <p>
        {formatDate(s.startsOn, i18n.language)} – {formatDate(s.endsOn, i18n.language)} · {districtName(s.districtCode)}
        {s.venue ? ` · ${s.venue}` : ''} · {t('training.courseRule', { hours: course.hours, passMark: course.passMark })}
      </p>
      <p data-capacity>{t('training.capacityShown', { enrolled: s.enrolled ?? 0, capacity: s.capacity ?? 0 })}</p>
      {scheduled && <Enrol session={s} onDone={session.reload} />}
      {scheduled ? (
        <>
          <ResultsGrid session={s} course={course} enrollments={enrollments} onDone={session.reload} />
          <AttendanceSheet session={s} onDone={session.reload} />
        </>
      ) : (
        <Certificates enrollments={enrollments} onChange={session.reload} />
      )}
      <HistorySection kind="session" id={id} version={session.data} />
    </>
  );
}

function Enrol({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [name, setName] = useState('');
  const [traineeId, setTraineeId] = useState('');
  const found = useLoad(
    async () =>
      name.trim().length < 2
        ? []
        : ((data(await api.training.GET('/trainees', { params: { query: { name: name.trim(), size: '20' } } })).items ?? []) as TraineeView[]),
    [name],
  );
  const full = (session.enrolled ?? 0) >= (session.capacity ?? 0);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async (key) =>
      data(
        await api.training.POST('/sessions/{sessionId}/enrollments', {
          params: { path: { sessionId: session.id as string }, header: { 'Idempotency-Key': key } },
          body: { traineeId },
        }),
      ),
    );
    if (done) {
      setTraineeId('');
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="enrol">
      <h2 id="enrol">{t('training.enrol')}</h2>
      {full && <p role="status">{t('training.sessionFull')}</p>}
      <div className="form-grid">
        <Field label={t('training.searchByName')}>
          <input type="search" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('training.trainee')} problems={submission.fieldProblems.traineeId}>
          <select required value={traineeId} onChange={(e) => setTraineeId(e.target.value)}>
            <option value="">{t('work.choose')}</option>
            {(found.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.fullName ?? p.id} ({p.birthYear ?? '–'})</option>
            ))}
          </select>
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.enrolSubmit')}</SubmitButton>
    </form>
  );
}

/** Hours and score per enrolled trainee; Tab moves along a row, Enter in any cell sends the grid. */
function ResultsGrid({ session, course, enrollments, onDone }: {
  session: SessionView; course: CourseView; enrollments: EnrollmentView[]; onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [completedOn, setCompletedOn] = useState(today());
  const [cells, setCells] = useState<Record<string, { hours: string; score: string }>>({});
  const cell = (id: string) => cells[id] ?? { hours: '', score: '' };
  const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.training.POST('/sessions/{id}/results', {
          params: { path: { id: session.id as string }, header: { 'If-Match': ifMatch(session.version) } },
          body: {
            completedOn,
            results: enrollments.map((en) => ({
              traineeId: en.traineeId as string,
              attendedHours: numberOrNull(cell(en.traineeId as string).hours) as number,
              score: numberOrNull(cell(en.traineeId as string).score) as number,
            })),
          },
        }),
      ),
    );
    if (done) onDone();
  };
  if (enrollments.length === 0) return null;
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="results">
      <h2 id="results">{t('training.results')}</h2>
      <Field label={t('training.completedOn')} problems={submission.fieldProblems.completedOn}>
        <input type="date" required value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />
      </Field>
      <table className="grid">
        <caption>{t('training.results')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.trainee')}</th>
            <th scope="col">{t('training.attendedHours')}</th>
            <th scope="col">{t('training.score')}</th>
            <th scope="col">{t('training.willCertify')}</th>
          </tr>
        </thead>
        <tbody>
          {enrollments.map((en, index) => {
            const id = en.traineeId as string;
            const c = cell(id);
            const certifies = willCertify(numberOrNull(c.hours), numberOrNull(c.score), course.hours ?? 0, course.passMark ?? 0);
            const who = en.fullName ?? t('training.traineeN', { n: index + 1 });
            const problems = submission.fieldProblems[`results[${index}]`];
            return (
              <tr key={id}>
                <th scope="row"><TraineeLink id={id}>{who}</TraineeLink>{problems && <span className="field-problem"> {problems.join('; ')}</span>}</th>
                <td>
                  <input
                    aria-label={t('training.hoursOf', { name: who })} inputMode="decimal" value={c.hours}
                    onChange={(e) => setCells({ ...cells, [id]: { ...c, hours: e.target.value } })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('training.scoreOf', { name: who })} inputMode="decimal" value={c.score}
                    onChange={(e) => setCells({ ...cells, [id]: { ...c, score: e.target.value } })}
                  />
                </td>
                <td data-certifies={certifies}>{certifies ? t('training.yes') : t('training.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.saveResults')}</SubmitButton>
    </form>
  );
}

/** A CSV sheet: previewed row by row, and the service's problems shown on the rows they name; a bad row applies nothing. */
function AttendanceSheet({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [sheet, setSheet] = useState('');
  const [fileName, setFileName] = useState('');
  const rows: SheetRow[] = readSheet(sheet);
  const error = submission.error;
  const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
  const problemsOf = (row: number) => problems.filter((p) => sheetRowOf(p.field ?? '') === row).map((p) => p.message);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    submission.clear();
    if (!file) return;
    setFileName(file.name);
    setSheet(await file.text());
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.training.POST('/sessions/{id}/attendance-sheet', {
          params: { path: { id: session.id as string }, header: { 'If-Match': ifMatch(session.version) } },
          body: sheet,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="sheet">
      <h2 id="sheet">{t('training.attendanceSheet')}</h2>
      <Field label={t('training.sheetFile')} hint={t('training.sheetHint')}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </Field>
      {rows.length > 0 && (
        <table className="grid" data-sheet={fileName}>
          <caption>{t('training.sheetPreview', { file: fileName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.row')}</th>
              <th scope="col">{t('training.traineeId')}</th>
              <th scope="col">{t('training.attendedHours')}</th>
              <th scope="col">{t('training.score')}</th>
              <th scope="col">{t('training.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const rowProblems = problemsOf(row.row);
              return (
                <tr key={row.row} className={rowProblems.length ? 'invalid' : undefined} data-row={row.row}>
                  <th scope="row">{row.row}</th>
                  <td className="number">{row.traineeId}</td>
                  <td>{row.attendedHours}</td>
                  <td>{row.score}</td>
                  <td className="wrap">{rowProblems.length ? <span className="field-problem">{rowProblems.join('; ')}</span> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.uploadSheet')}</SubmitButton>
    </form>
  );
}

function Certificates({ enrollments, onChange }: { enrollments: EnrollmentView[]; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="certificates">
      <h2 id="certificates">{t('training.certificates')}</h2>
      <Table
        caption={t('training.certificates')}
        columns={
          <>
            <th scope="col">{t('training.trainee')}</th>
            <th scope="col">{t('training.attendedHours')}</th>
            <th scope="col">{t('training.score')}</th>
            <th scope="col">{t('training.certificate')}</th>
            <th scope="col">{t('training.revoke')}</th>
          </>
        }
      >
        {enrollments.map((en, index) => (
          <tr key={en.traineeId}>
            <td><TraineeLink id={en.traineeId}>{en.fullName ?? t('training.traineeN', { n: index + 1 })}</TraineeLink></td>
            <td>{en.attendedHours ?? '–'}</td>
            <td>{en.score ?? '–'}</td>
            <td>
              {en.certificateNumber ? (
                <>
                  <Link className="number" to={`/verify/${encodeURIComponent(en.certificateNumber)}`}>{en.certificateNumber}</Link>{' '}
                  <Link to={printUrl(en)}>{t('print.open')}</Link>
                </>
              ) : t('training.notCertified')}
            </td>
            <td>{en.certificateNumber && <Revoke number={en.certificateNumber} onDone={onChange} />}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

/** The printable certificate of an enrolment: the print page reads the holder's name from it. */
function printUrl(enrollment: EnrollmentView): string {
  const query = new URLSearchParams({ session: enrollment.sessionId ?? '', trainee: enrollment.traineeId ?? '' });
  return `/certificates/${encodeURIComponent(enrollment.certificateNumber ?? '')}/print?${query}`;
}

function Revoke({ number, onDone }: { number: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [reason, setReason] = useState<RevocationReason | ''>('');
  const [note, setNote] = useState('');
  const [revoked, setRevoked] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return; // the required select keeps the form from being sent without one
    const done = await submission.submit(async () =>
      data(
        await api.training.POST('/certificates/{number}/revocation', { params: { path: { number } }, body: reasonBody(reason, note) }),
      ),
    );
    if (done) {
      setRevoked(true);
      onDone();
    }
  };
  if (revoked) return <span role="status">{t('training.revoked')}</span>;
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <ReasonFields
        codes={REVOCATION_REASONS}
        labelPrefix="revocationReason"
        reasonLabel={t('training.revocationReasonFor', { number })}
        noteLabel={t('training.revocationNoteFor', { number })}
        reason={reason}
        noteMaxLength={1000}
        note={note}
        onReason={setReason}
        onNote={setNote}
        problems={submission.fieldProblems}
      />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.revoke')}</SubmitButton>
    </form>
  );
}
