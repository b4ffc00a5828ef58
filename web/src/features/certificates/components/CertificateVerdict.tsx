import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { holderVerdict, type CertificateCheck, type Verdict } from '../lib/certificate';

/** Valid, revoked or unknown, with the course and dates, and whether the name typed in is the holder's. */
export function CertificateVerdict({
  number,
  verdict,
  certificate,
}: {
  number: string;
  verdict: Verdict;
  certificate: CertificateCheck | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`verdict verdict-${verdict}`} role="status" data-verdict={verdict}>
      <h2>{t(`verify.${verdict}`)}</h2>
      <p className="number">{number}</p>
      {certificate && (
        <>
          <dl className="pairs">
            <dt>{t('verify.course')}</dt>
            <dd>{certificate.courseTitle ?? certificate.courseCode}</dd>
            <dt>{t('verify.issuedOn')}</dt>
            <dd>{formatDate(certificate.issuedOn, i18n.language)}</dd>
            {certificate.revokedOn && (
              <>
                <dt>{t('verify.revokedOn')}</dt>
                <dd>{formatDate(certificate.revokedOn, i18n.language)}</dd>
              </>
            )}
          </dl>
          <HolderMatch certificate={certificate} />
        </>
      )}
    </div>
  );
}

/** Whether the name typed in is the holder's, said as a sentence of its own. */
function HolderMatch({ certificate }: { certificate: CertificateCheck }) {
  const { t } = useTranslation();
  const match = holderVerdict(certificate);
  return (
    <p className={`holder holder-${match}`} data-holder={match}>
      {t(`verify.holder.${match}`)}
    </p>
  );
}
