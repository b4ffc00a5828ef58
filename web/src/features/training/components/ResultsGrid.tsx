import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { today, willCertify } from '../../../lib/work';
import { TraineeLink } from '../../trainees/components/TraineeLink';
import { useTrainingWrites } from '../hooks/useTraining';
import { numberOrNull, type CourseView, type EnrollmentView, type SessionView } from '../lib/training';
import { RecordDateField } from '../../periods/components/RecordDateField';

interface Cell {
  hours: string;
  score: string;
}
const EMPTY_CELL: Cell = { hours: '', score: '' };

/** Hours and score per enrolled trainee; Tab moves along a row, Enter in any cell sends the grid. */
export function ResultsGrid({
  session,
  course,
  enrollments,
  onDone,
}: {
  session: SessionView;
  course: CourseView;
  enrollments: EnrollmentView[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const [completedOn, setCompletedOn] = useState(today());
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const cell = (id: string) => cells[id] ?? EMPTY_CELL;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const results = enrollments.map((en) => {
      const traineeId = en.traineeId as string;
      return {
        traineeId,
        attendedHours: numberOrNull(cell(traineeId).hours),
        score: numberOrNull(cell(traineeId).score),
      };
    });
    if (await submission.submit(() => writes.saveResults(session, completedOn, results))) onDone();
  };
  if (enrollments.length === 0) return null;
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="results">
      <h2 id="results">{t('training.results')}</h2>
      <RecordDateField
        label={t('training.completedOn')}
        value={completedOn}
        onChange={setCompletedOn}
        problems={submission.fieldProblems.completedOn}
      />
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
            const certifies = willCertify(
              numberOrNull(c.hours),
              numberOrNull(c.score),
              course.hours ?? 0,
              course.passMark ?? 0,
            );
            const who = en.fullName ?? t('training.traineeN', { n: index + 1 });
            const problems = submission.fieldProblems[`results[${index}]`];
            return (
              <tr key={id}>
                <th scope="row">
                  <TraineeLink id={id}>{who}</TraineeLink>
                  {problems && <span className="field-problem"> {problems.join('; ')}</span>}
                </th>
                <td>
                  <input
                    aria-label={t('training.hoursOf', { name: who })}
                    inputMode="decimal"
                    value={c.hours}
                    onChange={(e) => setCells({ ...cells, [id]: { ...c, hours: e.target.value } })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('training.scoreOf', { name: who })}
                    inputMode="decimal"
                    value={c.score}
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
