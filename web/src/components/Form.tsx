import { cloneElement, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { problemsByField } from '../lib/work';
import { Problem } from './Problem';

export interface Submission {
  pending: boolean;
  error: unknown;
  /** Problems by the field they name (errors[].field of a problem+json answer). */
  fieldProblems: Record<string, string[]>;
  /**
   * Sends once at a time with an Idempotency-Key made for this submission: a second click while it is in flight
   * does nothing, and a retry after a lost answer reuses the key, so the service creates the resource once.
   */
  submit: <T>(send: (idempotencyKey: string) => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

export function useSubmission(): Submission {
  const key = useRef<string | null>(null);
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async <T,>(send: (idempotencyKey: string) => Promise<T>) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    key.current ??= crypto.randomUUID();
    setPending(true);
    setError(null);
    try {
      const result = await send(key.current);
      key.current = null;
      return result;
    } catch (e) {
      // a refusal (4xx) created nothing: the corrected form is a new submission; a lost answer keeps the key
      if (e instanceof ApiError && e.status < 500) key.current = null;
      setError(e);
      return undefined;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };
  const fieldProblems = error instanceof ApiError ? problemsByField(error.problem?.errors) : {};
  return { pending, error, fieldProblems, submit, clear: () => setError(null) };
}

/** A labelled input with the service's problems for its field said beside it. */
export function Field({
  label,
  problems,
  hint,
  children,
}: {
  label: string;
  problems?: string[];
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', problems?.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={problems?.length ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': problems?.length ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {problems?.length ? (
        <span id={`${id}-problem`} className="field-problem">
          {problems.join('; ')}
        </span>
      ) : null}
    </div>
  );
}

/**
 * What the service said about a refused form: a 409 names the rule that refused it, a 400 lists the problems
 * (those of the shown fields also stand beside them), anything else is said as a failed request.
 */
export function FormProblem({ submission, retry }: { submission: Submission; retry?: () => void }) {
  const { t } = useTranslation();
  const error = submission.error;
  if (!error) return null;
  if (error instanceof ApiError && (error.status === 400 || error.status === 409 || error.status === 422)) {
    const problem = error.problem;
    return (
      <div className="problem" role="alert">
        <p>
          {error.status === 409
            ? t('form.conflict', { rule: problem?.detail ?? problem?.title ?? '' })
            : t('form.invalid', { detail: problem?.detail ?? problem?.title ?? '' })}
        </p>
        <FieldProblemList errors={problem?.errors} />
      </div>
    );
  }
  return <Problem error={error} retry={retry} />;
}

/** The problems a refusal lists, each after the field it names; nothing when it lists none. */
export function FieldProblemList({ errors }: { errors: { field?: string; message?: string }[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul>
      {errors.map((e, i) => (
        <li key={i}>
          {e.field ? `${e.field}: ` : ''}
          {e.message}
        </li>
      ))}
    </ul>
  );
}

/** The submit button: says when a write is in flight, and cannot be pressed twice meanwhile. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="submit" className="primary" aria-disabled={pending || undefined} disabled={pending}>
        {children}
      </button>
      {pending && (
        <span role="status" className="muted">
          {' '}
          {t('form.saving')}
        </span>
      )}
    </>
  );
}
