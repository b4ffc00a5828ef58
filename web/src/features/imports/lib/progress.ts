import type { ImportSummary } from './imports';

/** How far a commit got: the rows with an outcome of all the register's rows, and the share as a percentage. */
export function commitProgress(summary: ImportSummary | undefined) {
  const total = summary?.rows ?? 0;
  const done = summary
    ? Number(summary.created ?? 0) +
      Number(summary.merged ?? 0) +
      Number(summary.skipped ?? 0) +
      Number(summary.rejected ?? 0) +
      Number(summary.failed ?? 0)
    : 0;
  return {
    done: Math.min(done, total),
    total,
    percent: total === 0 ? 0 : Math.floor((Math.min(done, total) * 100) / total),
  };
}
