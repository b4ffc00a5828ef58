import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Problem } from '../../../components/Problem';

/**
 * Why a commit was refused: 400 a decision the service cannot take (a row that is not a duplicate, a merge into
 * someone not among its candidates), 409 an import already committed with other decisions; anything else is a
 * failed request, which may be sent again.
 */
export function CommitRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return <Problem error={error} />;
  const problem = error.problem;
  return (
    <div className="problem" role="alert">
      <p>
        {t(error.status === 409 ? 'imports.commitConflict' : 'imports.commitInvalid', {
          detail: problem?.detail ?? problem?.title ?? '',
        })}
      </p>
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
