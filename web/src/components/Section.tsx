import type { ReactNode } from 'react';
import { HeadingWithForm } from './DataEntry';

/** A part of a page under its own heading (an h2 with `id`), which names it. */
export function Section({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** A part of a page whose heading has the button (`refresh`) that reads what it shows again. */
export function SectionWithRefresh({
  id,
  heading,
  refresh,
  onRefresh,
  children,
}: {
  id: string;
  heading: string;
  refresh: string;
  onRefresh: () => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="page-head">
        <h2 id={id}>{heading}</h2>
        <button type="button" onClick={onRefresh}>
          {refresh}
        </button>
      </div>
      {children}
    </section>
  );
}

/** A part of a page whose heading has the button (`action`) that shows the form adding to what it lists. */
export function SectionWithForm({
  id,
  heading,
  action,
  form,
  children,
}: {
  id: string;
  heading: string;
  action: string;
  form: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <HeadingWithForm level={2} headingId={id} heading={heading} action={action} form={form} />
      {children}
    </section>
  );
}
