import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { EmptyState, ErrorState, LoadingState } from '../ui/index.ts';
import { FieldSections } from '../features/procedures/components/field-sections.tsx';
import { GroupedProcedures } from '../features/procedures/components/grouped-procedures.tsx';
import { ReferralCard } from '../features/procedures/components/referral-card.tsx';
import { SEARCH_PAGE_SIZE, useProcedureFields, useProcedureSearch } from '../features/procedures/hooks/use-procedures.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

const DEBOUNCE_MS = 400;
const MAX_RESULTS = 100;

function SearchResults({ unit, q }: { unit: string; q: string }) {
  const [limit, setLimit] = useState(SEARCH_PAGE_SIZE);
  useEffect(() => setLimit(SEARCH_PAGE_SIZE), [q]);
  const results = useProcedureSearch(unit, q, limit);

  if (results.status === 'error') return <ErrorState error={results.error} onRetry={results.reload} />;
  if (!results.data) return <LoadingState label="Đang tìm…" />;

  const { items, total } = results.data;
  const referrals = results.data.referrals ?? [];
  const referralCards = referrals.map((r) => <ReferralCard key={r.agency} referral={r} />);
  if (items.length === 0) {
    if (referrals.length > 0) return <div className="results">{referralCards}</div>;
    return (
      <EmptyState>
        <p>Không tìm thấy thủ tục phù hợp. Hãy thử từ khác, ví dụ: khai sinh, kết hôn, chứng thực.</p>
      </EmptyState>
    );
  }
  return (
    <div className={results.isFetching ? 'results results--stale' : 'results'} aria-busy={results.isFetching}>
      {referralCards}
      <p className="result-count" role="status">
        Tìm thấy {total} thủ tục
      </p>
      <GroupedProcedures items={items} />
      {total > items.length &&
        (limit < MAX_RESULTS ? (
          <Button
            className="btn-large"
            variant="secondary"
            fullWidth
            loading={results.isFetching}
            onClick={() => setLimit((n) => Math.min(n + SEARCH_PAGE_SIZE, MAX_RESULTS))}
          >
            Xem thêm kết quả
          </Button>
        ) : (
          <p className="muted">Còn {total - items.length} kết quả khác. Hãy gõ thêm từ để tìm chính xác hơn.</p>
        ))}
    </div>
  );
}

function AllProcedures({ unit }: { unit: string }) {
  const fields = useProcedureFields(unit);
  if (fields.status === 'error') return <ErrorState error={fields.error} onRetry={fields.reload} />;
  if (fields.status !== 'success' || !fields.data) return <LoadingState />;
  if (fields.data.items.length === 0) {
    return (
      <EmptyState>
        <p>Xã, phường chưa công bố thủ tục nào trên ứng dụng.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <h2 className="section-title">Thủ tục theo lĩnh vực</h2>
      <p className="muted">Chạm vào một lĩnh vực để xem các thủ tục.</p>
      <FieldSections unit={unit} fields={fields.data.items} />
    </>
  );
}

export default function ProceduresPage() {
  const unit = useChosenUnit();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const lastPushed = useRef(q);

  // Typing updates ?q= after a pause (replacing the history entry, so Back leaves the search).
  useEffect(() => {
    const next = text.trim();
    if (next === lastPushed.current.trim()) return;
    const timer = setTimeout(() => {
      lastPushed.current = next;
      setParams(next ? { q: next } : {}, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setParams]);

  // The URL changed from outside (Back, a link): show its query in the box.
  useEffect(() => {
    if (q.trim() !== lastPushed.current.trim()) {
      lastPushed.current = q;
      setText(q);
    }
  }, [q]);

  const submit = (value: string) => {
    const next = value.trim();
    lastPushed.current = next;
    setParams(next ? { q: next } : {}, { replace: true });
  };

  return (
    <AppPage title="Thủ tục hành chính" backTo="/" restoreScroll>
      <SearchBox
        label="Tìm thủ tục"
        placeholder="Ví dụ: làm giấy khai sinh"
        value={text}
        onChange={setText}
        onSubmit={submit}
      />
      {q.trim() ? <SearchResults unit={unit.slug} q={q.trim()} /> : <AllProcedures unit={unit.slug} />}
    </AppPage>
  );
}
