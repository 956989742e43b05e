import { Link } from 'react-router-dom';
import { AppPage, useGoBack } from '../components/app-page.tsx';

export default function NotFoundPage() {
  const goBack = useGoBack('/');
  return (
    <AppPage title="Không tìm thấy trang" backTo="/">
      <div className="ui-state ui-state--empty">
        <p>Trang bạn mở không có hoặc đã được chuyển đi.</p>
        <button type="button" className="button-link button-link--primary" onClick={goBack}>
          Quay lại
        </button>
        <Link className="button-link button-link--secondary" to="/">
          Về trang chủ
        </Link>
      </div>
    </AppPage>
  );
}
