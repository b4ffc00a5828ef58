import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/training';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { Loading, Problem } from '../../components/Problem';
import { useReference } from '../../components/Reference';
import { TraineeLink } from '../../features/trainees/components/TraineeLink';
import { formatDate } from '../../lib/format';
import { monthWeeks, today } from '../../lib/work';
import { DistrictPicker, HeadingWithForm, NameAndSex, PagedTable } from '../../components/DataEntry';
import { useOpenCenters } from './Groups';
import { Table } from '../../components/Table';

export type CourseView = components['schemas']['CourseView'];
export type SessionView = components['schemas']['SessionView'];
export type TraineeView = components['schemas']['TraineeView'];
const TOPICS = ['COMMUNITY_POLICING_PRINCIPLES', 'PEACEBUILDING', 'DIALOGUE', 'CONFLICT_ANALYSIS'] as const;
const PAGE_SIZE = 20;

/** Training: courses, sessions (a list and a month calendar) and trainees, each with the form that adds one. */
export default function Training() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('training.title')}</h1>
      <nav aria-label={t('training.sections')} className="sub-nav">
        <a href="#courses">{t('training.courses')}</a> · <a href="#sessions">{t('training.sessions')}</a> ·{' '}
        <a href="#trainees">{t('training.trainees')}</a> · <Link to="/training/imports/new">{t('imports.title')}</Link>
      </nav>
      <Courses />
      <Sessions />
      <Trainees />
    </>
  );
}

function useCourses(round: number) {
  const api = useApi();
  return useLoad(async () => (data(await api.training.GET('/courses', { params: { query: { size: '500' } } })).items ?? []) as CourseView[], [round]);
}

