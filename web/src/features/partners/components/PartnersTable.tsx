import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { DataTable, type Column } from '../../../components/DataTable';
import { formatNumber } from '../../../lib/format';
import { figureLabel, PARTNER_FIGURES, partnerFigure } from '../lib/partners';

type PartnerRow = components['schemas']['PartnerRow'];

/** Each partner's figures, one row a partner, and the programme's totals as the last row. */
export function PartnersTable({ rows, programme }: { rows: PartnerRow[]; programme: PartnerRow | undefined }) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const partnerName = (row: PartnerRow) => row.partnerCode ?? t('partners.programme');
  const columns: Column<PartnerRow>[] = [
    {
      key: 'partner',
      label: t('partners.partner'),
      value: partnerName,
      render: (row) =>
        row.partnerCode ? (
          <Link to={{ pathname: `/partners/${row.partnerCode}`, search }}>{row.partnerCode}</Link>
        ) : (
          <strong>{partnerName(row)}</strong>
        ),
    },
    ...PARTNER_FIGURES.map((figure) => ({
      key: figure,
      label: t(figureLabel(figure)),
      value: (row: PartnerRow) => partnerFigure(row, figure),
      render: (row: PartnerRow) => (
        <span data-partner={row.partnerCode ?? 'PROGRAMME'} data-figure={figure}>
          {formatNumber(partnerFigure(row, figure), i18n.language)}
        </span>
      ),
      numeric: true,
    })),
  ];
  return (
    <DataTable
      caption={t('partners.tableCaption')}
      columns={columns}
      rows={[...rows, ...(programme ? [{ ...programme, partnerCode: undefined }] : [])]}
      rowKey={(row) => row.partnerCode ?? 'PROGRAMME'}
    />
  );
}
