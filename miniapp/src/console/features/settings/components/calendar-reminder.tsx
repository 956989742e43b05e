import { Link } from 'react-router-dom';
import { useCalendarOverview } from '../hooks/use-settings.ts';

/** The city administrator's banner: enter the official holiday table of a year still computed (dự kiến). */
export function CalendarReminder() {
  const overview = useCalendarOverview();
  const reminder = overview.data?.reminder;
  if (!reminder) return null;
  return (
    <p className="c-notice c-notice--info c-reminder" role="status" data-testid="calendar-reminder">
      {reminder.message} <Link to="/settings#calendar">Nhập lịch năm {reminder.year}</Link>
    </p>
  );
}
