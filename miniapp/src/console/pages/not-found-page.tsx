import { Link } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { EmptyState } from '../../ui/index.ts';

export default function NotFoundPage() {
  return (
    <>
      <PageHead title="Không tìm thấy trang" />
      <EmptyState>
        <p>Trang này không có trong bảng điều khiển.</p>
        <Link to="/" className="c-btn c-btn--primary">
          Về hàng chờ
        </Link>
      </EmptyState>
    </>
  );
}
