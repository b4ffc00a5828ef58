import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { ReportPage } from '../../../components/ReportPage';
import { Loading, Problem } from '../../../components/Problem';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { withFilterQuery } from '../../reportFilter/lib/reportFilter';
import { PartnersDownloads } from '../components/PartnersDownloads';
import { PartnersTable } from '../components/PartnersTable';
import { usePartnersReport } from '../hooks/usePartnersReport';
import { ownPartnerCode, withoutPartner } from '../lib/partners';

/** Each partner's figures beside the programme's; a partner organisation's user opens on its own organisation. */
export default function PartnersPage() {
  const auth = useAuth();
  const { search } = useLocation();
  const own = ownPartnerCode(auth.roles, auth.token());
  if (own) return <Navigate to={{ pathname: `/partners/${own}`, search }} replace />;
  return <EveryPartner />;
}

function EveryPartner() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter } = useReportFilter();
  const report = usePartnersReport(filter);
  return (
    <ReportPage
      id="partners-title"
      heading={t('partners.title')}
      report={report}
      actions={
        <PartnersDownloads
          path={withFilterQuery('/reports/partners', withoutPartner(filter))}
          fileName={`partners-${i18n.language}`}
        />
      }
    >
      <ReportFilterPicker value={filter} onChange={setFilter} choosePartner={false} />
      <p className="muted">{t('partners.attribution')}</p>
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {report.data && !report.error && (
        <PartnersTable rows={report.data.rows ?? []} programme={report.data.programme} />
      )}
    </ReportPage>
  );
}
