/** How long a 429 or 503 answer asks to wait: its Retry-After header, in seconds or as an HTTP date. */
export function secondsToWait(retryAfter: string | null, now: Date = new Date()): number | null {
  if (!retryAfter) return null;
  const value = retryAfter.trim();
  if (/^\d+$/.test(value)) return Number(value);
  // an HTTP date names its day and month; a bare number that is not delta-seconds (e.g. -5) is no date
  const at = /[A-Za-z]/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
