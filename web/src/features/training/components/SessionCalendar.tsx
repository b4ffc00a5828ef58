import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { monthWeeks } from '../../../lib/work';
import { sessionsOn, shiftMonth, type Month, type SessionView } from '../lib/training';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A month's calendar (Monday first) with the sessions running each day, and the way to the months around it. */
export function SessionCalendar({
  month,
  onMonth,
  sessions,
}: {
  month: Month;
  onMonth: (month: Month) => void;
  sessions: SessionView[];
}) {
  const { t, i18n } = useTranslation();
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // 1 January 2024 was a Monday
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  return (
    <div>
      <div className="page-head">
        <button type="button" onClick={() => onMonth(shiftMonth(month, -1))}>
          {t('training.previousMonth')}
        </button>
        <h3 aria-live="polite">{monthName.format(new Date(Date.UTC(month.year, month.month - 1, 1)))}</h3>
        <button type="button" onClick={() => onMonth(shiftMonth(month, 1))}>
          {t('training.nextMonth')}
        </button>
      </div>
      <table className="calendar">
        <caption>{t('training.calendar')}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th scope="col" key={d}>
                {weekday.format(new Date(Date.UTC(2024, 0, d)))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month.year, month.month).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => (
                <td key={d}>
                  {day && (
                    <>
                      <span className="day">{Number(day.slice(8))}</span>
                      {sessionsOn(sessions, day).map((s) => (
                        <Link key={s.id} className="calendar-session" to={`/training/sessions/${s.id}`}>
                          {s.courseCode}
                        </Link>
                      ))}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
