import { formatCount, formatInterval, formatPercent, lowSampleNote } from '@cchc/shared/satisfaction/figure-words';
import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { formatDate } from '../lib/format.ts';
import { usePublicSatisfaction } from '../features/satisfaction/hooks/use-survey.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';
import '../features/satisfaction/satisfaction.css';

/** The unit's published satisfaction figures: the overall index and each factor with its sample (no comments). */
export default function SatisfactionPage() {
  const unit = useChosenUnit();
  const figures = usePublicSatisfaction(unit.slug);
  const unpublished = figures.status === 'error' && figures.error?.status === 404;
  return (
    <AppPage title="Mức độ hài lòng" backTo="/">
      {figures.status === 'loading' && <LoadingState />}
      {unpublished && (
        <EmptyState>
          <p data-testid="satisfaction-unpublished">{unit.name} chưa công bố chỉ số hài lòng.</p>
        </EmptyState>
      )}
      {figures.status === 'error' && !unpublished && <ErrorState error={figures.error} onRetry={figures.reload} />}
      {figures.data && (
        <div className="public-index" data-testid="satisfaction-public">
          <h1 className="page-title">Chỉ số hài lòng của {figures.data.unit.name}</h1>
          <p className="muted">
            Từ {formatDate(figures.data.from)} đến {formatDate(figures.data.to)}, {formatCount(figures.data.responses)} phiếu đánh giá.
          </p>
          <div className="card public-index__overall">
            <p className="public-index__label">Hài lòng chung</p>
            <p className="public-index__value" data-testid="public-overall">
              {formatPercent(figures.data.overall.share)}
            </p>
            <p className="muted">
              {formatCount(figures.data.overall.n)} người trả lời · khoảng tin cậy 95%: {formatInterval(figures.data.overall.ci)}
            </p>
            {figures.data.overall.lowSample && <p className="banner banner--warning">{lowSampleNote(figures.data.overall)}</p>}
          </div>
          <h2 className="section-title">Theo từng yếu tố</h2>
          <ul className="card-list" data-testid="public-factors">
            {figures.data.factors.map((f) => (
              <li key={f.factor} className="card public-index__factor">
                <p className="public-index__factor-name">{f.name}</p>
                <div className="meter" aria-hidden="true">
                  <span style={{ width: `${Math.round((f.share ?? 0) * 100)}%` }} />
                </div>
                <p>
                  <strong>{formatPercent(f.share)}</strong> hài lòng · {formatCount(f.n)} người trả lời
                  {f.lowSample && ' · mẫu nhỏ'}
                </p>
              </li>
            ))}
          </ul>
          <p className="muted">Tỉ lệ hài lòng là phần người chọn “Hài lòng” hoặc “Rất hài lòng”.</p>
        </div>
      )}
      <div className="button-stack">
        <Link className="button-link button-link--primary" to="/survey">
          Đánh giá sự hài lòng
        </Link>
      </div>
    </AppPage>
  );
}
