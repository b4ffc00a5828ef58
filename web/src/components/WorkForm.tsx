import { useEffect, useEffectEvent, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { FormProblem, SubmitButton, useSubmission, type Submission } from './Form';

/** One write a form or a button sends: its submission, and `send` to start it. */
export interface Write {
  submission: Submission;
  send: (e?: FormEvent) => Promise<void>;
}

/**
 * Sends `write` once at a time (see `useSubmission`, whose Idempotency-Key it is given) and, when the service took
 * it, gives the answer to `then`.
 */
export function useWrite<T>(write: (idempotencyKey: string) => Promise<T>, then: (answer: T) => void): Write {
  const submission = useSubmission();
  const send = async (e?: FormEvent) => {
    e?.preventDefault();
    const answer = await submission.submit(write);
    if (answer) then(answer);
  };
  return { submission, send };
}

/** A field's input bound to the form: its value, its change, and the service's problems for it. */
export interface BoundField {
  value: string;
  onChange: (value: string) => void;
  problems?: string[];
}

/** A form's text values as one record. */
export interface FormValues<Values> {
  values: Values;
  /** Sets several values. */
  change: (change: Partial<Values>) => void;
  /** Empties the named fields (to their first values). */
  empty: (...fields: (keyof Values)[]) => void;
  /** Empties every field. */
  reset: () => void;
}

/** A form's values and the write that sends them (see `useWrite`). */
export interface WorkFormState<Values> extends FormValues<Values>, Write {
  field: (name: keyof Values & string) => BoundField;
}

/**
 * A form's values, `write` sending them and `then` following when the service took them (given the answer, and the
 * values as sent, e.g. to empty some for the next entry).
 */
export function useWorkForm<Values extends Record<string, string>, T>(
  initial: Values,
  write: (values: Values, idempotencyKey: string) => Promise<T>,
  then: (answer: T, form: FormValues<Values>) => void = () => undefined,
): WorkFormState<Values> {
  const [values, setValues] = useState(initial);
  // from the current values: a change after an answer (`then`) keeps what was typed while the write was under way
  const change = (part: Partial<Values>) => setValues((current) => ({ ...current, ...part }));
  const form: FormValues<Values> = {
    values,
    change,
    empty: (...fields) => change(Object.fromEntries(fields.map((name) => [name, initial[name]])) as Partial<Values>),
    reset: () => setValues(initial),
  };
  const sent = useWrite(
    (key) => write(values, key),
    (answer) => then(answer, form),
  );
  return {
    ...sent,
    ...form,
    field: (name) => ({
      value: values[name],
      onChange: (value) => change({ [name]: value } as Partial<Values>),
      problems: sent.submission.fieldProblems[name],
    }),
  };
}

/**
 * A data-entry form: under its heading (`id` names it, an h3 unless `level` 2), its fields, what the service said of
 * the last try (`problem`, else the plain `FormProblem`), and the submit button.
 */
export function WorkForm({
  write,
  submit,
  id,
  heading,
  level = 3,
  label,
  className = 'work-form',
  problem,
  children,
}: {
  write: Write;
  submit: ReactNode;
  id?: string;
  heading?: string;
  level?: 2 | 3;
  /** The form's accessible name when it has no heading. */
  label?: string;
  className?: string;
  problem?: ReactNode;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form className={className} onSubmit={write.send} aria-labelledby={heading ? id : undefined} aria-label={label}>
      {heading && <Heading id={id}>{heading}</Heading>}
      {children}
      {problem ?? <FormProblem submission={write.submission} />}
      <SubmitButton pending={write.submission.pending}>{submit}</SubmitButton>
    </form>
  );
}

/** A button that sends one write, says so while it is in flight when `pending` is given, then what was refused. */
export function WriteButton({
  write,
  pending,
  problem,
  children,
}: {
  write: Write;
  pending?: string;
  problem?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <button type="button" disabled={write.submission.pending} onClick={() => void write.send()}>
        {children}
      </button>
      {pending && write.submission.pending && (
        <span role="status" className="muted">
          {' '}
          {pending}
        </span>
      )}
      {problem ?? <FormProblem submission={write.submission} />}
    </>
  );
}

/**
 * A refused write on a record read with its version. A 412 means the record changed meanwhile: it is read again at
 * once (`reload`) and `changed` says so, so that the user decides on what it is now.
 */
export function StaleWriteProblem({
  submission,
  reload,
  changed,
}: {
  submission: Submission;
  reload: () => void;
  changed: string;
}) {
  const readAgain = useEffectEvent(reload);
  const stale = submission.error instanceof ApiError && submission.error.status === 412;
  // read again on every 412, not only on the first of several in a row
  const error = submission.error;
  useEffect(() => {
    if (stale && error) readAgain();
  }, [stale, error]);
  if (stale) {
    return (
      <div className="conflict" role="alert">
        <p>{changed}</p>
      </div>
    );
  }
  return <FormProblem submission={submission} />;
}
