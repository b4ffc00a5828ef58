import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { issueHistory, type HistoryEntry } from '../lib/history';
import type { Issue } from '../lib/issues';
import { IssueText } from './IssueText';

/** The issue's whole life in date order: raised at a meeting, actions, follow-ups, resolutions and reopenings. */
export function IssueHistory({ issue, groupLinked }: { issue: Issue; groupLinked: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="history" aria-label={t('issues.history')}>
      {issueHistory(issue).map((entry, index) => (
        <li key={index} data-history={entry.kind}>
          <strong>{formatDate(entry.on, i18n.language)}</strong>:{' '}
          <HistoryStep entry={entry} issue={issue} groupLinked={groupLinked} />
        </li>
      ))}
    </ol>
  );
}

function HistoryStep({ entry, issue, groupLinked }: { entry: HistoryEntry; issue: Issue; groupLinked: boolean }) {
  const { t, i18n } = useTranslation();
  switch (entry.kind) {
    case 'raised':
      return (
        <>
          {t('issues.raisedAt')}{' '}
          {groupLinked ? <Link to={`/groups/${issue.groupId}`}>{issue.groupName}</Link> : issue.groupName}
        </>
      );
    case 'actionAgreed':
      return (
        <>
          {t('issues.actionAgreed', {
            responsible: t(`responsibleParty.${entry.action.responsible}`),
            due: formatDate(entry.action.dueOn, i18n.language),
          })}{' '}
          <IssueText text={entry.action.description} />
        </>
      );
    case 'actionCompleted':
      return (
        <>
          {t('issues.actionCompleted', { responsible: t(`responsibleParty.${entry.action.responsible}`) })}{' '}
          <IssueText text={entry.action.description} />
          {entry.action.note ? ` (${entry.action.note})` : ''}
        </>
      );
    case 'followUp':
      return (
        <>
          {t('issues.followedUp')} <IssueText text={entry.followUp.note} />
        </>
      );
    case 'closed':
      return (
        <>
          {t(`issueStatus.${entry.status}`)}: <IssueText text={entry.outcome} />
        </>
      );
    case 'reopened':
      return (
        <>
          {t('issues.reopened')}: <IssueText text={entry.reason} />
        </>
      );
  }
}
