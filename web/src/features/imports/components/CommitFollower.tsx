import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeImport } from '../lib/imports';
import { CommitProgressBar } from './CommitProgressBar';

/**
 * An import found committing that this page did not send (another tab, or a page reloaded meanwhile): it is read
 * again every second until its commit ends.
 */
export function CommitFollower({ traineeImport, reload }: { traineeImport: TraineeImport; reload: () => void }) {
  const { t } = useTranslation();
  const readAgain = useEffectEvent(reload);
  useEffect(() => {
    const timer = setInterval(() => readAgain(), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <section className="work-form" aria-labelledby="commit-running">
      <h2 id="commit-running">{t('imports.commitRunning')}</h2>
      <CommitProgressBar summary={traineeImport.summary} />
      <p>{t('imports.commitRunningHint')}</p>
    </section>
  );
}
