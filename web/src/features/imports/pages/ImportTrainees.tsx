import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/RecordPage';
import { RegisterTemplateLinks } from '../components/RegisterTemplateLinks';
import { RegisterUploadForm } from '../components/RegisterUploadForm';

/** Import trainees: the empty register to fill in, and the upload of a filled one to be checked. */
export default function ImportTrainees() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/training">{t('training.backToTraining')}</BackLink>
      <h1>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <RegisterTemplateLinks />
      <RegisterUploadForm />
    </>
  );
}
