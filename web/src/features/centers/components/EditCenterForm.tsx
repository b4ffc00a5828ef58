import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { ifMatch } from '../../../lib/work';
import { useCenterWrites } from '../hooks/useCenters';
import { centerBody, centerFields, type CenterView } from '../lib/centerForm';
import { CenterFieldset } from './CenterFieldset';
import { ChangedMeanwhile } from './ChangedMeanwhile';

/** Edits with If-Match; when someone saved meanwhile (412), shows their values beside the user's. */
export function EditCenterForm({ center, onSaved }: { center: CenterView; onSaved: () => void }) {
  const { t } = useTranslation();
  const writes = useCenterWrites();
  const submission = useSubmission();
  const [started, setStarted] = useState(center);
  const [form, setForm] = useState(centerFields(center));
  const [theirs, setTheirs] = useState<CenterView | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const version = theirs?.version ?? started.version;
    const saved = await submission.submit(async () => {
      try {
        return await writes.edit(center.id as string, ifMatch(version), centerBody(form));
      } catch (e) {
        // someone saved meanwhile: their values are read to be shown beside the user's
        if (e instanceof ApiError && e.status === 412)
          writes.read(center.id as string).then(setTheirs, () => undefined);
        throw e;
      }
    });
    if (saved) onSaved();
  };
  const stale = submission.error instanceof ApiError && submission.error.status === 412;
  const takeTheirs = (their: CenterView) => {
    setForm(centerFields(their));
    setStarted(their);
    setTheirs(null);
    submission.clear();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-label={t('centres.edit')}>
      <CenterFieldset form={form} onChange={setForm} problems={submission.fieldProblems} />
      {theirs && (
        <ChangedMeanwhile started={started} theirs={theirs} mine={form} onTakeTheirs={() => takeTheirs(theirs)} />
      )}
      {!stale && <FormProblem submission={submission} />}
      <SubmitButton pending={submission.pending}>{theirs ? t('work.saveMine') : t('centres.save')}</SubmitButton>
    </form>
  );
}
