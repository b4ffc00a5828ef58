import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { participantsAddUp, today } from '../../../lib/work';
import { ISSUE_CATEGORIES } from '../../issues/lib/issues';
import { RecordDateField } from '../../periods/components/RecordDateField';
import { useGroupWrites, type IssueForm } from '../hooks/useGroups';

/** Records a meeting: its participants (checked to add up before sending) and the safety issues raised. */
export function RecordMeetingForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const submission = useSubmission();
  const [heldOn, setHeldOn] = useState(today());
  const [counts, setCounts] = useState({ female: '', male: '', police: '', community: '' });
  const [issues, setIssues] = useState<IssueForm[]>([]);
  const [unbalanced, setUnbalanced] = useState(false);
  const problems = submission.fieldProblems;
  const participants = {
    female: Number(counts.female || 0),
    male: Number(counts.male || 0),
    police: Number(counts.police || 0),
    community: Number(counts.community || 0),
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // checked here first so that the user corrects it before anything is sent
    if (!participantsAddUp(participants)) {
      setUnbalanced(true);
      return;
    }
    setUnbalanced(false);
    const held = await submission.submit((key) =>
      writes.recordMeeting(groupId, { heldOn, participants, issuesRaised: issues }, key),
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
        type="number"
        min={0}
        required
        inputMode="numeric"
        value={counts[field]}
        onChange={(e) => setCounts({ ...counts, [field]: e.target.value })}
      />
    </Field>
  );
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="record-meeting" noValidate={false}>
      <h3 id="record-meeting">{t('groups.recordMeeting')}</h3>
      <div className="form-grid">
        <RecordDateField label={t('groups.heldOn')} value={heldOn} onChange={setHeldOn} problems={problems.heldOn} />
        {count('female')}
        {count('male')}
        {count('police')}
        {count('community')}
      </div>
      {unbalanced && (
        <p className="problem" role="alert">
          {t('groups.participantsDoNotAddUp', participants)}
        </p>
      )}
      <fieldset>
        <legend>{t('groups.issuesRaised')}</legend>
        {issues.map((issue, index) => (
          <div className="form-grid" key={index}>
            <Field
              label={t('groups.issueCategoryN', { n: index + 1 })}
              problems={problems[`issuesRaised[${index}].category`]}
            >
              <select
                value={issue.category}
                onChange={(e) =>
                  setIssues(
                    issues.map((x, i) =>
                      i === index ? { ...x, category: e.target.value as IssueForm['category'] } : x,
                    ),
                  )
                }
              >
                {ISSUE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`issueCategory.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('groups.issueDescriptionN', { n: index + 1 })}
              problems={problems[`issuesRaised[${index}].description`]}
            >
              <input
                required
                value={issue.description}
                onChange={(e) =>
                  setIssues(issues.map((x, i) => (i === index ? { ...x, description: e.target.value } : x)))
                }
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
