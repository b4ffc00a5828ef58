import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { ReportPage } from '../../../components/ReportPage';
import { Loading, Problem } from '../../../components/Problem';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { withFilterQuery } from '../../reportFilter/lib/reportFilter';
import { PartnerFiguresTable } from '../components/PartnerFiguresTable';
import { PartnersDownloads } from '../components/PartnersDownloads';
import { usePartnerReport } from '../hooks/usePartnersReport';
import { ownPartnerCode, withoutPartner } from '../lib/partners';

/** One partner's figures beside the programme's, for the period and phase chosen. */
export default function PartnerPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const { code = '' } = useParams();
  const { search } = useLocation();
  const { filter, setFilter } = useReportFilter();
  const report = usePartnerReport(code, filter);
  const row = report.data?.rows?.find((r) => r.partnerCode === code);
  const path = withFilterQuery(`/reports/partners/${encodeURIComponent(code)}`, withoutPartner(filter));
  return (
    <ReportPage
      id="partner-title"
      heading={t('partners.one', { partner: code })}
      report={report}
      actions={<PartnersDownloads path={path} fileName={`partner-${code}-${i18n.language}`} />}
    >
      {!ownPartnerCode(auth.roles, auth.token()) && (
        <p>
          <Link to={{ pathname: '/partners', search }}>← {t('partners.every')}</Link>
        </p>
      )}
      <ReportFilterPicker value={filter} onChange={setFilter} choosePartner={false} />
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {row && !report.error && <PartnerFiguresTable row={row} programme={report.data?.programme} />}
    </ReportPage>
  );
}
