import type { ReactNode } from 'react';

/** What is known about a record, as pairs of a label and a value (`Fact`). */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="pairs">{children}</dl>;
}

/** One label and its value in `Facts`. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="pair">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
