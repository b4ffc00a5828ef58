import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApi, useLoad } from '../api/ApiContext';
import { Loading, Problem } from '../components/Problem';
import { checkCertificate } from '../lib/certificate';
import { formatDate } from '../lib/format';

/** Public certificate check: valid / revoked / unknown, with course, date and initials only. */
export default function Verify() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { number } = useParams();
  const [typed, setTyped] = useState(number ?? '');
  const check = useLoad(
    async () => (number ? checkCertificate(api.config.trainingUrl, number) : null),
    [api, number],
  );
  const result = check.data;
  return (
    <section aria-labelledby="verify-title" className="verify">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) navigate(`/verify/${encodeURIComponent(typed.trim())}`);
        }}
      >
        <label>
          {t('verify.number')} <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {t('verify.check')}
        </button>
      </form>
      {number && check.loading && !result && <Loading />}
      {check.error ? <Problem error={check.error} retry={check.reload} /> : null}
      {result && (
        <div className={`verdict verdict-${result.verdict}`} role="status" data-verdict={result.verdict}>
          <h2>{t(`verify.${result.verdict}`)}</h2>
          <p className="number">{number}</p>
          {result.certificate && (
            <dl className="pairs">
              <dt>{t('verify.course')}</dt>
              <dd>{result.certificate.courseTitle ?? result.certificate.courseCode}</dd>
              <dt>{t('verify.issuedOn')}</dt>
              <dd>{formatDate(result.certificate.issuedOn, i18n.language)}</dd>
              <dt>{t('verify.holder')}</dt>
              <dd>{result.certificate.holderInitials}</dd>
            </dl>
          )}
        </div>
      )}
    </section>
  );
}
