import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { useTrainingWrites } from '../hooks/useTraining';
import { TOPICS, type TrainingTopic } from '../lib/training';

const LABELS = {
  code: 'training.courseCode',
  title: 'training.courseTitle',
  hours: 'training.hours',
  passMark: 'training.passMark',
};

/** Defines a course: its code, title, topics, hours and pass mark. */
export function DefineCourseForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const [form, setForm] = useState({ code: '', title: '', hours: '', passMark: '' });
  const [topics, setTopics] = useState<TrainingTopic[]>([]);
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      code: form.code.trim(),
      title: form.title.trim(),
      topics,
      hours: Number(form.hours),
      passMark: Number(form.passMark),
    };
    if (await submission.submit((key) => writes.defineCourse(body, key))) onDone();
  };
  const text = (field: keyof typeof form, extra: Record<string, unknown> = {}) => (
    <Field label={t(LABELS[field])} problems={problems[field]}>
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
              type="checkbox"
              checked={topics.includes(topic)}
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
