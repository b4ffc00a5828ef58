import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import { NameAndSex } from '../../../components/DataEntry';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { RecordDateField } from '../../periods/components/RecordDateField';

type MemberView = components['schemas']['MemberView'];

/** Adds a member to the group with their personal data, role and the day they joined. */
export function AddMemberForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const empty = {
    fullName: '',
    sex: 'FEMALE',
    role: 'COMMUNITY_REPRESENTATIVE',
    rank: '',
    affiliation: '',
    phone: '',
    joinedOn: today(),
  };
  const [form, setForm] = useState(empty);
  const problems = submission.fieldProblems;
  const set = (field: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const added = await submission.submit(async (key) =>
      data(
        await api.groups.POST('/groups/{groupId}/members', {
          params: { path: { groupId }, header: { 'Idempotency-Key': key } },
          body: {
            fullName: form.fullName.trim(),
            // the selects offer only the values the service takes
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
          fullName={form.fullName}
          sex={form.sex}
          problems={problems}
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
        <RecordDateField
          label={t('groups.joinedOn')}
          value={form.joinedOn}
          onChange={(joinedOn) => setForm({ ...form, joinedOn })}
          problems={problems.joinedOn}
        />
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.addMemberSubmit')}</SubmitButton>
    </form>
  );
}
