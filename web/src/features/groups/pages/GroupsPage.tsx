import { useTranslation } from 'react-i18next';
import { HeadingWithForm } from '../../../components/DataEntry';
import { FormGroupForm } from '../components/FormGroupForm';
import { GroupList } from '../components/GroupList';

/** Groups: a filtered, paged list and the form that forms a new one at an open centre. */
export default function GroupsPage() {
  const { t } = useTranslation();
  return (
    <>
      <HeadingWithForm level={1} heading={t('groups.title')} action={t('groups.form')} form={() => <FormGroupForm />} />
      <GroupList />
    </>
  );
}
