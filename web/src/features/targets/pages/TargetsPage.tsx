import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { barWidth, formatNumber, formatPercent } from '../../../lib/format';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import { may } from '../../../lib/roles';
import { applyChanges, changesOf, diffTargets, type TargetChange, type TargetItem } from '../lib/targets';
import { YearPicker } from '../../../components/YearPicker';

interface TargetSet {
  items: TargetItem[];
  etag: string;
}
interface Progress {
  indicator: string;
  actual: number;
  percentage: number;
}

export default function Targets() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [started, setStarted] = useState<Record<string, number | null>>({});
  const [conflict, setConflict] = useState<{ changes: TargetChange[]; fresh: TargetSet } | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const readTargets = async (): Promise<TargetSet> => {
    const result = await api.reporting.GET('/reports/targets', {});
    const set = data(result) as unknown as { items: TargetItem[] };
    return { items: set.items ?? [], etag: result.response.headers.get('ETag') ?? '' };
  };
  const targets = useLoad(readTargets, [api]);
  const overview = useLoad(
    async () => data(await api.reporting.GET('/reports/overview', { params: { query: { year: String(year) } } })),
    [api, year],
  );
  const progress = new Map(
    (((overview.data as { targets?: { items: Progress[] } } | null)?.targets?.items ?? []) as Progress[]).map((p) => [
      p.indicator,
      p,
    ]),
  );
  const yearTargets = new Map((targets.data?.items ?? []).filter((i) => i.year === year).map((i) => [i.indicator, i.target]));
  const language = i18n.language;
  const editable = may(auth.roles, 'editTargets');

  const startEditing = () => {
    setSaved(false);
    setConflict(null);
    setStarted(Object.fromEntries(INDICATORS.map((indicator) => [indicator, yearTargets.get(indicator) ?? null])));
    setEdits(Object.fromEntries(INDICATORS.map((indicator) => [indicator, String(yearTargets.get(indicator) ?? '')])));
  };
  const parsedEdits = (): Record<string, number | null> | null => {
    if (!edits) return null;
    const parsed: Record<string, number | null> = {};
    for (const [indicator, text] of Object.entries(edits)) {
      if (text.trim() === '') parsed[indicator] = null;
      else if (/^\d+$/.test(text.trim())) parsed[indicator] = Number(text.trim());
      else return null;
    }
    return parsed;
  };
  const save = async (base: TargetSet) => {
    const parsed = parsedEdits();
    if (!parsed) {
      setSaveError(new Error(t('targets.invalid')));
      return;
    }
    setSaveError(null);
    const result = await api.reporting.PUT('/reports/targets', {
      body: { items: applyChanges(base.items, year, changesOf(started, parsed)) },
      headers: { 'If-Match': base.etag },
    });
    if (result.response.status === 412) {
      // someone saved meanwhile: show what they changed and let the user keep theirs on top
      const fresh = await readTargets();
      setConflict({ changes: diffTargets(targets.data?.items ?? [], fresh.items), fresh });
      return;
    }
    try {
      data(result);
      setEdits(null);
      setConflict(null);
      setSaved(true);
      targets.reload();
      overview.reload();
    } catch (e) {
      setSaveError(e);
    }
  };

  const error = targets.error ?? overview.error;
  return (
    <section aria-labelledby="targets-title">
      <div className="page-head">
        <h1 id="targets-title">{t('targets.title')}</h1>
        <YearPicker year={year} onChange={setYear} last={currentYear + 5} disabled={edits !== null} />
        {editable && edits === null && (
          <button type="button" onClick={startEditing} disabled={!targets.data}>
            {t('targets.edit')}
          </button>
        )}
      </div>
      {saved && <p role="status">{t('targets.saved')}</p>}
      {error ? <Problem error={error} retry={() => (targets.reload(), overview.reload())} /> : null}
      {saveError ? <Problem error={saveError} /> : null}
      {conflict && (
        <div className="conflict" role="alert">
          <p>{t('targets.conflict')}</p>
          <ul>
            {conflict.changes.map((c) => (
              <li key={`${c.year}-${c.indicator}`}>
                {t('targets.changed', {
                  indicator: t(`indicator.${c.indicator}`, { defaultValue: c.indicator }),
                  year: c.year,
                  before: formatNumber(c.before, language),
                  after: formatNumber(c.after, language),
                })}
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => void save(conflict.fresh)}>
            {t('targets.retry')}
          </button>
        </div>
      )}
      {!targets.data && !error && <Loading />}
      {targets.data && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (targets.data) void save(targets.data);
          }}
        >
          <div className="table-scroll">
            <table>
              <caption>
                {t('targets.title')} {year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('targets.indicator')}</th>
                  <th scope="col" className="num">
                    {t('targets.target')}
                  </th>
                  <th scope="col" className="num">
                    {t('targets.actual')}
                  </th>
                  <th scope="col">{t('targets.percentage')}</th>
                </tr>
              </thead>
              <tbody>
                {INDICATORS.map((indicator) => {
                  const p = progress.get(indicator);
                  const actual = p?.actual ?? (year === currentYear ? valueAt(overview.data, indicator) : null);
                  return (
                    <tr key={indicator}>
                      <th scope="row">{t(`indicator.${indicator}`)}</th>
                      <td className="num">
                        {edits ? (
                          <input
                            type="text"
                            inputMode="numeric"
                            pattern="\d*"
                            size={8}
                            aria-label={`${t('targets.target')}: ${t(`indicator.${indicator}`)}`}
                            value={edits[indicator] ?? ''}
                            onChange={(e) => setEdits({ ...edits, [indicator]: e.target.value })}
                          />
                        ) : (
                          formatNumber(yearTargets.get(indicator), language)
                        )}
                      </td>
                      <td className="num">{formatNumber(actual, language)}</td>
                      <td>
                        {p ? (
                          <span className="with-bar">
                            {formatPercent(p.percentage, language)}
                            <span className="bar" aria-hidden="true">
                              <span style={{ width: `${barWidth(p.percentage)}%` }} />
                            </span>
                          </span>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {edits && (
            <p className="actions">
              <button type="submit" className="primary">
                {t('targets.save')}
              </button>{' '}
              <button type="button" onClick={() => (setEdits(null), setConflict(null))}>
                {t('targets.cancel')}
              </button>
            </p>
          )}
        </form>
      )}
    </section>
  );
}

