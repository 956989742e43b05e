import type { PaknFiguresT } from '@cchc/shared/api/figures';
import { formatCount, formatDays, formatShare } from '../lib/figures-words.ts';

/** The period's headline figures as big numbers, each with its words under it. */
export function FiguresNumbers({ figures }: { figures: PaknFiguresT }) {
  const items = [
    { id: 'received', value: formatCount(figures.received), label: 'Tiếp nhận' },
    { id: 'on-time', value: formatCount(figures.answeredOnTime), label: 'Trả lời đúng hạn' },
    { id: 'overdue', value: formatCount(figures.overdue), label: 'Quá hạn', tone: figures.overdue > 0 ? 'late' : undefined },
    { id: 'open', value: formatCount(figures.open), label: 'Đang xử lý' },
    { id: 'median', value: formatDays(figures.medianWorkingDays), label: 'Ngày làm việc xử lý (trung vị)' },
    {
      id: 'satisfied',
      value: formatShare(figures.satisfiedShare),
      label: figures.rated === 0 ? 'Hài lòng (chưa có đánh giá)' : `Hài lòng (${formatCount(figures.satisfied)}/${formatCount(figures.rated)} đánh giá)`,
    },
  ];
  return (
    <ul className="c-fnumbers" aria-label="Số liệu chính">
      {items.map((item) => (
        <li key={item.id} className={item.tone ? `c-fnumber c-fnumber--${item.tone}` : 'c-fnumber'} data-testid={`figure-${item.id}`}>
          <strong className="c-fnumber__value">{item.value}</strong>
          <span className="c-fnumber__label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
