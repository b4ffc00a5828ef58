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

/** The whole set with one year's targets replaced by the edited ones (empty edits remove a target). */
export function withYear(all: TargetItem[], year: number, edited: Record<string, number | null>): TargetItem[] {
  const others = all.filter((t) => t.year !== year);
  const mine = Object.entries(edited)
    .filter(([, target]) => target !== null && Number.isFinite(target))
    .map(([indicator, target]) => ({ indicator, year, target: target as number }));
  return [...others, ...mine].sort((x, y) => x.year - y.year || x.indicator.localeCompare(y.indicator));
}
