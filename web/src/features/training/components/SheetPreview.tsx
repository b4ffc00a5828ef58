import { useTranslation } from 'react-i18next';
import { sheetRowOf, type FieldProblem, type SheetRow } from '../../../lib/work';

/** An attendance sheet's rows as read from the file, each with the problems the service found on it. */
export function SheetPreview({
  fileName,
  rows,
  problems,
}: {
  fileName: string;
  rows: SheetRow[];
  problems: FieldProblem[];
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const problemsOf = (row: number) => problems.filter((p) => sheetRowOf(p.field ?? '') === row).map((p) => p.message);
  return (
    <table className="grid" data-sheet={fileName}>
      <caption>{t('training.sheetPreview', { file: fileName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('training.row')}</th>
          <th scope="col">{t('training.traineeId')}</th>
          <th scope="col">{t('training.attendedHours')}</th>
          <th scope="col">{t('training.score')}</th>
          <th scope="col">{t('training.problems')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const rowProblems = problemsOf(row.row);
          return (
            <tr key={row.row} className={rowProblems.length ? 'invalid' : undefined} data-row={row.row}>
              <th scope="row">{row.row}</th>
              <td className="number">{row.traineeId}</td>
              <td>{row.attendedHours}</td>
              <td>{row.score}</td>
              <td className="wrap">
                {rowProblems.length ? <span className="field-problem">{rowProblems.join('; ')}</span> : '–'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
