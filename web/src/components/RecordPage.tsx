import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Loaded } from '../api/ApiContext';
import { Loading, Problem } from './Problem';

/** The way back from a page to where it was opened from. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to}>{children}</Link>
    </p>
  );
}

/** A page's heading (h1) with what stands beside it: its status, its actions. */
export function PageHead({
  heading,
  className,
  children,
}: {
  heading: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="page-head">
      <h1 className={className}>{heading}</h1>
      {children}
    </div>
  );
}

/**
 * The page of one record: what went wrong reading it, or that it is loading; once read, the way back (`back`, named
 * `backLabel`) and what `children` make of the record.
 */
export function RecordPage<Record>({
  record,
  back,
  backLabel,
  children,
}: {
  record: Loaded<Record>;
  back: string;
  backLabel: string;
  children: (record: Record) => ReactNode;
}) {
  if (record.error) return <Problem error={record.error} retry={record.reload} />;
  if (!record.data) return <Loading />;
  return (
    <>
      <BackLink to={back}>{backLabel}</BackLink>
      {children(record.data)}
    </>
  );
}
