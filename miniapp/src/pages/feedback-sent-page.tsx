import { formatDay } from '@cchc/shared/calendar/working-days';
import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { CheckCircleIcon } from '../components/icons.tsx';
import { TrackingCode } from '../features/feedback/components/tracking-code.tsx';
import { KeepKeyButtons } from '../features/feedback/components/access-key-card.tsx';
import { lastSent } from '../features/feedback/hooks/access-keys.ts';
import { KIND_NAMES, kindOfCode } from '../features/feedback/kind-names.ts';

/** After sending: the tracking code to read out on the phone, the access key and the answer's deadline. */
export default function FeedbackSentPage() {
  const sent = lastSent();
  if (!sent) {
    return (
      <AppPage title="Đã gửi" backTo="/">
        <div className="ui-state ui-state--empty">
          <p>Không còn thông tin lần gửi gần nhất trên máy này. Bạn xem lại trong “Phản ánh, kiến nghị của tôi”.</p>
          <Link className="button-link button-link--primary" to="/feedback/mine">
            Phản ánh, kiến nghị của tôi
          </Link>
        </div>
      </AppPage>
    );
  }
  const kind = KIND_NAMES[kindOfCode(sent.code)];
  return (
    <AppPage title={`Đã gửi ${kind}`} backTo="/">
      <div className="sent" data-testid="feedback-sent">
        <CheckCircleIcon size={64} className="sent__icon" />
        <h1 className="page-title">Đã gửi thành công</h1>
        <p className="lead">
          {sent.unitName} đã nhận {kind} của bạn.
        </p>

        <div className="card sent__card">
          <p className="sent__label">Mã {kind}</p>
          <TrackingCode code={sent.code} testId="tracking-code" />
          <p className="sent__label">Khóa tra cứu</p>
          <TrackingCode code={sent.accessKey} className="tracking-code tracking-code--small" testId="access-key" />
          <p className="sent__due">
            Hạn trả lời: <strong data-testid="due-date">{formatDay(sent.dueDate)}</strong>
            {sent.dueDateProvisional && <span data-testid="due-date-provisional"> (dự kiến)</span>}
          </p>
          <KeepKeyButtons code={sent.code} accessKey={sent.accessKey} kindName={kind} />
        </div>
        <p className="note">
          Hãy ghi lại mã {kind} và khóa tra cứu: khi đổi điện thoại, bạn cần cả hai để xem lại. Khi gọi điện hỏi, bạn
          chỉ cần đọc mã {kind}. Máy này cũng lưu {kind} trong mục “Phản ánh, kiến nghị của tôi”, kèm khóa tra cứu để sao chép.
        </p>
      </div>
      <div className="button-stack">
        <Link className="button-link button-link--primary" to={`/feedback/${encodeURIComponent(sent.code)}`}>
          Xem {kind}
        </Link>
        <Link className="button-link button-link--secondary" to="/" replace>
          Về trang chủ
        </Link>
      </div>
    </AppPage>
  );
}
