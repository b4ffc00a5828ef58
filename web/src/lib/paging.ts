/** A list's query: the page, its size, and the filters that are set (a filter left empty is none). */
export function pageQuery<Filters extends object>(page: number, size: number, filters: Filters) {
  const set = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Partial<Filters>;
  return { page: String(page), size: String(size), ...set };
}
