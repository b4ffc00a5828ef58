/** The targets as typed: an empty field removes a target; null when any field holds something other than digits. */
export function parseEdits(edits: Record<string, string>): Record<string, number | null> | null {
  const parsed: Record<string, number | null> = {};
  for (const [indicator, typed] of Object.entries(edits)) {
    const text = typed.trim();
    if (text === '') parsed[indicator] = null;
    else if (/^\d+$/.test(text)) parsed[indicator] = Number(text);
    else return null;
  }
  return parsed;
}
