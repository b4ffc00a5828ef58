import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { formatPercent } from '../../../lib/format';
import { candidateKey, type Choice } from '../lib/decisions';
import type { DuplicateCandidate, ImportRow } from '../lib/imports';

/**
 * A possible duplicate side by side with who it may be (an existing trainee or an earlier row of the register),
 * and the trainer's choice: keep it as a new trainee, merge it into one of them, or skip it.
 */
export function DuplicateChoice({
  row,
  choice,
  onChoose,
  disabled,
}: {
  row: ImportRow;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { districtName } = useReference();
  const candidates = row.candidates ?? [];
  const name = `decision-${row.row}`;
  const radio = (checked: boolean, label: string, chosen: Choice) => (
    <label className="check">
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={() => onChoose(chosen)} /> {label}
    </label>
  );
  /** One line of the comparison: what this row says, then what each candidate says. */
  const compared = (label: string, own: ReactNode, theirs: (candidate: DuplicateCandidate) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{own}</td>
      {candidates.map((c) => (
        <td key={candidateKey(c)}>{theirs(c)}</td>
      ))}
    </tr>
  );
  return (
    <fieldset className="duplicate" data-row={row.row}>
      <legend>{t('imports.duplicateOf', { row: row.row, name: row.values?.fullName ?? '' })}</legend>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('imports.thisRow', { row: row.row })}</th>
            {candidates.map((c) => (
              <th scope="col" key={candidateKey(c)}>
                {c.traineeId ? t('imports.existingTrainee') : t('imports.earlierRow', { row: c.row })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared(t('people.fullName'), row.values?.fullName, (c) => c.fullName)}
          {compared(t('training.birthYear'), row.values?.birthYear, (c) => c.birthYear)}
          {compared(t('work.district'), districtName(row.values?.districtCode), (c) => districtName(c.districtCode))}
          {compared(t('imports.likeness'), '–', (c) => (
            <>
              {formatPercent((c.score ?? 0) * 100, i18n.language)}
              {c.exact ? ` (${t('imports.exact')})` : ''}
            </>
          ))}
          <tr>
            <th scope="row">{t('imports.decision')}</th>
            <td className="wrap">
              {radio(choice?.decision === 'KEEP', t('imports.keep'), { decision: 'KEEP' })}
              {radio(choice?.decision === 'SKIP', t('imports.skip'), { decision: 'SKIP' })}
            </td>
            {candidates.map((c) => (
              <td key={candidateKey(c)} className="wrap">
                {radio(
                  choice?.decision === 'MERGE' && choice.candidate === candidateKey(c),
                  t('imports.mergeInto', { name: c.fullName ?? '' }),
                  { decision: 'MERGE', candidate: candidateKey(c) },
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </fieldset>
  );
}
