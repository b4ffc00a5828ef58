import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { YearPicker } from '../../../components/YearPicker';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import { may } from '../../../lib/roles';
import { TargetRow } from '../components/TargetRow';
import { TargetsConflict } from '../components/TargetsConflict';
import { useTargets, useTargetWrites, useYearProgress, type TargetSet } from '../hooks/useTargets';
import { parseEdits } from '../lib/edits';
import { applyChanges, changesOf, diffTargets, type TargetChange } from '../lib/targets';

/** The targets of a year beside the actual figures; admin edits them with If-Match and resolves a conflict. */
export default function TargetsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [started, setStarted] = useState<Record<string, number | null>>({});
  const [conflict, setConflict] = useState<{ changes: TargetChange[]; fresh: TargetSet } | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const targets = useTargets();
  const overview = useYearProgress(year);
  const writes = useTargetWrites();
  const progress = new Map((overview.data?.targets?.items ?? []).map((p) => [p.indicator, p]));
  const yearTargets = new Map(
    (targets.data?.items ?? []).filter((i) => i.year === year).map((i) => [i.indicator, i.target]),
  );

  const startEditing = () => {
    setSaved(false);
    setConflict(null);
    setStarted(Object.fromEntries(INDICATORS.map((indicator) => [indicator, yearTargets.get(indicator) ?? null])));
    setEdits(Object.fromEntries(INDICATORS.map((indicator) => [indicator, String(yearTargets.get(indicator) ?? '')])));
  };
  const save = async (base: TargetSet) => {
    const parsed = edits && parseEdits(edits);
    if (!parsed) {
      setSaveError(new Error(t('targets.invalid')));
      return;
    }
    setSaveError(null);
    try {
      if ((await writes.save(base, applyChanges(base.items, year, changesOf(started, parsed)))) === 'conflict') {
        // someone saved meanwhile: show what they changed and let the user keep theirs on top
        const fresh = await writes.read();
        setConflict({ changes: diffTargets(targets.data?.items ?? [], fresh.items), fresh });
        return;
      }
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
        <YearPicker value={year} onChange={setYear} last={currentYear + 5} disabled={edits !== null} />
        {may(auth.roles, 'editTargets') && edits === null && (
          <button type="button" onClick={startEditing} disabled={!targets.data}>
            {t('targets.edit')}
          </button>
        )}
      </div>
      {saved && <p role="status">{t('targets.saved')}</p>}
      {error ? <Problem error={error} retry={() => (targets.reload(), overview.reload())} /> : null}
      {saveError ? <Problem error={saveError} /> : null}
      {conflict && <TargetsConflict changes={conflict.changes} onRetry={() => void save(conflict.fresh)} />}
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
                  return (
                    <TargetRow
                      key={indicator}
                      indicator={indicator}
                      target={yearTargets.get(indicator)}
                      actual={p?.actual ?? (year === currentYear ? valueAt(overview.data, indicator) : null)}
                      progress={p}
                      edit={edits ? (edits[indicator] ?? '') : null}
                      onEdit={(value) => setEdits({ ...edits, [indicator]: value })}
                    />
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
