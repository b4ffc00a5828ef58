import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '../../../components/Facts';
import { useReference } from '../../../components/Reference';
import type { Trainee } from '../hooks/useTrainee';

/** What is registered about a trainee. */
export function TraineeFacts({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const { districtName, regionName } = useReference();
  const hidden = t('people.hidden');
  return (
    <Facts>
      <Fact label={t('people.sex')}>{trainee.sex ? t(`sex.${trainee.sex}`) : hidden}</Fact>
      <Fact label={t('training.birthYear')}>{trainee.birthYear ?? hidden}</Fact>
      <Fact label={t('training.category')}>{t(`traineeCategory.${trainee.category}`)}</Fact>
      <Fact label={t('work.district')}>
        {districtName(trainee.districtCode)}, {regionName(trainee.regionCode)}
      </Fact>
      <Fact label={t('people.phone')}>{trainee.phone || '–'}</Fact>
    </Facts>
  );
}
