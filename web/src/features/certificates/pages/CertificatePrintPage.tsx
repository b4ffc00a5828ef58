import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/training';
import { Loading, Problem } from '../../../components/Problem';
import { checkCertificate, verifyUrl } from '../lib/certificate';
import { formatDate } from '../../../lib/format';

type EnrollmentView = components['schemas']['EnrollmentView'];

/**
 * A printable certificate (trainer, admin) with a QR code of its public check page. The holder's name comes from the
 * enrolment the certificate was earned in (`?session=&trainee=`), read with the trainer's rights: the public check
 * never answers it.
 */
export default function CertificatePrint() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const sessionId = search.get('session');
  const traineeId = search.get('trainee');
  const url = verifyUrl(window.location.origin, number);
  const [qr, setQr] = useState('');
  useEffect(() => {
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setQr, () => setQr(''));
  }, [url]);
  const check = useLoad(() => checkCertificate(api.config.trainingUrl, number), [api, number]);
  const holder = useLoad(async () => {
    if (!sessionId || !traineeId) return null;
    // the OpenAPI document declares no schema for this answer: it is an EnrollmentView
    const enrollment = data(
      await api.training.GET('/sessions/{sessionId}/enrollments/{traineeId}', { params: { path: { sessionId, traineeId } } }),
    ) as EnrollmentView;
    // the name only when this enrolment earned this certificate: a mistyped address prints no one else's name
    return enrollment.certificateNumber === number ? (enrollment.fullName ?? null) : null;
  }, [api, number, sessionId, traineeId]);
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