function Courses() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const courses = useCourses(round);
  return (
    <section aria-labelledby="courses">
      <HeadingWithForm
        level={2} headingId="courses" heading={t('training.courses')} action={t('training.defineCourse')}
        form={(close) => <DefineCourse onDone={() => { close(); setRound(round + 1); }} />}
      />
      {courses.error ? <Problem error={courses.error} retry={courses.reload} /> : null}
      {courses.data && (
        <Table
          caption={t('training.courses')}
          columns={
            <>
              <th scope="col">{t('training.courseCode')}</th>
              <th scope="col">{t('training.courseTitle')}</th>
              <th scope="col">{t('training.topics')}</th>
              <th scope="col" className="num">{t('training.hours')}</th>
              <th scope="col" className="num">{t('training.passMark')}</th>
            </>
          }
        >
          {courses.data.map((c) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <td>{c.title}</td>
              <td>{(c.topics ?? []).map((topic) => t(`topic.${topic}`)).join(', ')}</td>
              <td className="num">{c.hours}</td>
              <td className="num">{c.passMark}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function DefineCourse({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [form, setForm] = useState({ code: '', title: '', hours: '', passMark: '' });
  const [topics, setTopics] = useState<string[]>([]);
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit(async (key) =>
      data(
        await api.training.POST('/courses', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            code: form.code.trim(), title: form.title.trim(), topics: topics as CourseView['topics'] & string[],
            hours: Number(form.hours), passMark: Number(form.passMark),
          },
        }),
      ),
    );
    if (created) onDone();
  };
  const text = (field: keyof typeof form, extra: Record<string, unknown> = {}) => (
    <Field label={t(`training.${field === 'code' ? 'courseCode' : field === 'title' ? 'courseTitle' : field}`)} problems={problems[field]}>
      <input required value={form[field]} onChange={(e) => setForm({ ...form, [field]: e.target.value })} {...extra} />
    </Field>
  );
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="define-course">
      <h3 id="define-course">{t('training.defineCourse')}</h3>
      <div className="form-grid">
        {text('code')}
        {text('title')}
        {text('hours', { type: 'number', min: 1 })}
        {text('passMark', { type: 'number', min: 0, max: 100 })}
      </div>
      <fieldset aria-invalid={problems.topics ? true : undefined}>
        <legend>{t('training.topics')}</legend>
        {TOPICS.map((topic) => (
          <label key={topic} className="check">
            <input
              type="checkbox" checked={topics.includes(topic)}
              onChange={(e) => setTopics(e.target.checked ? [...topics, topic] : topics.filter((x) => x !== topic))}
            />{' '}
            {t(`topic.${topic}`)}
          </label>
        ))}
        {problems.topics && <span className="field-problem">{problems.topics.join('; ')}</span>}
      </fieldset>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.defineCourseSubmit')}</SubmitButton>
    </form>
  );
}

function Sessions() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { districtName } = useReference();
  const now = new Date();
  const [month, setMonth] = useState({ year: now.getFullYear(), month: now.getMonth() + 1 });
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [page, setPage] = useState(0);
  const [scheduling, setScheduling] = useState(false);
  const from = `${month.year}-${String(month.month).padStart(2, '0')}-01`;
  const to = `${month.year}-${String(month.month).padStart(2, '0')}-${new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()}`;
  const sessions = useLoad(
    async () =>
      data(
        await api.training.GET('/sessions', {
          params: { query: view === 'calendar' ? { from, to, size: '500' } : { page: String(page), size: String(PAGE_SIZE) } },
        }),
      ),
    [view, from, page, scheduling],
  );
  const shift = (by: number) => {
    const date = new Date(Date.UTC(month.year, month.month - 1 + by, 1));
    setMonth({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
  };
  const items = (sessions.data?.items ?? []) as SessionView[];
  return (
    <section aria-labelledby="sessions">
      <div className="page-head">
        <h2 id="sessions">{t('training.sessions')}</h2>
        <Field label={t('training.show')}>
          <select value={view} onChange={(e) => setView(e.target.value as 'list' | 'calendar')}>
            <option value="list">{t('training.asList')}</option>
            <option value="calendar">{t('training.asCalendar')}</option>
          </select>
        </Field>
        <button type="button" aria-expanded={scheduling} onClick={() => setScheduling(!scheduling)}>{t('training.schedule')}</button>
      </div>
      {scheduling && <ScheduleSession />}
      {sessions.error ? <Problem error={sessions.error} retry={sessions.reload} /> : null}
      {sessions.loading && !sessions.data ? <Loading /> : null}
      {view === 'list' && sessions.data && (
        <PagedTable
          caption={t('training.sessions')}
          columns={
            <>
              <th scope="col">{t('training.course')}</th>
              <th scope="col">{t('training.startsOn')}</th>
              <th scope="col">{t('work.district')}</th>
              <th scope="col">{t('training.venue')}</th>
              <th scope="col" className="num">{t('training.enrolledOfCapacity')}</th>
              <th scope="col">{t('work.status')}</th>
            </>
          }
          rows={items.map((s) => (
            <tr key={s.id}>
              <td><Link to={`/training/sessions/${s.id}`}>{s.courseCode}</Link></td>
              <td>{formatDate(s.startsOn, i18n.language)}</td>
              <td>{districtName(s.districtCode)}</td>
              <td>{s.venue || '–'}</td>
              <td className="num">{s.enrolled} / {s.capacity}</td>
              <td>{t(`sessionStatus.${s.status}`)}</td>
            </tr>
          ))}
          page={page}
          size={PAGE_SIZE}
          total={Number(sessions.data.totalItems ?? 0)}
          onPage={setPage}
        />
      )}
      {view === 'calendar' && (
        <div>
          <div className="page-head">
            <button type="button" onClick={() => shift(-1)}>{t('training.previousMonth')}</button>
            <h3 aria-live="polite">
              {new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(month.year, month.month - 1, 1)))}
            </h3>
            <button type="button" onClick={() => shift(1)}>{t('training.nextMonth')}</button>
          </div>
          <table className="calendar">
            <caption>{t('training.calendar')}</caption>
            <thead>
              <tr>
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <th scope="col" key={d}>
                    {new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d)))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(month.year, month.month).map((week, w) => (
                <tr key={w}>
                  {week.map((day, d) => (
                    <td key={d}>
                      {day && (
                        <>
                          <span className="day">{Number(day.slice(8))}</span>
                          {items.filter((s) => (s.startsOn ?? '') <= day && day <= (s.endsOn ?? s.startsOn ?? '')).map((s) => (
                            <Link key={s.id} className="calendar-session" to={`/training/sessions/${s.id}`}>{s.courseCode}</Link>
                          ))}
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ScheduleSession() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const courses = useCourses(0);
  const centers = useOpenCenters();
  const submission = useSubmission();
  const [form, setForm] = useState({
    courseCode: '', startsOn: today(), endsOn: today(), where: 'centre', centerId: '', districtCode: '', venue: '',
    partnerCode: '', trainers: '', capacity: '20',
  });
  const problems = submission.fieldProblems;
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const atCenter = form.where === 'centre';
    const created = await submission.submit(async (key) =>
      data(
        await api.training.POST('/sessions', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            courseCode: form.courseCode, startsOn: form.startsOn, endsOn: form.endsOn,
            centerId: atCenter ? form.centerId : undefined,
            districtCode: atCenter ? undefined : form.districtCode,
            venue: form.venue.trim() || undefined, partnerCode: form.partnerCode.trim() || undefined,
            trainers: form.trainers.split(',').map((x) => x.trim()).filter(Boolean), capacity: Number(form.capacity),
          },
        }),
      ),
    );
    if (created) navigate(`/training/sessions/${(created as unknown as SessionView).id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="schedule-session">
      <h3 id="schedule-session">{t('training.schedule')}</h3>
      <div className="form-grid">
        <Field label={t('training.course')} problems={problems.courseCode}>
          <select required value={form.courseCode} onChange={set('courseCode')}>
            <option value="">{t('work.choose')}</option>
            {(courses.data ?? []).map((c) => <option key={c.code} value={c.code}>{c.title} ({c.code})</option>)}
          </select>
        </Field>
        <Field label={t('training.startsOn')} problems={problems.startsOn}>
          <input type="date" required value={form.startsOn} onChange={set('startsOn')} />
        </Field>
        <Field label={t('training.endsOn')} problems={problems.endsOn}>
          <input type="date" required value={form.endsOn} onChange={set('endsOn')} />
        </Field>
        <Field label={t('training.where')}>
          <select value={form.where} onChange={set('where')}>
            <option value="centre">{t('training.atCentre')}</option>
            <option value="elsewhere">{t('training.elsewhere')}</option>
          </select>
        </Field>
        {form.where === 'centre' ? (
          <Field label={t('groups.centre')} problems={problems.centerId} hint={t('groups.openCentresOnly')}>
            <select required value={form.centerId} onChange={set('centerId')}>
              <option value="">{t('work.choose')}</option>
              {(centers.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name} ({c.code})</option>)}
            </select>
          </Field>
        ) : (
          <DistrictPicker value={form.districtCode} onChange={(districtCode) => setForm({ ...form, districtCode })} problems={problems.districtCode} />
        )}
        <Field label={t('training.venue')} problems={problems.venue}>
          <input value={form.venue} onChange={set('venue')} />
        </Field>
        <Field label={t('training.partner')} problems={problems.partnerCode}>
          <input value={form.partnerCode} onChange={set('partnerCode')} />
        </Field>
        <Field label={t('training.trainers')} problems={problems.trainers} hint={t('training.trainersHint')}>
          <input required value={form.trainers} onChange={set('trainers')} />
        </Field>
        <Field label={t('training.capacity')} problems={problems.capacity}>
          <input type="number" min={1} required value={form.capacity} onChange={set('capacity')} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.scheduleSubmit')}</SubmitButton>
    </form>
  );
}

function Trainees() {
  const { t } = useTranslation();
  const api = useApi();
  const { districtName } = useReference();
  const [name, setName] = useState('');
  const [page, setPage] = useState(0);
  const [round, setRound] = useState(0);
  const trainees = useLoad(
    async () =>
      data(await api.training.GET('/trainees', { params: { query: { page: String(page), size: String(PAGE_SIZE), ...(name.trim() ? { name: name.trim() } : {}) } } })),
    [name, page, round],
  );
  return (
    <section aria-labelledby="trainees">
      <HeadingWithForm
        level={2} headingId="trainees" heading={t('training.trainees')} action={t('training.registerTrainee')}
        form={() => <RegisterTrainee onDone={() => setRound(round + 1)} />}
      />
      <div className="filters">
        <Field label={t('training.searchByName')}>
          <input type="search" value={name} onChange={(e) => { setName(e.target.value); setPage(0); }} />
        </Field>
      </div>
      {trainees.error ? <Problem error={trainees.error} retry={trainees.reload} /> : null}
      {trainees.data && (
        <PagedTable
          caption={t('training.trainees')}
          columns={
            <>
              <th scope="col">{t('people.fullName')}</th>
              <th scope="col">{t('people.sex')}</th>
              <th scope="col">{t('training.birthYear')}</th>
              <th scope="col">{t('training.category')}</th>
              <th scope="col">{t('work.district')}</th>
              <th scope="col">{t('people.phone')}</th>
            </>
          }
          rows={((trainees.data.items ?? []) as TraineeView[]).map((p) => (
            <tr key={p.id}>
              <td><TraineeLink id={p.id}>{p.fullName ?? t('people.hidden')}</TraineeLink></td>
              <td>{t(`sex.${p.sex}`)}</td>
              <td>{p.birthYear ?? t('people.hidden')}</td>
              <td>{t(`traineeCategory.${p.category}`)}</td>
              <td>{districtName(p.districtCode)}</td>
              <td>{p.phone || '–'}</td>
            </tr>
          ))}
          page={page}
          size={PAGE_SIZE}
          total={Number(trainees.data.totalItems ?? 0)}
          onPage={setPage}
        />
      )}
    </section>
  );
}

function RegisterTrainee({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const empty = { fullName: '', sex: 'FEMALE', birthYear: '', category: 'CITIZEN', districtCode: '', phone: '' };
  const [form, setForm] = useState(empty);
  const [registered, setRegistered] = useState<string | null>(null);
  const problems = submission.fieldProblems;
  const set = (field: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit(async (key) =>
      data(
        await api.training.POST('/trainees', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            fullName: form.fullName.trim(), sex: form.sex as TraineeView['sex'] & string, birthYear: Number(form.birthYear),
            category: form.category as TraineeView['category'] & string, districtCode: form.districtCode,
            phone: form.phone.trim() || undefined,
          },
        }),
      ),
    );
    if (created) {
      setRegistered(form.fullName.trim());
      setForm(empty);
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="register-trainee">
      <h3 id="register-trainee">{t('training.registerTrainee')}</h3>
      <div className="form-grid">
        <NameAndSex
          fullName={form.fullName} sex={form.sex} problems={problems}
          onChange={(change) => setForm({ ...form, ...change })}
        />
        <Field label={t('training.birthYear')} problems={problems.birthYear}>
          <input type="number" required value={form.birthYear} onChange={set('birthYear')} />
        </Field>
        <Field label={t('training.category')} problems={problems.category}>
          <select value={form.category} onChange={set('category')}>
            <option value="CITIZEN">{t('traineeCategory.CITIZEN')}</option>
            <option value="POLICE_OFFICER">{t('traineeCategory.POLICE_OFFICER')}</option>
          </select>
        </Field>
        <DistrictPicker value={form.districtCode} onChange={(districtCode) => setForm({ ...form, districtCode })} problems={problems.districtCode} />
        <Field label={t('people.phone')} problems={problems.phone}>
          <input type="tel" value={form.phone} onChange={set('phone')} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      {registered && <p role="status">{t('training.traineeRegistered', { name: registered })}</p>}
      <SubmitButton pending={submission.pending}>{t('training.registerTraineeSubmit')}</SubmitButton>
    </form>
  );
}
