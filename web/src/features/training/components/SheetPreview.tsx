import { useTranslation } from 'react-i18next';
import { PlainTable } from '../../../components/Table';
import { sheetRowOf, type FieldProblem, type SheetRow } from '../../../lib/work';

const COLUMNS = ['training.row', 'training.traineeId', 'training.attendedHours', 'training.score', 'training.problems'];

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
    <PlainTable
      className="grid"
      data-sheet={fileName}
      caption={t('training.sheetPreview', { file: fileName })}
      headings={COLUMNS}
    >
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
    </PlainTable>
  );
}
