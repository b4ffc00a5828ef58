import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainTable } from '../../../components/Table';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
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
const COLUMNS = ['training.trainee', 'training.attendedHours', 'training.score', 'training.willCertify'];

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
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const cell = (id: string) => cells[id] ?? EMPTY_CELL;
  const results = () =>
    enrollments.map((en) => {
      const traineeId = en.traineeId as string;
      return {
        traineeId,
        attendedHours: numberOrNull(cell(traineeId).hours),
        score: numberOrNull(cell(traineeId).score),
      };
    });
  const form = useWorkForm(
    { completedOn: today() },
    ({ completedOn }) => writes.saveResults(session, completedOn, results()),
    onDone,
  );
  /** The input of one figure of a trainee's row. */
  const figure = (id: string, part: keyof Cell, label: string) => (
    <td>
      <input
        aria-label={label}
        inputMode="decimal"
        value={cell(id)[part]}
        onChange={(e) => setCells({ ...cells, [id]: { ...cell(id), [part]: e.target.value } })}
      />
    </td>
  );
  if (enrollments.length === 0) return null;
  return (
    <WorkForm write={form} id="results" heading={t('training.results')} level={2} submit={t('training.saveResults')}>
      <RecordDateField label={t('training.completedOn')} {...form.field('completedOn')} />
      <PlainTable className="grid" caption={t('training.results')} headings={COLUMNS}>
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
          const problems = form.submission.fieldProblems[`results[${index}]`];
          return (
            <tr key={id}>
              <th scope="row">
                <TraineeLink id={id}>{who}</TraineeLink>
                {problems && <span className="field-problem"> {problems.join('; ')}</span>}
              </th>
              {figure(id, 'hours', t('training.hoursOf', { name: who }))}
              {figure(id, 'score', t('training.scoreOf', { name: who }))}
              <td data-certifies={certifies}>{certifies ? t('training.yes') : t('training.no')}</td>
            </tr>
          );
        })}
      </PlainTable>
    </WorkForm>
  );
}
