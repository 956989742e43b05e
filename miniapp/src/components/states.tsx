import { Link } from 'react-router-dom';
import { Button, Spinner } from 'zmp-ui';
import type { ApiError } from '../lib/api-client.ts';
import { AlertIcon } from './icons.tsx';

export function LoadingState({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <Spinner visible />
      <p>{label}</p>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError | undefined; onRetry: () => void }) {
  const unitMissing = error?.code === 'UNIT_NOT_FOUND';
  const notFound = !unitMissing && error?.status === 404;
  return (
    <div className="state state--error" role="alert">
      <AlertIcon size={40} className="state__icon" />
      <p>{error?.message ?? 'Đã có lỗi xảy ra. Vui lòng thử lại.'}</p>
      <Button className="btn-large" variant="primary" onClick={onRetry}>
        Thử lại
      </Button>
      {unitMissing && (
        <Link className="link-button" to="/units">
          Chọn lại xã, phường
        </Link>
      )}
      {notFound && (
        <Link className="link-button" to="/">
          Về trang chủ
        </Link>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
