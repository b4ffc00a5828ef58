/** `org.hamkori.centers.CenterOpened.v1` → `CenterOpened`. */
export function eventName(type: string): string {
  const parts = type.split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : type;
}

/** The first few plain fields of an event's data, as `name: value`; the raw text when it is not JSON. */
export function summary(data: string): string {
  try {
    const payload = JSON.parse(data) as Record<string, unknown>;
    return Object.entries(payload)
      .filter(([, value]) => value !== null && typeof value !== 'object')
      .slice(0, 6)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(', ');
  } catch {
    return data.slice(0, 200);
  }
}
