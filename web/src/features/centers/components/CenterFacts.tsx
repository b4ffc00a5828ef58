import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { transitionDates, type CenterView } from '../lib/centerForm';

/** A centre's details, the dates of the transitions it went through, and why it closed. */
export function CenterFacts({ center: c }: { center: CenterView }) {
  const { t, i18n } = useTranslation();
  const { districtName, regionName } = useReference();
  const dates = transitionDates(c);
  const pair = (label: string, value: ReactNode) => (
    <div className="pair">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <dl className="pairs">
        {pair(t('centres.code'), c.code)}
        {pair(t('work.district'), `${districtName(c.districtCode)}, ${regionName(c.regionCode)}`)}
        {pair(t('centres.settlement'), c.settlement || '–')}
        {pair(t('centres.constructionType'), t(`constructionType.${c.constructionType}`))}
        {pair(t('centres.fundingPartners'), (c.fundingPartners ?? []).join(', ') || '–')}
        {pair(t('centres.workplaces'), c.workplaces)}
        {pair(t('centres.coordinates'), `${c.latitude ?? '–'}, ${c.longitude ?? '–'}`)}
      </dl>
      <h2>{t('centres.history')}</h2>
      {dates.length === 0 ? (
        <p>{t('centres.registeredOnly')}</p>
      ) : (
        <ol className="history">
          {dates.map(([label, date]) => (
            <li key={label}>
              {t(label)}: {formatDate(date, i18n.language)}
            </li>
          ))}
        </ol>
      )}
      {c.closureReason && (
        <p data-closure-reason={c.closureReason}>
          {t('centres.closureReason')}: {t(`closureReason.${c.closureReason}`)}
          {c.closureNote ? ` (${c.closureNote})` : ''}
        </p>
      )}
    </>
  );
}
