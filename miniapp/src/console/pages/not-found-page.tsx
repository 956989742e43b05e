import { Link } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { Empty } from '../components/states.tsx';

export default function NotFoundPage() {
  return (
    <>
      <PageHead title="Không tìm thấy trang" />
      <Empty>
        <p>Trang này không có trong bảng điều khiển.</p>
        <Link to="/" className="c-btn c-btn--primary">
          Về hàng chờ
        </Link>
      </Empty>
    </>
  );
}
