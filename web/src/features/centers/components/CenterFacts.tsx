import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '../../../components/Facts';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { transitionDates, type CenterView } from '../lib/centerForm';

/** A centre's details, the dates of the transitions it went through, and why it closed. */
export function CenterFacts({ center: c }: { center: CenterView }) {
  const { t, i18n } = useTranslation();
  const { districtName, regionName } = useReference();
  const dates = transitionDates(c);
  return (
    <>
      <Facts>
        <Fact label={t('centres.code')}>{c.code}</Fact>
        <Fact label={t('work.district')}>{`${districtName(c.districtCode)}, ${regionName(c.regionCode)}`}</Fact>
        <Fact label={t('centres.settlement')}>{c.settlement || '–'}</Fact>
        <Fact label={t('centres.constructionType')}>{t(`constructionType.${c.constructionType}`)}</Fact>
        <Fact label={t('centres.fundingPartners')}>{(c.fundingPartners ?? []).join(', ') || '–'}</Fact>
        <Fact label={t('centres.workplaces')}>{c.workplaces}</Fact>
        <Fact label={t('centres.coordinates')}>{`${c.latitude ?? '–'}, ${c.longitude ?? '–'}`}</Fact>
      </Facts>
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
