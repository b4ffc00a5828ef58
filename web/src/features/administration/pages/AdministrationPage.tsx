import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/reporting';
import { FormProblem, useSubmission } from '../../../components/Form';
import { Loading, Problem } from '../../../components/Problem';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { Table } from '../../../components/Table';
import { DeadLetters } from '../components/DeadLetters';
import { adminClient as client } from '../lib/adminClient';

type GenerationView = components['schemas']['GenerationView'];
type ServiceStatusView = components['schemas']['ServiceStatus'];
interface Comparison {
  figuresCompared?: number;
  differencesFound?: number;
  liveConsumerCaughtUp?: boolean;
  differences?: { figure: string; incremental: number | null; rebuilt: number | null }[];
}

const SERVICES = ['centers', 'groups', 'training', 'reporting'] as const;

/** Administration: each service's outbox, dead letters with their re-drive, and the read-model rebuild. */
export default function Administration() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p><Link to="/admin/audit">{t('audit.title')}</Link></p>
      <ServiceStatus />
      <DeadLetters />
      <Rebuild />
    </>
  );
}

function ServiceStatus() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const status = useLoad(
    () =>
      Promise.all(
        SERVICES.map(async (service) => {
          try {
            return { service, status: data(await client(api, service).GET('/admin/status')) as ServiceStatusView };
          } catch {
            return { service, status: null };
          }
        }),
      ),
    [],
  );
  const number = (value: number | null | undefined) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="services">
      <div className="page-head">
        <h2 id="services">{t('admin.services')}</h2>
        <button type="button" onClick={status.reload}>{t('admin.refresh')}</button>
      </div>
      {status.loading && !status.data ? <Loading /> : null}
      {status.data && (
        <Table
          caption={t('admin.services')}
          columns={
            <>
              <th scope="col">{t('admin.service')}</th>
              <th scope="col">{t('admin.readiness')}</th>
              <th scope="col">{t('admin.consumerLag')}</th>
              <th scope="col" className="num">{t('admin.outboxPending')}</th>
              <th scope="col" className="num">{t('admin.parkedEvents')}</th>
            </>
          }
        >
          {status.data.map(({ service, status: s }) => (
            <tr key={service} data-service={service} data-ready={s?.ready ?? false}>
              <th scope="row">{t(`admin.serviceName.${service}`)}</th>
              <td className="wrap">
                {!s
                  ? t('admin.notAnswering')
                  : s.ready
                    ? t('admin.ready')
                    : t('admin.notReady', {
                        checks: (s.checks ?? []).filter((c) => c.status !== 'UP').map((c) => c.name).join(', '),
                      })}
              </td>
              <td className="wrap">
                {s && Object.keys(s.consumerLag ?? {}).length > 0
                  ? Object.entries(s.consumerLag ?? {}).map(([topic, lag]) => `${topic}: ${number(lag)}`).join(', ')
                  : '–'}
              </td>
              <td className="num">{number(s?.outboxPending)}</td>
              <td className="num">{number(s?.outboxParked)}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function Rebuild() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [round, setRound] = useState(0);
  const history = useLoad(
    async () => (data(await api.reporting.GET('/admin/rebuild')).generations ?? []) as GenerationView[],
    [round],
  );
  const building = history.data?.some((g) => g.state === 'BUILDING') ?? false;
  useEffect(() => {
    if (!building) return;
    // a rebuild in progress is followed until it is active or has failed
    const timer = setTimeout(() => setRound((r) => r + 1), 2000);
    return () => clearTimeout(timer);
  }, [building, history.data]);
  const start = async () => {
    await submission.submit(async () => data(await api.reporting.POST('/admin/rebuild')));
    setRound((r) => r + 1);
  };
  const latest = history.data?.find((g) => g.comparison && typeof g.comparison === 'object');
  const comparison = latest?.comparison as Comparison | undefined;
  return (
    <section aria-labelledby="rebuild">
      <div className="page-head">
        <h2 id="rebuild">{t('admin.rebuild')}</h2>
        <button type="button" className="primary" disabled={submission.pending || building} onClick={() => void start()}>
          {t('admin.startRebuild')}
        </button>
      </div>
      <FormProblem submission={submission} />
      {history.error ? <Problem error={history.error} retry={history.reload} /> : null}
      {history.data && (
        <Table
          caption={t('admin.generations')}
          columns={
            <>
              <th scope="col">{t('admin.generation')}</th>
              <th scope="col">{t('work.status')}</th>
              <th scope="col">{t('admin.createdAt')}</th>
              <th scope="col" className="num">{t('admin.eventsReplayed')}</th>
              <th scope="col">{t('admin.activatedAt')}</th>
            </>
          }
        >
          {history.data.map((g) => (
            <tr key={g.number} data-generation-state={g.state}>
              <td>{g.number}</td>
              <td>{t(`admin.state.${g.state}`)}{g.failure ? `: ${g.failure}` : ''}</td>
              <td>{formatDateTime(g.createdAt, i18n.language)}</td>
              <td className="num">{formatNumber(g.eventsReplayed, i18n.language)}</td>
              <td>{formatDateTime(g.activatedAt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      )}
      {latest && comparison && (
        <div>
          <h3>{t('admin.comparisonOf', { number: latest.number })}</h3>
          <p>
            {t('admin.comparisonSummary', {
              compared: formatNumber(comparison.figuresCompared, i18n.language),
              different: formatNumber(comparison.differencesFound, i18n.language),
            })}{' '}
            {comparison.liveConsumerCaughtUp ? '' : t('admin.notCaughtUp')}
          </p>
          {comparison.differences?.length ? (
            <Table
              caption={t('admin.differences')}
              columns={
                <>
                  <th scope="col">{t('admin.figure')}</th>
                  <th scope="col" className="num">{t('admin.incremental')}</th>
                  <th scope="col" className="num">{t('admin.rebuilt')}</th>
                </>
              }
            >
              {comparison.differences.map((d) => (
                <tr key={d.figure}>
                  <td>{d.figure}</td>
                  <td className="num">{formatNumber(d.incremental, i18n.language)}</td>
                  <td className="num">{formatNumber(d.rebuilt, i18n.language)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
        </div>
      )}
    </section>
  );
}
