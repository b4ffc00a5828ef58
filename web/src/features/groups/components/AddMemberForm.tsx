import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameAndSex, PhoneField } from '../../../components/PersonFields';
import { Field, FormProblem, SubmitButton, useFormValues, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { RecordDateField } from '../../periods/components/RecordDateField';
import { useGroupWrites, type MemberForm } from '../hooks/useGroups';

/** Adds a member to the group with their personal data, role and the day they joined. */
export function AddMemberForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const submission = useSubmission();
  const {
    values: form,
    input,
    change,
    reset,
  } = useFormValues({
    fullName: '',
    sex: 'FEMALE',
    role: 'COMMUNITY_REPRESENTATIVE',
    rank: '',
    affiliation: '',
    phone: '',
    joinedOn: today(),
  });
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body: MemberForm = {
      fullName: form.fullName.trim(),
      // the selects offer only the values the service takes
      sex: form.sex as MemberForm['sex'],
      role: form.role as MemberForm['role'],
      rank: form.rank.trim() || undefined,
      affiliation: form.affiliation.trim() || undefined,
      phone: form.phone.trim() || undefined,
      joinedOn: form.joinedOn,
    };
    if (await submission.submit((key) => writes.addMember(groupId, body, key))) {
      reset();
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="add-member">
      <h3 id="add-member">{t('groups.addMember')}</h3>
      <div className="form-grid">
        <NameAndSex fullName={form.fullName} sex={form.sex} problems={problems} onChange={change} />
        <Field label={t('groups.role')} problems={problems.role}>
          <select value={form.role} onChange={input('role')}>
            <option value="COMMUNITY_REPRESENTATIVE">{t('memberRole.COMMUNITY_REPRESENTATIVE')}</option>
            <option value="POLICE_OFFICER">{t('memberRole.POLICE_OFFICER')}</option>
          </select>
        </Field>
        <Field label={t('groups.rank')} problems={problems.rank}>
          <input value={form.rank} onChange={input('rank')} />
        </Field>
        <Field label={t('groups.affiliation')} problems={problems.affiliation}>
          <input value={form.affiliation} onChange={input('affiliation')} />
        </Field>
        <PhoneField value={form.phone} onChange={input('phone')} problems={problems.phone} />
        <RecordDateField
          label={t('groups.joinedOn')}
          value={form.joinedOn}
          onChange={(joinedOn) => change({ joinedOn })}
          problems={problems.joinedOn}
        />
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.addMemberSubmit')}</SubmitButton>
    </form>
  );
}
