import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { STATUS_COLOURS } from '../lib/centers';
import type { PlacedCentre } from '../lib/placement';

/**
 * A centre on the map, coloured by status: a dot where its coordinates say, a dashed diamond where it stands only
 * approximately (at its district's seat, having no coordinates); its tooltip says which.
 */
export function CentreMarker({
  place,
  x,
  y,
  onBorder,
  selected,
  onChoose,
}: {
  place: PlacedCentre;
  x: number;
  y: number;
  onBorder: boolean;
  selected: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const reference = useReference();
  const { center, approximate } = place;
  const district = reference.districtName(center.districtCode);
  const description = `${center.name} (${center.code}), ${t(`status.${center.status}`)}, ${district}`;
  const tooltip = approximate ? `${description}. ${t('map.approximateTooltip', { district })}` : description;
  const size = selected ? 9 : 6;
  const common = {
    fill: STATUS_COLOURS[center.status],
    className: `centre${approximate ? ' approximate' : ''}${onBorder ? ' on-border' : ''}${selected ? ' selected' : ''}`,
    'data-center-code': center.code,
    'data-approximate': approximate || undefined,
    role: 'button',
    tabIndex: 0,
    'aria-label': tooltip,
    onClick: onChoose,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onChoose();
      }
    },
  };
  return approximate ? (
    <rect {...common} x={x - size} y={y - size} width={size * 2} height={size * 2} transform={`rotate(45 ${x} ${y})`}>
      <title>{tooltip}</title>
    </rect>
  ) : (
    <circle {...common} cx={x} cy={y} r={size}>
      <title>{tooltip}</title>
    </circle>
  );
}
