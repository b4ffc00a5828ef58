import { useId, type HTMLAttributes, type ReactNode, type TableHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table under its caption: the column headings, then one row a child; it scrolls sideways on a narrow screen.
 * A table whose rows arrive while the user reads it announces them (`announcesRows`). Other attributes go
 * to the scrolling region (a label, a data attribute tests find it by). The region takes the keyboard's focus,
 * so that a table wider than the screen can be scrolled without a mouse.
 */
export function Table({
  caption,
  columns,
  children,
  tableClassName,
  announcesRows = false,
  ...region
}: {
  caption: ReactNode;
  columns: ReactNode;
  children: ReactNode;
  tableClassName?: string;
  announcesRows?: boolean;
} & HTMLAttributes<HTMLDivElement>) {
  const captionId = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId} {...region}>
      <table className={tableClassName} aria-live={announcesRows ? 'polite' : undefined}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>{columns}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A table without the scrolling region, for one inside a form or a notice: its caption (`captionClassName`), the
 * translations of `headings` as its column headings, then one row a child. Other attributes go to the table.
 */
export function PlainTable({
  caption,
  captionClassName,
  headings,
  children,
  ...table
}: {
  caption: ReactNode;
  captionClassName?: string;
  headings: string[];
  children: ReactNode;
} & TableHTMLAttributes<HTMLTableElement>) {
  const { t } = useTranslation();
  return (
    <table {...table}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {t(heading)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
