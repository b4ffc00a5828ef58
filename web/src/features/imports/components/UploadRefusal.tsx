import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { FieldProblemList } from '../../../components/Form';
import { Problem } from '../../../components/Problem';
import { formatNumber } from '../../../lib/format';
import { MAX_REGISTER_ROWS, refusalOf, type Refusal } from '../lib/upload';

/**
 * Why a register was not taken, in the user's words, with what the service said about it (a missing or doubled
 * column names the header row); a failed request is said as such.
 */
export function UploadRefusal({
  error,
  refusedBeforeSending,
}: {
  error: unknown;
  refusedBeforeSending: Refusal | null;
}) {
  const { t, i18n } = useTranslation();
  const refusal = refusedBeforeSending ?? refusalOf(error);
  if (!refusal) return error ? <Problem error={error} /> : null;
  const problem = error instanceof ApiError ? error.problem : null;
  const rows = formatNumber(MAX_REGISTER_ROWS, i18n.language);
  return (
    <div className="problem" role="alert">
      <p>{t(`imports.refused.${refusal}`, { rows })}</p>
      {problem?.errors?.length ? (
        <FieldProblemList errors={problem.errors} />
      ) : problem?.detail ? (
        <p>{problem.detail}</p>
      ) : null}
    </div>
  );
}
