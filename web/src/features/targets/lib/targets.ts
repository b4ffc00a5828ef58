/** The targets document of reporting-service and what changed in it meanwhile. */
export interface TargetItem {
  indicator: string;
  year: number;
  target: number;
}

export interface TargetChange {
  indicator: string;
  year: number;
  before: number | null;
  after: number | null;
}

const key = (t: { indicator: string; year: number }) => `${t.year}|${t.indicator}`;

export function diffTargets(before: TargetItem[], after: TargetItem[]): TargetChange[] {
  const old = new Map(before.map((t) => [key(t), t.target]));
  const now = new Map(after.map((t) => [key(t), t.target]));
  const changes: TargetChange[] = [];
  for (const k of new Set([...old.keys(), ...now.keys()])) {
    const [year, indicator] = [Number(k.split('|')[0]), k.slice(k.indexOf('|') + 1)];
    const b = old.get(k) ?? null;
    const a = now.get(k) ?? null;
    if (b !== a) changes.push({ indicator, year, before: b, after: a });
  }
  return changes.sort((x, y) => x.year - y.year || x.indicator.localeCompare(y.indicator));
}

/**
 * The whole set with the user's changes to one year applied: only the indicators the user changed, so that a
 * retry after a conflict keeps what someone else saved meanwhile. A change to null removes the target.
 */
export function applyChanges(all: TargetItem[], year: number, changes: Record<string, number | null>): TargetItem[] {
  const kept = all.filter((t) => t.year !== year || !(t.indicator in changes));
  const changed = Object.entries(changes)
    .filter(([, target]) => target !== null && Number.isFinite(target))
    .map(([indicator, target]) => ({ indicator, year, target: target as number }));
  return [...kept, ...changed].sort((x, y) => x.year - y.year || x.indicator.localeCompare(y.indicator));
}

/** What the user changed: the edited values that differ from those the editing started from. */
export function changesOf(
  started: Record<string, number | null>,
  edited: Record<string, number | null>,
): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(edited).filter(([indicator, value]) => (started[indicator] ?? null) !== value),
  );
}
