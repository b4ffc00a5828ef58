import { useId, type HTMLAttributes, type ReactNode } from 'react';

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
