import { useTranslation } from 'react-i18next';
import { PlainTable } from '../../../components/Table';
import { changedMeanwhile } from '../../../lib/work';
import { centerFields, EDITABLE, type CenterFields, type CenterView } from '../lib/centerForm';

/** The fields someone else saved meanwhile, theirs beside the user's, and the way to take theirs. */
export function ChangedMeanwhile({
  started,
  theirs,
  mine,
  onTakeTheirs,
}: {
  started: CenterView;
  theirs: CenterView;
  mine: CenterFields;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const their = centerFields(theirs);
  const changed = changedMeanwhile(centerFields(started), their, EDITABLE);
  return (
    <div className="conflict" role="alert">
      <p>{t('centres.changedMeanwhile')}</p>
      <PlainTable caption={t('centres.changedMeanwhile')} headings={['work.field', 'work.theirs', 'work.mine']}>
        {changed.map((field) => (
          <tr key={field}>
            <th scope="row">{t(`centres.${field}`)}</th>
            <td>{their[field] || '–'}</td>
            <td>{mine[field] || '–'}</td>
          </tr>
        ))}
      </PlainTable>
      <button type="button" onClick={onTakeTheirs}>
        {t('work.takeTheirs')}
      </button>
    </div>
  );
}
