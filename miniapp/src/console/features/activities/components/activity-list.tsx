import type { ActivityListT, ActivityT } from '@cchc/shared/api/activities';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { apiUrl } from '../../../../lib/api-client.ts';
import { CHANNEL_LABELS, KIND_LABELS, KIND_UNITS } from '@cchc/shared/plan/labels';

const n = (value: number) => value.toLocaleString('vi-VN');
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function Evidence({ activity }: { activity: ActivityT }) {
  if (!activity.evidence && !activity.link) return <span className="c-muted">Chưa có</span>;
  return (
    <span className="c-stack c-act-evidence">
      {activity.evidence && (
        <a href={apiUrl(activity.evidence.url)} target="_blank" rel="noreferrer">
          Tệp: {activity.evidence.fileName} ({kb(activity.evidence.sizeBytes)})
        </a>
      )}
      {activity.link && (
        <a href={activity.link} target="_blank" rel="noreferrer noopener">
          Mở đường dẫn
        </a>
      )}
    </span>
  );
}

/** A month's entries, newest day first as the server gives them, with the month's totals. */
export function ActivityList({ list, canEdit, onEdit, onDelete }: {
  list: ActivityListT;
  canEdit: boolean;
  onEdit: (activity: ActivityT) => void;
  onDelete: (activity: ActivityT) => void;
}) {
  return (
    <div className="c-table-wrap">
      <table className="c-table c-act-table">
        <caption>
          {n(list.total)} mục · tổng số lượng {n(list.totals.count)} · tổng người tham dự {n(list.totals.attendees)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Kênh · Loại</th>
            <th scope="col">Nội dung</th>
            <th scope="col">Số lượng</th>
            <th scope="col">Tham dự</th>
            <th scope="col">Cơ quan</th>
            <th scope="col">Minh chứng</th>
            {canEdit && <th scope="col">Thao tác</th>}
          </tr>
        </thead>
        <tbody>
          {list.items.map((a) => (
            <tr key={a.id} data-testid="activity-row">
              <td className="c-num">{formatDay(a.day)}</td>
              <td>
                {CHANNEL_LABELS[a.channel]}
                <br />
                <span className="c-muted">{KIND_LABELS[a.kind]}</span>
              </td>
              <td>
                {a.title}
                {a.batchMonth && <span className="c-badge c-badge--muted c-act-batch">Báo cáo tháng</span>}
              </td>
              <td className="c-num">
                {n(a.count)} {KIND_UNITS[a.kind]}
              </td>
              <td className="c-num">{a.attendees ? n(a.attendees) : '—'}</td>
              <td>{a.office || '—'}</td>
              <td>
                <Evidence activity={a} />
              </td>
              {canEdit && (
                <td>
                  <span className="c-row c-row--wrap">
                    <button type="button" className="c-btn c-btn--small" onClick={() => onEdit(a)} aria-label={`Sửa: ${a.title}`}>
                      Sửa
                    </button>
                    <button type="button" className="c-btn c-btn--small c-btn--danger" onClick={() => onDelete(a)} aria-label={`Xoá: ${a.title}`}>
                      Xoá
                    </button>
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
