import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { useTitle } from '../components/layout.tsx';
import { LoadingState, TextField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { useSession } from '../lib/session.tsx';

function loginMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Đăng nhập chưa thành công. Vui lòng thử lại.';
  if (error.code === 'ACCOUNT_LOCKED' || error.code === 'RATE_LIMITED' || error.code === 'UNAUTHENTICATED') return error.message;
  if (error.code === 'VALIDATION_FAILED') return 'Vui lòng nhập tên đăng nhập và mật khẩu.';
  return error.message;
}

/** Only paths inside the console are followed after login. */
function safeFrom(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

export default function LoginPage() {
  useTitle('Đăng nhập');
  const { me, login, loggedOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { from?: string } | null;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ text: string; locked: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  if (me === undefined) return <LoadingState />;
  if (me) return <Navigate to={safeFrom(state?.from)} replace />;

  const submit = async () => {
    if (!username.trim() || !password) {
      setError({ text: 'Vui lòng nhập tên đăng nhập và mật khẩu.', locked: false });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      navigate(safeFrom(state?.from), { replace: true });
    } catch (caught) {
      setError({ text: loginMessage(caught), locked: caught instanceof ApiError && (caught.code === 'ACCOUNT_LOCKED' || caught.code === 'RATE_LIMITED') });
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="c-login">
      <form
        className="c-login__card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h1 className="c-h1">Bảng điều khiển CCHC</h1>
        <p className="c-muted">Dành cho cán bộ, công chức xã, phường. Đăng nhập bằng tài khoản được cấp.</p>
        {loggedOut && !error && <Notice kind="success">Bạn đã đăng xuất.</Notice>}
        {error && (
          <div className={error.locked ? 'c-notice c-notice--error c-notice--locked' : 'c-notice c-notice--error'} role="alert" data-testid="login-error">
            {error.text}
          </div>
        )}
        <TextField label="Tên đăng nhập" value={username} onChange={setUsername} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus maxLength={100} />
        <TextField label="Mật khẩu" type="password" value={password} onChange={setPassword} autoComplete="current-password" maxLength={200} />
        <button type="submit" className="c-btn c-btn--primary c-btn--block" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </div>
  );
}
