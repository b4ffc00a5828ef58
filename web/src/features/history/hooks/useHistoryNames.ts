import { useTranslation } from 'react-i18next';
import { readable, type FieldChange } from '../lib/history';

/** Fields and actions in the user's language; a readable form of the recorded name when there is no translation. */
export function useHistoryNames() {
  const { t } = useTranslation();
  const fieldName = (change: FieldChange) => {
    const field = t(`history.field.${change.field}`, { defaultValue: readable(change.field) });
    if (!change.entity) return field;
    const entity = t(`history.entity.${change.entity}`, { defaultValue: readable(change.entity) });
    return `${entity} ${(change.entityId ?? '').slice(0, 8)}: ${field}`;
  };
  const actionName = (action: string | undefined) =>
    action ? t(`history.action.${action}`, { defaultValue: readable(action) }) : '–';
  return { fieldName, actionName };
}
