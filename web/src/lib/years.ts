/** The years a user may pick, newest first: from the programme's first year to now. */
export function yearsSince(first: number, now = new Date().getFullYear()): number[] {
  return now < first ? [] : Array.from({ length: now - first + 1 }, (_, i) => now - i);
}
