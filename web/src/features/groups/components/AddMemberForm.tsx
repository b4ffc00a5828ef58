import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../../components/Fields';
import { NameAndSex, PhoneField } from '../../../components/PersonFields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { today } from '../../../lib/work';
import { RecordDateField } from '../../periods/components/RecordDateField';
import { useGroupWrites, type MemberForm } from '../hooks/useGroups';

const newMember = () => ({
  fullName: '',
  sex: 'FEMALE',
  role: 'COMMUNITY_REPRESENTATIVE',
  rank: '',
  affiliation: '',
  phone: '',
  joinedOn: today(),
});

function memberBody(form: ReturnType<typeof newMember>): MemberForm {
  return {
    fullName: form.fullName.trim(),
    // the selects offer only the values the service takes
    sex: form.sex as MemberForm['sex'],
    role: form.role as MemberForm['role'],
    rank: form.rank.trim() || undefined,
    affiliation: form.affiliation.trim() || undefined,
    phone: form.phone.trim() || undefined,
    joinedOn: form.joinedOn,
  };
}

/** Adds a member to the group with their personal data, role and the day they joined. */
export function AddMemberForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const form = useWorkForm(
    newMember(),
    (member, key) => writes.addMember(groupId, memberBody(member), key),
    (_, sent) => {
      sent.reset();
      onDone();
    },
  );
  const roles = ['COMMUNITY_REPRESENTATIVE', 'POLICE_OFFICER'].map((role) => ({
    value: role,
    label: t(`memberRole.${role}`),
  }));
  return (
    <WorkForm write={form} id="add-member" heading={t('groups.addMember')} submit={t('groups.addMemberSubmit')}>
      <div className="form-grid">
        <NameAndSex fullName={form.field('fullName')} sex={form.field('sex')} />
        <ChoiceField label={t('groups.role')} options={roles} {...form.field('role')} />
        <TextField label={t('groups.rank')} {...form.field('rank')} />
        <TextField label={t('groups.affiliation')} {...form.field('affiliation')} />
        <PhoneField {...form.field('phone')} />
        <RecordDateField label={t('groups.joinedOn')} {...form.field('joinedOn')} />
      </div>
    </WorkForm>
  );
}
