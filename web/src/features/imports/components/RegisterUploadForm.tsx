import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Field, SubmitButton } from '../../../components/Form';
import { useRegisterUpload } from '../hooks/useRegisterUpload';
import { importPath } from '../lib/imports';
import { ScheduledSessionPicker } from './ScheduledSessionPicker';
import { UploadRefusal } from './UploadRefusal';

/** A register to check, optionally for a session: once checked, its rows are shown before anything is registered. */
export function RegisterUploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useRegisterUpload();
  const [file, setFile] = useState<File | null>(null);
  const [sessionId, setSessionId] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const id = await upload.upload(file, sessionId);
    if (id) navigate(importPath(id));
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="upload-register">
      <h2 id="upload-register">{t('imports.upload')}</h2>
      <div className="form-grid">
        <Field label={t('imports.file')} hint={t('imports.fileHint')}>
          <input
            type="file"
            required
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              upload.clear();
              setFile(e.target.files?.[0] ?? null);
            }}
          />
        </Field>
        <ScheduledSessionPicker
          value={sessionId}
          onChange={(id) => {
            upload.clear();
            setSessionId(id);
          }}
        />
      </div>
      <UploadRefusal error={upload.error} refusedBeforeSending={upload.refusedBeforeSending} />
      <SubmitButton pending={upload.pending}>{t('imports.check')}</SubmitButton>
    </form>
  );
}
