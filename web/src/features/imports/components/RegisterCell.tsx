import { useTranslation } from 'react-i18next';

/**
 * A cell as the register has it; a cell with problems is marked and says them in its own text (not by colour
 * alone), so that a screen reader reading the cell reads its problem with it.
 */
export function RegisterCell({
  column,
  text,
  problems,
}: {
  column: string;
  text: string | undefined;
  problems?: string[];
}) {
  const { t } = useTranslation();
  if (!problems?.length) {
    return <td data-column={column}>{text || '–'}</td>;
  }
  return (
    <td data-column={column} className="cell-problem wrap">
      <span>{text || t('imports.emptyCell')}</span>{' '}
      <span className="field-problem">{t('imports.cellProblem', { problem: problems.join('; ') })}</span>
    </td>
  );
}
