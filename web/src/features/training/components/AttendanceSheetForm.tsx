import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { readSheet } from '../../../lib/work';
import { useTrainingWrites } from '../hooks/useTraining';
import type { SessionView } from '../lib/training';
import { SheetPreview } from './SheetPreview';

/** A CSV sheet: previewed row by row, and the service's problems shown on the rows they name; a bad row applies nothing. */
export function AttendanceSheetForm({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const [sheet, setSheet] = useState('');
  const [fileName, setFileName] = useState('');
  const error = submission.error;
  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    submission.clear();
    if (!file) return;
    setFileName(file.name);
    setSheet(await file.text());
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await submission.submit(() => writes.uploadSheet(session, sheet))) onDone();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="sheet">
      <h2 id="sheet">{t('training.attendanceSheet')}</h2>
      <Field label={t('training.sheetFile')} hint={t('training.sheetHint')}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </Field>
      <SheetPreview fileName={fileName} rows={readSheet(sheet)} problems={problems} />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.uploadSheet')}</SubmitButton>
    </form>
  );
}
