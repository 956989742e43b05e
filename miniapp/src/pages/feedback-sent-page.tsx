import { formatDay } from '@cchc/shared/calendar/working-days';
import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { CheckCircleIcon } from '../components/icons.tsx';
import { TrackingCode } from '../features/feedback/components/tracking-code.tsx';
import { lastSent } from '../features/feedback/hooks/access-keys.ts';

/** After sending: the tracking code to read out on the phone, the access key and the answer's deadline. */
export default function FeedbackSentPage() {
  const sent = lastSent();
  if (!sent) {
    return (
      <AppPage title="Đã gửi phản ánh" backTo="/">
        <div className="ui-state ui-state--empty">
          <p>Không còn thông tin lần gửi gần nhất trên máy này. Bạn xem lại trong “Phản ánh của tôi”.</p>
          <Link className="button-link button-link--primary" to="/feedback/mine">
            Phản ánh của tôi
          </Link>
        </div>
      </AppPage>
    );
  }
  return (
    <AppPage title="Đã gửi phản ánh" backTo="/">
      <div className="sent" data-testid="feedback-sent">
        <CheckCircleIcon size={64} className="sent__icon" />
        <h1 className="page-title">Đã gửi thành công</h1>
        <p className="lead">{sent.unitName} đã nhận phản ánh, kiến nghị của bạn.</p>

        <div className="card sent__card">
          <p className="sent__label">Mã phản ánh</p>
          <TrackingCode code={sent.code} testId="tracking-code" />
          <p className="sent__label">Khóa tra cứu</p>
          <TrackingCode code={sent.accessKey} className="tracking-code tracking-code--small" testId="access-key" />
          <p className="sent__due">
            Hạn trả lời: <strong data-testid="due-date">{formatDay(sent.dueDate)}</strong>
            {sent.dueDateProvisional && <span data-testid="due-date-provisional"> (dự kiến)</span>}
          </p>
        </div>
        <p className="note">
          Hãy ghi lại mã phản ánh và khóa tra cứu. Khi gọi điện hỏi, bạn chỉ cần đọc mã phản ánh. Ứng dụng cũng lưu
          phản ánh này trong mục “Phản ánh của tôi” trên máy này.
        </p>
      </div>
      <div className="button-stack">
        <Link className="button-link button-link--primary" to={`/feedback/${encodeURIComponent(sent.code)}`}>
          Xem phản ánh
        </Link>
        <Link className="button-link button-link--secondary" to="/" replace>
          Về trang chủ
        </Link>
      </div>
    </AppPage>
  );
}
