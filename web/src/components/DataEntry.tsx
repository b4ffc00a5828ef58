/** Parts the data-entry pages share: pickers, list filters, paging, and a heading that opens its form. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePickableReference } from '../features/scope/hooks/usePickableReference';
import { ChoiceField, type Choice, type Option } from './Fields';
import { Field } from './Form';
import { ColumnTable, type RowAttributes, type TableColumn } from './ColumnTable';
import { WhenLoaded } from './WhenLoaded';
import type { Loaded } from '../api/ApiContext';

/** A district chosen from the reference list; its region is said beside it (the service derives it). */
export function DistrictPicker({
  value,
  onChange,
  problems,
  required = true,
  label,
}: {
  value: string;
  onChange: (districtCode: string) => void;
  problems?: string[];
  required?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const { districts, districtName, regionName } = usePickableReference();
  const district = districts.find((d) => d.code === value);
  return (
    <>
      <Field label={label ?? t('work.district')} problems={problems}>
        <select value={value} required={required} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('work.choose')}</option>
          {[...districts]
            .sort((a, b) => districtName(a.code).localeCompare(districtName(b.code)))
            .map((d) => (
              <option key={d.code} value={d.code}>
                {districtName(d.code)} — {regionName(d.regionCode)}
              </option>
            ))}
        </select>
      </Field>
      <Field label={t('work.region')}>
        <input readOnly value={district ? regionName(district.regionCode) : ''} />
      </Field>
    </>
  );
}

/** A list filter: one of the choices, or all of them. */
export function ChoiceFilter({ choices, ...choice }: Choice<string> & { label: string; choices: Option[] }) {
  const { t } = useTranslation();
  return <ChoiceField {...choice} options={choices} empty={t('work.all')} />;
}

/** A list filter of the regions the user may pick, or all of them. */
export function RegionFilter(choice: Choice<string>) {
  const { t } = useTranslation();
  const { regions, regionName } = usePickableReference();
  const choices = regions.map((r) => ({ value: r.code, label: regionName(r.code) }));
  return <ChoiceFilter label={t('work.region')} choices={choices} {...choice} />;
}

/** A list's filters and the page it shows: a changed filter starts again at the first page. */
export function usePagedFilters<Filters>(initial: Filters) {
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(0);
  const filter = (change: Partial<Filters>) => {
    setFilters({ ...filters, ...change });
    setPage(0);
  };
  return { filters, filter, page, setPage };
}

/** Previous and next page of a list, with where the user is. */
export function Pager({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pager" aria-label={t('work.paging')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('work.previous')}
      </button>
      <span>{t('work.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('work.next')}
      </button>
    </nav>
  );
}

/** One page of a list as a table under its caption, with the pager below it. */
export function PagedTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowAttributes,
  page,
  size,
  total,
  onPage,
}: {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number | undefined;
  rowAttributes?: (row: Row) => RowAttributes;
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  return (
    <>
      <ColumnTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} rowAttributes={rowAttributes} />
      <Pager page={page} size={size} total={total} onPage={onPage} />
    </>
  );
}

/** A list loaded a page at a time: what went wrong, that it is loading, or its page as a table with the pager. */
export function PagedList<Item>({
  list,
  ...table
}: {
  list: Loaded<{ items?: Item[]; totalItems?: number | string }>;
  caption: string;
  columns: TableColumn<Item>[];
  rowKey: (item: Item) => string | number | undefined;
  rowAttributes?: (item: Item) => RowAttributes;
  page: number;
  size: number;
  onPage: (page: number) => void;
}) {
  return (
    <WhenLoaded loaded={list}>
      {(data) => <PagedTable {...table} rows={data.items ?? []} total={Number(data.totalItems ?? 0)} />}
    </WhenLoaded>
  );
}

/** A heading with the button that shows the form adding to what the page lists. */
export function HeadingWithForm({
  heading,
  headingId,
  level,
  action,
  form,
}: {
  heading: string;
  headingId?: string;
  level: 1 | 2;
  action: string;
  form: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <>
      <div className="page-head">
        <Heading id={headingId}>{heading}</Heading>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {action}
        </button>
      </div>
      {open && form(() => setOpen(false))}
    </>
  );
}
