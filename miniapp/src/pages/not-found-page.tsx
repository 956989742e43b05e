import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';

export default function NotFoundPage() {
  return (
    <AppPage title="Không tìm thấy trang" backTo="/">
      <div className="ui-state ui-state--empty">
        <p>Trang bạn mở không có hoặc đã được chuyển đi.</p>
        <Link className="button-link button-link--primary" to="/">
          Về trang chủ
        </Link>
      </div>
    </AppPage>
  );
}
