import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { SectionWithRefresh } from '../../../components/Section';
import { WhenLoaded } from '../../../components/WhenLoaded';
import { Table } from '../../../components/Table';
import { formatDateTime } from '../../../lib/format';
import { useDeadLetters, useRedrive, type DeadLetter, type Redriven } from '../hooks/useAdministration';
import type { AdminService } from '../lib/adminClient';

/** The dead letters of every consuming service, each with a re-drive button that shows the outcome. */
export function DeadLetters() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const letters = useDeadLetters(round);
  const refresh = () => setRound(round + 1);
  return (
    <SectionWithRefresh
      id="dead-letters"
      heading={t('admin.deadLetters')}
      refresh={t('admin.refresh')}
      onRefresh={refresh}
    >
      <WhenLoaded loaded={letters}>
        {(services) =>
          services.map(({ service, items }) => (
            <Table
              caption={t('admin.deadLettersOf', { service: t(`admin.serviceName.${service}`), count: items.length })}
              key={service}
              data-dead-letters={service}
              columns={
                <>
                  <th scope="col">{t('admin.when')}</th>
                  <th scope="col">{t('admin.topic')}</th>
                  <th scope="col">{t('admin.eventType')}</th>
                  <th scope="col">{t('admin.reason')}</th>
                  <th scope="col">{t('admin.payload')}</th>
                  <th scope="col">{t('admin.lastRedrive')}</th>
                  <th scope="col">{t('admin.redrive')}</th>
                </>
              }
            >
              {items.map((letter) => (
                <DeadLetterRow key={letter.id} service={service} letter={letter} />
              ))}
            </Table>
          ))
        }
      </WhenLoaded>
    </SectionWithRefresh>
  );
}

const excerpt = (payload: string | undefined) =>
  !payload ? '–' : payload.length > 80 ? `${payload.slice(0, 80)}…` : payload;

function DeadLetterRow({ service, letter }: { service: AdminService; letter: DeadLetter }) {
  const { t, i18n } = useTranslation();
  const send = useRedrive(service);
  const submission = useSubmission();
  const [outcome, setOutcome] = useState<Redriven | null>(null);
  const shown = outcome?.deadLetter ?? letter;
  const redrive = async () => {
    const result = await submission.submit(() => send(letter.id));
    if (result) setOutcome(result);
  };
  return (
    <tr data-dead-letter={letter.id}>
      <td>{formatDateTime(letter.deadLetteredAt, i18n.language)}</td>
      <td>
        {letter.topic}:{letter.partition}@{letter.offset}
      </td>
      <td>{letter.eventType || '–'}</td>
      <td className="wrap">{letter.reason}</td>
      <td className="wrap number">{excerpt(letter.payload)}</td>
      <td className="wrap" aria-live="polite">
        {shown.lastRedriveOutcome
          ? t('admin.redriveOutcome', {
              outcome: t(`admin.outcome.${shown.lastRedriveOutcome}`, { defaultValue: shown.lastRedriveOutcome }),
              reason: shown.lastRedriveReason ?? '',
              when: formatDateTime(shown.lastRedriveAt, i18n.language),
            })
          : '–'}
      </td>
      <td>
        <button
          type="button"
          disabled={submission.pending}
          onClick={() => void redrive()}
          aria-label={t('admin.redriveOne', { id: letter.id })}
        >
          {submission.pending ? t('form.saving') : t('admin.redrive')}
        </button>
        <FormProblem submission={submission} />
      </td>
    </tr>
  );
}
