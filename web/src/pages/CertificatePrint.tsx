import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { useApi, useLoad } from '../api/ApiContext';
import { Loading, Problem } from '../components/Problem';
import { checkCertificate, verifyUrl } from '../lib/certificate';
import { formatDate } from '../lib/format';

/** A printable certificate (trainer, admin) with a QR code of its public check page. */
export default function CertificatePrint() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { number = '' } = useParams();
  const url = verifyUrl(window.location.origin, number);
  const [qr, setQr] = useState('');
  useEffect(() => {
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setQr, () => setQr(''));
  }, [url]);
  const check = useLoad(() => checkCertificate(api.config.trainingUrl, number), [api, number]);
  const certificate = check.data?.certificate;
  return (
    <section className="certificate-print" aria-labelledby="print-title">
      <p className="no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </p>
      {check.error ? <Problem error={check.error} retry={check.reload} /> : null}
      {!check.data && !check.error && <Loading />}
      {check.data && (
        <article className="certificate">
          <h1 id="print-title">{t('print.title')}</h1>
          <p data-verdict={check.data.verdict}>{t(`verify.${check.data.verdict}`)}</p>
          {certificate && (
            <>
              <p className="statement">{t('print.statement', { holder: certificate.holderInitials })}</p>
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
