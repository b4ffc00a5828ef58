import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckBox, TextField } from '../../../components/Fields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { useTrainingWrites } from '../hooks/useTraining';
import { TOPICS, type TrainingTopic } from '../lib/training';

/** Defines a course: its code, title, topics, hours and pass mark. */
export function DefineCourseForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const [topics, setTopics] = useState<TrainingTopic[]>([]);
  const form = useWorkForm(
    { code: '', title: '', hours: '', passMark: '' },
    (course, key) =>
      writes.defineCourse(
        {
          code: course.code.trim(),
          title: course.title.trim(),
          topics,
          hours: Number(course.hours),
          passMark: Number(course.passMark),
        },
        key,
      ),
    onDone,
  );
  const problems = form.submission.fieldProblems;
  const choose = (topic: TrainingTopic) => (chosen: boolean) =>
    setTopics(chosen ? [...topics, topic] : topics.filter((x) => x !== topic));
  return (
    <WorkForm
      write={form}
      id="define-course"
      heading={t('training.defineCourse')}
      submit={t('training.defineCourseSubmit')}
    >
      <div className="form-grid">
        <TextField label={t('training.courseCode')} required {...form.field('code')} />
        <TextField label={t('training.courseTitle')} required {...form.field('title')} />
        <TextField label={t('training.hours')} required type="number" min={1} {...form.field('hours')} />
        <TextField
          label={t('training.passMark')}
          required
          type="number"
          min={0}
          max={100}
          {...form.field('passMark')}
        />
      </div>
      <fieldset aria-invalid={problems.topics ? true : undefined}>
        <legend>{t('training.topics')}</legend>
        {TOPICS.map((topic) => (
          <CheckBox key={topic} label={t(`topic.${topic}`)} value={topics.includes(topic)} onChange={choose(topic)} />
        ))}
        {problems.topics && <span className="field-problem">{problems.topics.join('; ')}</span>}
      </fieldset>
    </WorkForm>
  );
}
