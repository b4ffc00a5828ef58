import { useTranslation } from 'react-i18next';
import { HeadingWithForm } from '../../../components/DataEntry';
import { CenterList } from '../components/CenterList';
import { RegisterCenterForm } from '../components/RegisterCenterForm';

/** Centres: a filtered, paged list and the form that registers a new one. */
export default function CentersPage() {
  const { t } = useTranslation();
  return (
    <>
      <HeadingWithForm
        level={1}
        heading={t('centres.title')}
        action={t('centres.register')}
        form={() => <RegisterCenterForm />}
      />
      <CenterList />
    </>
  );
}
