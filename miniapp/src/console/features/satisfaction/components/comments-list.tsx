import { SATISFACTION_SCALE } from '@cchc/shared/api/satisfaction';
import { useState } from 'react';
import { formatDateTime } from '../../../../lib/format.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../../ui/index.ts';
import { Pager } from '../../../components/pager.tsx';
import { useSurveyComments } from '../hooks/use-satisfaction.ts';

const PAGE = 20;
const overallWord = (value: number | null) => (value === null ? null : (SATISFACTION_SCALE.find((s) => s.value === value)?.label ?? String(value)));

/** Citizens' free comments of the period, newest first, a page at a time. */
export function CommentsList({ unit, range, showUnit }: { unit: string; range: { from: string; to: string }; showUnit: boolean }) {
  const [offset, setOffset] = useState(0);
  const [rangeKey, setRangeKey] = useState(`${unit}/${range.from}/${range.to}`);
  const key = `${unit}/${range.from}/${range.to}`;
  if (key !== rangeKey) {
    setRangeKey(key);
    setOffset(0);
  }
  const comments = useSurveyComments(unit, range, PAGE, offset);
  if (comments.status === 'error') return <ErrorState error={comments.error} onRetry={comments.reload} />;
  if (!comments.data) return <LoadingState />;
  if (comments.data.total === 0) return <EmptyState>Chưa có ý kiến nào trong kỳ.</EmptyState>;
  return (
    <div className={comments.isFetching ? 'c-stale' : undefined}>
      <ul className="c-list c-sat-comments" data-testid="sat-comments">
        {comments.data.items.map((c) => (
          <li key={c.id} className="c-card c-sat-comment">
            <p className="c-sat-comment__text">{c.comment}</p>
            <p className="c-muted">
              {[
                formatDateTime(c.receivedAt),
                showUnit && c.unit.name,
                overallWord(c.overall) && `Hài lòng chung: ${overallWord(c.overall)}`,
                c.procedureCode && `Thủ tục ${c.procedureCode}`,
                c.desk && `Quầy: ${c.desk}`,
                c.feedbackCode && `PAKN ${c.feedbackCode}`,
                `Bộ câu hỏi v${c.questionSetVersion}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <Pager offset={offset} limit={PAGE} total={comments.data.total} onChange={setOffset} />
    </div>
  );
}
