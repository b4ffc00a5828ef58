import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../../components/ColumnTable';
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
      <ColumnTable
        caption={t('training.certificates')}
        columns={[
          {
            heading: 'training.trainee',
            cell: (en, index) => (
              <TraineeLink id={en.traineeId}>{en.fullName ?? t('training.traineeN', { n: index + 1 })}</TraineeLink>
            ),
          },
          { heading: 'training.attendedHours', cell: (en) => en.attendedHours ?? '–' },
          { heading: 'training.score', cell: (en) => en.score ?? '–' },
          {
            heading: 'training.certificate',
            cell: (en) =>
              en.certificateNumber ? (
                <>
                  <Link className="number" to={`/verify/${encodeURIComponent(en.certificateNumber)}`}>
                    {en.certificateNumber}
                  </Link>{' '}
                  <Link to={printUrl(en)}>{t('print.open')}</Link>
                </>
              ) : (
                t('training.notCertified')
              ),
          },
          {
            heading: 'training.revoke',
            cell: (en) =>
              en.certificateNumber && <RevokeCertificateForm number={en.certificateNumber} onDone={onChange} />,
          },
        ]}
        rows={enrollments}
        rowKey={(en) => en.traineeId}
      />
    </section>
  );
}
