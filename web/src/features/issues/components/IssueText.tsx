import { useTranslation } from 'react-i18next';

/**
 * A description, note, reason or outcome. The service leaves them out for roles that may not read what people told
 * the group, which is said rather than shown as blank.
 */
export function IssueText({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  return <>{text ?? t('issues.textNotShown')}</>;
}
