import { useTranslation } from 'react-i18next';
import type { ImportRowStatus } from '../lib/imports';

/** A row's status in words (never by colour alone). */
export function ImportRowStatusBadge({ status }: { status: ImportRowStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`badge row-status row-status-${status.toLowerCase()}`}>{t(`imports.rowStatus.${status}`)}</span>
  );
}
