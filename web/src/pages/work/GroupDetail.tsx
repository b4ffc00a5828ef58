import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/groups';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { Loading, Problem } from '../../components/Problem';
import { useReference } from '../../components/Reference';
import { formatDate } from '../../lib/format';
import { ifMatch, participantsAddUp, today } from '../../lib/work';
import type { GroupView } from './Groups';
import { NameAndSex } from '../../components/DataEntry';
import { Table } from '../../components/Table';
import { GroupIssueList } from '../../features/issues/components/GroupIssueList';
import { ISSUE_CATEGORIES } from '../../features/issues/lib/issues';

type MemberView = components['schemas']['MemberView'];
type IssueForm = components['schemas']['IssueForm'];

/** One group: its members, its meetings and the safety issues raised there (each followed up on its own page), and its dissolution. */
export default function GroupDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const api = useApi();
  const { districtName } = useReference();
  const group = useLoad(
    async () => data(await api.groups.GET('/groups/{id}', { params: { path: { id } } })) as unknown as GroupView,
    [id],
  );
  if (group.error) return <Problem error={group.error} retry={group.reload} />;
  if (!group.data) return <Loading />;
  const g = group.data;
  const active = g.status === 'ACTIVE';
  return (
    <>
      <p><Link to="/groups">{t('groups.backToList')}</Link></p>
      <div className="page-head">
        <h1>{g.name}</h1>
        <span className="badge badge-unknown">{t(`groupStatus.${g.status}`)}</span>
      </div>
      <p>
        {districtName(g.districtCode)} · {t('groups.formedOn')}: {formatDate(g.formedOn, i18n.language)}
        {g.dissolvedOn ? ` · ${t('groups.dissolvedOn')}: ${formatDate(g.dissolvedOn, i18n.language)}` : ''}
      </p>
      <Members group={g} onChange={group.reload} />
      <Meetings group={g} onChange={group.reload} />
      <GroupIssueList groupId={g.id as string} groupVersion={g.version} />
      {active && <Dissolve group={g} onDone={group.reload} />}
    </>
  );
}

