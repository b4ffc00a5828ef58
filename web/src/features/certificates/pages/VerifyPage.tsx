import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Form';
import { Loading, Problem } from '../../../components/Problem';
import { CertificateVerdict } from '../components/CertificateVerdict';
import { useCertificateCheck } from '../hooks/useCertificates';

/**
 * Public certificate check: valid, revoked or unknown, with course and date, and whether the name printed on the
 * certificate is the holder's. The page never shows any part of the holder's name, and keeps the name typed in out of
 * its address (it would stay in the browser's history).
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { number } = useParams();
  const [typedNumber, setTypedNumber] = useState(number ?? '');
  const [typedName, setTypedName] = useState('');
  const [checkedName, setCheckedName] = useState('');
  const check = useCertificateCheck(number, checkedName);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = typedNumber.trim();
    if (!wanted) return;
    const name = typedName.trim();
    if (wanted === number && name === checkedName) check.reload();
    setCheckedName(name);
    if (wanted !== number) navigate(`/verify/${encodeURIComponent(wanted)}`);
  };
  const result = check.data;
  return (
    <section aria-labelledby="verify-title" className="verify">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <form className="work-form verify-form" onSubmit={onSubmit}>
        <Field label={t('verify.number')}>
          <input required value={typedNumber} onChange={(e) => setTypedNumber(e.target.value)} autoComplete="off" />
        </Field>
        <Field label={t('verify.holderName')} hint={t('verify.holderNameHint')}>
          <input value={typedName} onChange={(e) => setTypedName(e.target.value)} autoComplete="off" maxLength={200} />
        </Field>
        <button type="submit" className="primary">
          {t('verify.check')}
        </button>
      </form>
      {number && check.loading && <Loading />}
      {check.error ? <Problem error={check.error} retry={check.reload} /> : null}
      {result && !check.loading && !check.error && (
        <CertificateVerdict number={number ?? ''} verdict={result.verdict} certificate={result.certificate} />
      )}
    </section>
  );
}
