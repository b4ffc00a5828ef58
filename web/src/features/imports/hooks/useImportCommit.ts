import { useEffect, useRef, useState } from 'react';
import { ApiError, data, idempotent } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import type { DecisionEntry } from '../lib/decisions';
import type { ImportSummary, TraineeImport } from '../lib/imports';

/** How often the import is read while its commit runs: each batch of 200 rows moves the counts. */
const POLL_MILLISECONDS = 1000;

interface Attempt {
  key: string;
  decisions: DecisionEntry[];
}

/**
 * Commits an import. The commit runs within the request, so meanwhile the import is read again and again for its
 * progress. An attempt keeps its Idempotency-Key and its decisions until it is answered: a retry after a lost
 * answer (network error or 5xx) sends the same key and decisions, and the service resumes that commit instead of
 * refusing a second one; a refusal (4xx) began nothing, so the next commit is a new attempt.
 */
export function useImportCommit(importId: string, onCommitted: (committed: TraineeImport) => void) {
  const api = useApi();
  const attempt = useRef<Attempt | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<ImportSummary | undefined>(undefined);
  /** Whether a commit was sent and not answered: its decisions can no longer change, only be sent again. */
  const [unanswered, setUnanswered] = useState(false);

  useEffect(() => {
    if (!pending) return undefined;
    let current = true;
    const timer = setInterval(() => {
      api.training.GET('/imports/{id}', { params: { path: { id: importId } } }).then(
        (answer) => {
          if (current && answer.data) setProgress((answer.data as TraineeImport).summary);
        },
        () => undefined, // a missed reading only delays the bar; the commit's own answer says how it ended
      );
    }, POLL_MILLISECONDS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, importId, pending]);

  /** Sends the commit; while an attempt is unanswered, sends that attempt again whatever is passed. */
  const commit = async (decisions: DecisionEntry[]) => {
    if (pending) return;
    attempt.current ??= { key: crypto.randomUUID(), decisions };
    const { key, decisions: sent } = attempt.current;
    setUnanswered(true);
    setPending(true);
    setError(null);
    try {
      const committed = data(
        await api.training.POST('/imports/{id}/commit', {
          params: { path: { id: importId }, ...idempotent(key) },
          body: { decisions: sent },
        }),
      );
      attempt.current = null;
      setUnanswered(false);
      onCommitted(committed);
    } catch (e) {
      if (e instanceof ApiError && e.status < 500) {
        attempt.current = null;
        setUnanswered(false);
      }
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return { pending, error, progress, unanswered, commit };
}