function Members({ group, onChange }: { group: GroupView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const groupId = group.id as string;
  const members = useLoad(
    async () =>
      (data(await api.groups.GET('/groups/{groupId}/members', { params: { path: { groupId }, query: { size: '500' } } }))
        .items ?? []) as MemberView[],
    [groupId, group],
  );
  return (
    <section aria-labelledby="members">
      <h2 id="members">{t('groups.membersTitle')}</h2>
      {members.error ? <Problem error={members.error} /> : null}
      {members.data && (
        <Table
          caption={t('groups.membersTitle')}
          columns={
            <>
              <th scope="col">{t('people.fullName')}</th>
              <th scope="col">{t('people.sex')}</th>
              <th scope="col">{t('groups.role')}</th>
              <th scope="col">{t('groups.rank')}</th>
              <th scope="col">{t('people.phone')}</th>
              <th scope="col">{t('groups.joinedOn')}</th>
              <th scope="col">{t('groups.leftOn')}</th>
            </>
          }
        >
          {members.data.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName ?? t('people.hidden')}</td>
              <td>{t(`sex.${m.sex}`)}</td>
              <td>{t(`memberRole.${m.role}`)}</td>
              <td>{m.rank || '–'}</td>
              <td>{m.phone || '–'}</td>
              <td>{formatDate(m.joinedOn, i18n.language)}</td>
              <td>
                {m.leftOn ? formatDate(m.leftOn, i18n.language) : group.status === 'ACTIVE' ? (
                  <Departure groupId={groupId} member={m} onDone={onChange} />
                ) : '–'}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {group.status === 'ACTIVE' && <AddMember groupId={groupId} onDone={onChange} />}
    </section>
  );
}

function Departure({ groupId, member, onDone }: { groupId: string; member: MemberView; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [leftOn, setLeftOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.groups.POST('/groups/{groupId}/members/{memberId}/departure', {
          params: { path: { groupId, memberId: member.id as string } },
          body: { leftOn },
        }),
      ),
    );
    if (done) onDone();
  };
  const who = member.fullName ?? t('people.hidden');
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <Field label={t('groups.departureOf', { name: who })} problems={submission.fieldProblems.leftOn}>
        <input type="date" required value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
      </Field>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.recordDeparture')}</SubmitButton>
    </form>
  );
}

function AddMember({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const empty = { fullName: '', sex: 'FEMALE', role: 'COMMUNITY_REPRESENTATIVE', rank: '', affiliation: '', phone: '', joinedOn: today() };
  const [form, setForm] = useState(empty);
  const problems = submission.fieldProblems;
  const set = (field: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const added = await submission.submit(async (key) =>
      data(
        await api.groups.POST('/groups/{groupId}/members', {
          params: { path: { groupId }, header: { 'Idempotency-Key': key } },
          body: {
            fullName: form.fullName.trim(),
            sex: form.sex as MemberView['sex'] & string,
            role: form.role as MemberView['role'] & string,
            rank: form.rank.trim() || undefined,
            affiliation: form.affiliation.trim() || undefined,
            phone: form.phone.trim() || undefined,
            joinedOn: form.joinedOn,
          },
        }),
      ),
    );
    if (added) {
      setForm(empty);
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="add-member">
      <h3 id="add-member">{t('groups.addMember')}</h3>
      <div className="form-grid">
        <NameAndSex
          fullName={form.fullName} sex={form.sex} problems={problems}
          onChange={(change) => setForm({ ...form, ...change })}
        />
        <Field label={t('groups.role')} problems={problems.role}>
          <select value={form.role} onChange={set('role')}>
            <option value="COMMUNITY_REPRESENTATIVE">{t('memberRole.COMMUNITY_REPRESENTATIVE')}</option>
            <option value="POLICE_OFFICER">{t('memberRole.POLICE_OFFICER')}</option>
          </select>
        </Field>
        <Field label={t('groups.rank')} problems={problems.rank}>
          <input value={form.rank} onChange={set('rank')} />
        </Field>
        <Field label={t('groups.affiliation')} problems={problems.affiliation}>
          <input value={form.affiliation} onChange={set('affiliation')} />
        </Field>
        <Field label={t('people.phone')} problems={problems.phone}>
          <input type="tel" value={form.phone} onChange={set('phone')} />
        </Field>
        <Field label={t('groups.joinedOn')} problems={problems.joinedOn}>
          <input type="date" required value={form.joinedOn} onChange={set('joinedOn')} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.addMemberSubmit')}</SubmitButton>
    </form>
  );
}

function Meetings({ group, onChange }: { group: GroupView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const groupId = group.id as string;
  const meetings = useLoad(
    async () =>
      data(await api.groups.GET('/groups/{groupId}/meetings', { params: { path: { groupId }, query: { size: '500' } } }))
        .items ?? [],
    [groupId, group],
  );
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('groups.meetingsTitle')}</h2>
      {meetings.error ? <Problem error={meetings.error} /> : null}
      {meetings.data && (
        <ul>
          {meetings.data.map((m) => (
            <li key={m.id}>
              {formatDate(m.heldOn, i18n.language)}:{' '}
              {t('groups.participantsSummary', {
                female: m.participants?.female ?? 0, male: m.participants?.male ?? 0,
                police: m.participants?.police ?? 0, community: m.participants?.community ?? 0,
              })}
              {m.issuesRaised?.length ? ` · ${t('groups.issuesRaisedCount', { count: m.issuesRaised.length })}` : ''}
            </li>
          ))}
        </ul>
      )}
      {group.status === 'ACTIVE' && <RecordMeeting groupId={groupId} onDone={onChange} />}
    </section>
  );
}

function RecordMeeting({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [heldOn, setHeldOn] = useState(today());
  const [counts, setCounts] = useState({ female: '', male: '', police: '', community: '' });
  const [issues, setIssues] = useState<IssueForm[]>([]);
  const [unbalanced, setUnbalanced] = useState(false);
  const problems = submission.fieldProblems;
  const participants = {
    female: Number(counts.female || 0), male: Number(counts.male || 0),
    police: Number(counts.police || 0), community: Number(counts.community || 0),
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // checked here first so that the user corrects it before anything is sent
    if (!participantsAddUp(participants)) {
      setUnbalanced(true);
      return;
    }
    setUnbalanced(false);
    const held = await submission.submit(async (key) =>
      data(
        await api.groups.POST('/groups/{groupId}/meetings', {
          params: { path: { groupId }, header: { 'Idempotency-Key': key } },
          body: { heldOn, participants, issuesRaised: issues },
        }),
      ),
    );
    if (held) {
      setCounts({ female: '', male: '', police: '', community: '' });
      setIssues([]);
      onDone();
    }
  };
  const count = (field: keyof typeof counts) => (
    <Field label={t(`groups.participants.${field}`)} problems={problems[`participants.${field}`]}>
      <input
        type="number" min={0} required inputMode="numeric" value={counts[field]}
        onChange={(e) => setCounts({ ...counts, [field]: e.target.value })}
      />
    </Field>
  );
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="record-meeting" noValidate={false}>
      <h3 id="record-meeting">{t('groups.recordMeeting')}</h3>
      <div className="form-grid">
        <Field label={t('groups.heldOn')} problems={problems.heldOn}>
          <input type="date" required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </Field>
        {count('female')}
        {count('male')}
        {count('police')}
        {count('community')}
      </div>
      {unbalanced && (
        <p className="problem" role="alert">{t('groups.participantsDoNotAddUp', participants)}</p>
      )}
      <fieldset>
        <legend>{t('groups.issuesRaised')}</legend>
        {issues.map((issue, index) => (
          <div className="form-grid" key={index}>
            <Field label={t('groups.issueCategoryN', { n: index + 1 })} problems={problems[`issuesRaised[${index}].category`]}>
              <select
                value={issue.category}
                onChange={(e) => setIssues(issues.map((x, i) => (i === index ? { ...x, category: e.target.value as IssueForm['category'] } : x)))}
              >
                {ISSUE_CATEGORIES.map((c) => <option key={c} value={c}>{t(`issueCategory.${c}`)}</option>)}
              </select>
            </Field>
            <Field label={t('groups.issueDescriptionN', { n: index + 1 })} problems={problems[`issuesRaised[${index}].description`]}>
              <input
                required value={issue.description}
                onChange={(e) => setIssues(issues.map((x, i) => (i === index ? { ...x, description: e.target.value } : x)))}
              />
            </Field>
            <button type="button" onClick={() => setIssues(issues.filter((_, i) => i !== index))}>
              {t('groups.removeIssueN', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setIssues([...issues, { category: 'OTHER', description: '' }])}>
          {t('groups.addIssue')}
        </button>
      </fieldset>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.recordMeetingSubmit')}</SubmitButton>
    </form>
  );
}

function Dissolve({ group, onDone }: { group: GroupView; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [dissolvedOn, setDissolvedOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.groups.POST('/groups/{id}/dissolution', {
          params: { path: { id: group.id as string }, header: { 'If-Match': ifMatch(group.version) } },
          body: { dissolvedOn },
        }),
      ),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="dissolve">
      <h2 id="dissolve">{t('groups.dissolve')}</h2>
      <Field label={t('groups.dissolvedOn')} problems={submission.fieldProblems.dissolvedOn}>
        <input type="date" required value={dissolvedOn} onChange={(e) => setDissolvedOn(e.target.value)} />
      </Field>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.dissolve')}</SubmitButton>
    </form>
  );
}
