import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { Notice } from '../components/notice.tsx';
import { createQuestionSet } from '../features/satisfaction/api/satisfaction.ts';
import { useQuestionSets } from '../features/satisfaction/hooks/use-satisfaction.ts';
import { STATUS_LABELS } from '../features/satisfaction/lib/question-set-input.ts';

/** "Bộ câu hỏi khảo sát" (city administrator): every version, the one in use, a new draft from it. */
export default function QuestionSetsPage() {
  const sets = useQuestionSets();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await createQuestionSet();
      invalidateQueries('console/question-sets');
      navigate(`/satisfaction/questions/${made.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Chưa tạo được phiên bản mới. Vui lòng thử lại.');
      setBusy(false);
    }
  };

  return (
    <>
      <PageHead title="Bộ câu hỏi khảo sát hài lòng">
        <Link className="c-btn" to="/satisfaction">
          ← Mức độ hài lòng
        </Link>
        <button type="button" className="c-btn c-btn--primary" onClick={() => void create()} disabled={busy}>
          Tạo phiên bản mới từ bộ đang dùng
        </button>
      </PageHead>
      <p className="c-muted">
        Phiếu đã gửi giữ phiên bản câu hỏi lúc trả lời. Sửa câu hỏi trên một bản nháp, rồi mở bản nháp đó: bộ đang dùng sẽ đóng lại.
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {sets.status === 'error' && <ErrorState error={sets.error} onRetry={sets.reload} />}
      {!sets.data && sets.status === 'loading' && <LoadingState />}
      {sets.data && (
        <div className="c-table-wrap">
          <table className="c-table" data-testid="question-sets">
            <thead>
              <tr>
                <th scope="col">Phiên bản</th>
                <th scope="col">Tên</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Tạo ngày</th>
                <th scope="col">Mở ngày</th>
                <th scope="col">Đóng ngày</th>
                <th scope="col">Số phiếu</th>
              </tr>
            </thead>
            <tbody>
              {sets.data.items.map((s) => (
                <tr key={s.id} data-status={s.status}>
                  <th scope="row">
                    <Link to={`/satisfaction/questions/${s.id}`}>Phiên bản {s.version}</Link>
                  </th>
                  <td>{s.title}</td>
                  <td>
                    <span className={s.status === 'open' ? 'c-badge c-badge--public' : 'c-badge c-badge--muted'}>{STATUS_LABELS[s.status]}</span>
                  </td>
                  <td>{formatDate(s.createdAt)}</td>
                  <td>{formatDate(s.openedAt)}</td>
                  <td>{formatDate(s.closedAt)}</td>
                  <td className="c-num">{s.responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
