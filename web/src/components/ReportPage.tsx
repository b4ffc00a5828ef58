import type { ReactNode } from 'react';
import type { Loaded } from '../api/ApiContext';
import { FreshnessBadge } from './Freshness';

/**
 * A report's page: its heading (an h1 with `id`, which names the page), how fresh the report's figures are once they
 * came, and the report's `actions` (its downloads) beside them; then the rest of the page.
 */
export function ReportPage({
  id,
  heading,
  report,
  actions,
  children,
}: {
  id: string;
  heading: ReactNode;
  report: Loaded<{ lastEventAt?: string | null }>;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="page-head">
        <h1 id={id}>{heading}</h1>
        {report.data && <FreshnessBadge lastEventAt={report.data.lastEventAt} />}
        {actions}
      </div>
      {children}
    </section>
  );
}
