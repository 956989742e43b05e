import type { OfficerFeedbackT } from '@cchc/shared/api/console';
import { REJECT_REASON_LABELS } from '@cchc/shared/api/labels';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { formatDueAt } from '@cchc/shared/calendar/working-hours';
import { formatDateTime } from '../../../../lib/format.ts';
import { DeadlineBadge } from '../../../components/deadline-badge.tsx';
import { SeverityBadge, StatusBadge } from '../../../../ui/index.ts';

const KIND = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị' } as const;
const RATING = { hai_long: 'Hài lòng', khong_hai_long: 'Không hài lòng' } as Record<string, string>;

export function FeedbackFacts({ feedback }: { feedback: OfficerFeedbackT }) {
  return (
    <dl className="c-facts" data-testid="facts">
      <div>
        <dt>Trạng thái</dt>
        <dd className="c-badges">
          <StatusBadge status={feedback.status} />
          {feedback.awaitingApproval && <span className="c-badge c-badge--approval">Chờ duyệt</span>}
          {feedback.published && <span className="c-badge c-badge--public">Đã công khai</span>}
        </dd>
      </div>
      <div>
        <dt>Hạn trả lời</dt>
        <dd className="c-badges">
          {feedback.dueAt ? formatDueAt(feedback.dueAt) : formatDay(feedback.dueDate)}
          {feedback.dueDateProvisional && <span title="Tính qua năm chưa có lịch nghỉ chính thức"> (dự kiến)</span>} <DeadlineBadge days={feedback.workingDaysLeft} status={feedback.status} dueAt={feedback.dueAt} />
        </dd>
      </div>
      {feedback.status === 'moi' && (
        <div>
          <dt>Hạn thông báo thụ lý</dt>
          <dd title="Luật Tiếp công dân 2013, Điều 28">{formatDay(feedback.noticeDueDate)}</dd>
        </div>
      )}
      {feedback.status === 'moi' && (
        <div>
          <dt>Hạn chuyển nếu ngoài thẩm quyền</dt>
          <dd title="Nghị định 20/2008/NĐ-CP, Điều 9 khoản 1 điểm d">{formatDay(feedback.transferDueDate)}</dd>
        </div>
      )}
      <div>
        <dt>Loại · chủ đề</dt>
        <dd>
          {KIND[feedback.kind]} · {feedback.topic.name}
        </dd>
      </div>
      <div>
        <dt>Lĩnh vực · mức độ</dt>
        <dd className="c-badges">
          {feedback.field ?? <span className="c-muted">Chưa phân loại</span>} <SeverityBadge severity={feedback.severity} />
        </dd>
      </div>
      <div>
        <dt>Người xử lý</dt>
        <dd>{feedback.assignee ? `${feedback.assignee.displayName} (${feedback.assignee.username})` : <span className="c-muted">Chưa giao</span>}</dd>
      </div>
      <div>
        <dt>Đơn vị</dt>
        <dd>{feedback.unit.name}</dd>
      </div>
      {feedback.transferredToAgency && (
        <div>
          <dt>Đã chuyển đến</dt>
          <dd>{feedback.transferredToAgency}</dd>
        </div>
      )}
      <div>
        <dt>Nhận lúc</dt>
        <dd>{formatDateTime(feedback.receivedAt)}</dd>
      </div>
      {feedback.rejectReason && (
        <div>
          <dt>Lý do từ chối</dt>
          <dd>
            {REJECT_REASON_LABELS[feedback.rejectReason]}
            {feedback.duplicateOf && ` (trùng ${feedback.duplicateOf})`}
            {feedback.rejectNote && <span className="c-pre c-block">{feedback.rejectNote}</span>}
          </dd>
        </div>
      )}
      {feedback.rating && (
        <div>
          <dt>Đánh giá của người dân</dt>
          <dd>
            {RATING[feedback.rating.value] ?? feedback.rating.value}
            {feedback.rating.comment && <span className="c-pre c-block">“{feedback.rating.comment}”</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}

export function ContactCard({ feedback }: { feedback: OfficerFeedbackT }) {
  if (!feedback.contact) {
    return (
      <p className="c-notice c-notice--info" data-testid="identity-hidden">
        Người gửi đề nghị giữ bí mật danh tính.
      </p>
    );
  }
  return (
    <>
      {feedback.identityHidden && <p className="c-notice c-notice--info">Người gửi đề nghị giữ bí mật danh tính với đơn vị xử lý.</p>}
      <dl className="c-facts" data-testid="contact">
        <div>
          <dt>Họ và tên</dt>
          <dd>{feedback.contact.name}</dd>
        </div>
        <div>
          <dt>Điện thoại</dt>
          <dd>
            <a href={`tel:${feedback.contact.phone.replace(/[^\d+]/g, '')}`}>{feedback.contact.phone}</a>
          </dd>
        </div>
        <div>
          <dt>Địa chỉ</dt>
          <dd>{feedback.contact.address}</dd>
        </div>
      </dl>
    </>
  );
}

export function LocationCard({ location }: { location: OfficerFeedbackT['location'] }) {
  // 0, 0 is in the Gulf of Guinea: a missing coordinate, never a place in Vietnam.
  const hasPoint = location !== null && typeof location.lat === 'number' && typeof location.lng === 'number' && !(location.lat === 0 && location.lng === 0);
  if (!location || (!location.address && !hasPoint)) return <p className="c-muted">Người gửi không ghi địa điểm.</p>;
  return (
    <div className="c-location">
      {location.address && <p className="c-pre">{location.address}</p>}
      {hasPoint && (
        <p>
          Tọa độ: {location.lat!.toFixed(5)}, {location.lng!.toFixed(5)} ·{' '}
          <a href={`https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=18/${location.lat}/${location.lng}`} target="_blank" rel="noopener noreferrer">
            Xem trên bản đồ
          </a>
        </p>
      )}
    </div>
  );
}
