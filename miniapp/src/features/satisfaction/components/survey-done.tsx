import { Link } from 'react-router-dom';
import { CheckCircleIcon } from '../../../components/icons.tsx';
import { usePublicSatisfaction } from '../hooks/use-survey.ts';

/** After sending (or when this transaction was already rated): a plain thank-you and the way home. */
export function SurveyDone({ unit, unitName, already, message }: { unit: string; unitName: string; already: boolean; message?: string }) {
  // A unit that publishes its figures shows them to whoever just answered.
  const published = usePublicSatisfaction(unit);
  return (
    <>
      <div className="sent" data-testid={already ? 'survey-already' : 'survey-thanks'}>
        <CheckCircleIcon size={64} className="sent__icon" />
        <h1 className="page-title">{already ? 'Bạn đã đánh giá giao dịch này rồi' : 'Cảm ơn bạn đã đánh giá'}</h1>
        <p className="lead">
          {message ?? (already ? `Mỗi giao dịch chỉ được đánh giá một lần. ${unitName} đã nhận ý kiến trước đó của bạn.` : `${unitName} đã nhận ý kiến của bạn.`)}
        </p>
      </div>
      <div className="button-stack">
        {published.data && (
          <Link className="button-link button-link--secondary" to="/satisfaction" data-testid="survey-see-figures">
            Xem chỉ số hài lòng của {unitName}
          </Link>
        )}
        <Link className="button-link button-link--primary" to="/" replace>
          Về trang chủ
        </Link>
      </div>
    </>
  );
}
