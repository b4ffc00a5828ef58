import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { Table } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import { figureLabel, PARTNER_FIGURES, partnerFigure } from '../lib/partners';

type PartnerRow = components['schemas']['PartnerRow'];

/** One partner's figures beside the programme's, a figure a row. */
export function PartnerFiguresTable({ row, programme }: { row: PartnerRow; programme: PartnerRow | undefined }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null) => formatNumber(value, i18n.language);
  return (
    <Table
      caption={t('partners.besideProgramme', { partner: row.partnerCode })}
      columns={
        <>
          <th scope="col">{t('partners.figure')}</th>
          <th scope="col" className="num">
            {row.partnerCode}
          </th>
          <th scope="col" className="num">
            {t('partners.programme')}
          </th>
        </>
      }
    >
      {PARTNER_FIGURES.map((figure) => (
        <tr key={figure}>
          <th scope="row">{t(figureLabel(figure))}</th>
          <td className="num" data-partner={row.partnerCode} data-figure={figure}>
            {number(partnerFigure(row, figure))}
          </td>
          <td className="num" data-partner="PROGRAMME" data-figure={figure}>
            {number(partnerFigure(programme, figure))}
          </td>
        </tr>
      ))}
    </Table>
  );
}
