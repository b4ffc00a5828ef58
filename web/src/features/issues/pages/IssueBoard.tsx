import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueThisWeekTable } from '../components/DueThisWeekTable';
import { IssueBoardFilters } from '../components/IssueBoardFilters';
import { IssueBoardTable } from '../components/IssueBoardTable';
import { IssueStatusTabs } from '../components/IssueStatusTabs';
import { useIssueBoard, useIssueCounts } from '../hooks/useIssueBoard';
import { NO_FILTERS, type BoardFilters } from '../lib/board';
import type { IssueStatus } from '../lib/issues';

type View = 'board' | 'dueThisWeek';

/** The programme's issue board: every group's safety issues by status, filtered, and the actions due this week. */
export default function IssueBoard() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('board');
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  return (
    <section aria-labelledby="issue-board">
      <div className="page-head">
        <h1 id="issue-board">{t('issues.title')}</h1>
        <div className="status-tabs" role="group" aria-label={t('issues.view')}>
          {(['board', 'dueThisWeek'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`issues.views.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <IssueBoardFilters value={filters} onChange={setFilters} placeOnly={view === 'dueThisWeek'} />
      {view === 'board' ? (
        <IssuesByStatus filters={filters} />
      ) : (
        <DueThisWeekTable regionCode={filters.regionCode} districtCode={filters.districtCode} />
      )}
    </section>
  );
}

function IssuesByStatus({ filters }: { filters: BoardFilters }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<IssueStatus>('OPEN');
  const [page, setPage] = useState(0);
  // a new filter starts again at the first page
  const [pagedFilters, setPagedFilters] = useState(filters);
  if (pagedFilters !== filters) {
    setPagedFilters(filters);
    setPage(0);
  }
  const counts = useIssueCounts(filters);
  const list = useIssueBoard(filters, status, page);
  return (
    <>
      <IssueStatusTabs
        status={status}
        counts={counts.data}
        onChange={(s) => {
          setStatus(s);
          setPage(0);
        }}
      />
      <IssueBoardTable
        list={list}
        caption={t('issues.boardCaption', { status: t(`issueStatus.${status}`) })}
        page={page}
        onPage={setPage}
      />
    </>
  );
}
