import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field } from '../../../components/Form';
import { useWrite, WorkForm } from '../../../components/WorkForm';
import { readSheet } from '../../../lib/work';
import { useTrainingWrites } from '../hooks/useTraining';
import type { SessionView } from '../lib/training';
import { SheetPreview } from './SheetPreview';

/** A CSV sheet: previewed row by row, and the service's problems shown on the rows they name; a bad row applies nothing. */
export function AttendanceSheetForm({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const [sheet, setSheet] = useState({ fileName: '', text: '' });
  const upload = useWrite(() => writes.uploadSheet(session, sheet.text), onDone);
  const error = upload.submission.error;
  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    upload.submission.clear();
    if (!file) return;
    setSheet({ fileName: file.name, text: await file.text() });
  };
  const heading = t('training.attendanceSheet');
  return (
    <WorkForm write={upload} id="sheet" heading={heading} level={2} submit={t('training.uploadSheet')}>
      <Field label={t('training.sheetFile')} hint={t('training.sheetHint')}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </Field>
      <SheetPreview fileName={sheet.fileName} rows={readSheet(sheet.text)} problems={problems} />
    </WorkForm>
  );
}
