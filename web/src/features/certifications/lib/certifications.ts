/** The dimensions of /reports/certifications and how their values read. */
export const DIMENSIONS = [
  'regionCode',
  'districtCode',
  'category',
  'sex',
  'ageBand',
  'partnerCode',
  'courseCode',
  'month',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const MAX_DIMENSIONS = 3;

export type CertificationRow = Partial<Record<Dimension, string | null>> & { count: number };

/** Chart data: categories from the first dimension, one stacked series per value of the others. */
export function chartData(
  rows: CertificationRow[],
  groupBy: Dimension[],
  label: (dimension: Dimension, value: string | null | undefined) => string,
): { categories: string[]; series: { name: string; values: number[] }[] } {
  if (groupBy.length === 0) {
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return { categories: [''], series: [{ name: '', values: [total] }] };
  }
  const [first, ...rest] = groupBy;
  const categories = [...new Set(rows.map((row) => label(first, row[first])))];
  const seriesName = (row: CertificationRow) => rest.map((d) => label(d, row[d])).join(' · ');
  const names = [...new Set(rows.map(seriesName))];
  const series = names.map((name) => ({
    name,
    values: categories.map((category) =>
      rows
        .filter((row) => label(first, row[first]) === category && seriesName(row) === name)
        .reduce((sum, row) => sum + row.count, 0),
    ),
  }));
  return { categories, series };
}
