import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import type { Trainee } from '../hooks/useTrainee';

/** What is registered about a trainee. */
export function TraineeFacts({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const { districtName, regionName } = useReference();
  const hidden = t('people.hidden');
  return (
    <dl className="pairs">
      <div className="pair">
        <dt>{t('people.sex')}</dt>
        <dd>{trainee.sex ? t(`sex.${trainee.sex}`) : hidden}</dd>
      </div>
      <div className="pair">
        <dt>{t('training.birthYear')}</dt>
        <dd>{trainee.birthYear ?? hidden}</dd>
      </div>
      <div className="pair">
        <dt>{t('training.category')}</dt>
        <dd>{t(`traineeCategory.${trainee.category}`)}</dd>
      </div>
      <div className="pair">
        <dt>{t('work.district')}</dt>
        <dd>
          {districtName(trainee.districtCode)}, {regionName(trainee.regionCode)}
        </dd>
      </div>
      <div className="pair">
        <dt>{t('people.phone')}</dt>
        <dd>{trainee.phone || '–'}</dd>
      </div>
    </dl>
  );
}
