import { useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { useCertificateCheck, useCertificateHolder, useQrCode } from '../hooks/useCertificates';
import { verifyUrl } from '../lib/certificate';
import { formatDate } from '../../../lib/format';

/**
 * A printable certificate (trainer, admin) with a QR code of its public check page. The holder's name comes from the
 * enrolment the certificate was earned in (`?session=&trainee=`), read with the trainer's rights: the public check
 * never answers it.
 */
export default function CertificatePrintPage() {
  const { t, i18n } = useTranslation();
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const sessionId = search.get('session');
  const traineeId = search.get('trainee');
  const url = verifyUrl(window.location.origin, number);
  const qr = useQrCode(url);
  const check = useCertificateCheck(number);
  const holder = useCertificateHolder(number, sessionId, traineeId);
  const certificate = check.data?.certificate;
  return (
    <section className="certificate-print" aria-labelledby="print-title">
      <p className="no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </p>
      {check.error ? <Problem error={check.error} retry={check.reload} /> : null}
      {holder.error ? <Problem error={holder.error} retry={holder.reload} /> : null}
      {(check.loading || holder.loading) && <Loading />}
      {check.data && !holder.loading && (
        <article className="certificate">
          <h1 id="print-title">{t('print.title')}</h1>
          <p data-verdict={check.data.verdict}>{t(`verify.${check.data.verdict}`)}</p>
          {certificate && (
            <>
              <p className="statement">
                {holder.data ? t('print.statement', { holder: holder.data }) : t('print.statementWithoutName')}
              </p>
              <p className="course">{certificate.courseTitle ?? certificate.courseCode}</p>
              <p>
                {t('verify.issuedOn')}: {formatDate(certificate.issuedOn, i18n.language)}
              </p>
            </>
          )}
          <p className="number">{number}</p>
          <figure className="qr">
            <span role="img" aria-label={t('print.qr', { url })} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption>
              {t('print.scan')}
              <br />
              <a href={url}>{url}</a>
            </figcaption>
          </figure>
        </article>
      )}
    </section>
  );
}
