import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import { NameAndSex } from '../../../components/DataEntry';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { today } from '../../../lib/work';

type GroupView = components['schemas']['GroupView'];
type MemberView = components['schemas']['MemberView'];

/** The group's members with their personal data as the service returns it, departures, and adding a member. */
export function GroupMembers({ group, onChange }: { group: GroupView; onChange: () => void }) {
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
