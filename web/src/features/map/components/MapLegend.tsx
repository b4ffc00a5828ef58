import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS, type Center } from '../lib/centers';

/** What the map's colours and marks mean. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <span className="legend">
      {(Object.keys(STATUS_COLOURS) as Center['status'][]).map((status) => (
        <span key={status}>
          <span className="dot" style={{ background: STATUS_COLOURS[status] }} aria-hidden="true" />
          {t(`status.${status}`)}
        </span>
      ))}
      <span>
        <span className="diamond" aria-hidden="true" />
        {t('map.approximate')}
      </span>
      <span>
        <span className="line" aria-hidden="true" />
        {t('map.afghanBorder')}
      </span>
      <span>
        <span className="dot ring" aria-hidden="true" />
        {t('map.borderDistrict')}
      </span>
    </span>
  );
}
