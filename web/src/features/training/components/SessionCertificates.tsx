import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
import { TraineeLink } from '../../trainees/components/TraineeLink';
import { printUrl, type EnrollmentView } from '../lib/training';
import { RevokeCertificateForm } from './RevokeCertificateForm';

/** A completed session's results and certificates, each with its public check, print and revocation. */
export function SessionCertificates({
  enrollments,
  onChange,
}: {
  enrollments: EnrollmentView[];
  onChange: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="certificates">
      <h2 id="certificates">{t('training.certificates')}</h2>
      <Table
        caption={t('training.certificates')}
        columns={
          <>
            <th scope="col">{t('training.trainee')}</th>
            <th scope="col">{t('training.attendedHours')}</th>
            <th scope="col">{t('training.score')}</th>
            <th scope="col">{t('training.certificate')}</th>
            <th scope="col">{t('training.revoke')}</th>
          </>
        }
      >
        {enrollments.map((en, index) => (
          <tr key={en.traineeId}>
            <td>
              <TraineeLink id={en.traineeId}>{en.fullName ?? t('training.traineeN', { n: index + 1 })}</TraineeLink>
            </td>
            <td>{en.attendedHours ?? '–'}</td>
            <td>{en.score ?? '–'}</td>
            <td>
              {en.certificateNumber ? (
                <>
                  <Link className="number" to={`/verify/${encodeURIComponent(en.certificateNumber)}`}>
                    {en.certificateNumber}
                  </Link>{' '}
                  <Link to={printUrl(en)}>{t('print.open')}</Link>
                </>
              ) : (
                t('training.notCertified')
              )}
            </td>
            <td>{en.certificateNumber && <RevokeCertificateForm number={en.certificateNumber} onDone={onChange} />}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
