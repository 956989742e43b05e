import { useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { TextField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { changeOwnPassword } from '../features/accounts/api/accounts.ts';
import { ZaloLinkCard } from '../features/accounts/components/zalo-link-card.tsx';

/** Any officer replaces their own password, e.g. the one-time password an administrator gave them. */
export default function PasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  return (
    <>
      <PageHead title="Đổi mật khẩu" />
      <form
        className="c-card c-stack c-narrow"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (next.length < 12) return setNotice({ kind: 'error', text: 'Mật khẩu mới cần ít nhất 12 ký tự.' });
          if (next !== again) return setNotice({ kind: 'error', text: 'Hai lần nhập mật khẩu mới chưa khớp nhau.' });
          setBusy(true);
          setNotice(null);
          try {
            await changeOwnPassword(current, next);
            setCurrent('');
            setNext('');
            setAgain('');
            setNotice({ kind: 'success', text: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.' });
          } catch (error) {
            setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa đổi được mật khẩu. Vui lòng thử lại.' });
          } finally {
            setBusy(false);
          }
        }}
      >
        <p className="c-muted">Nhận mật khẩu dùng một lần từ quản trị viên? Hãy đổi ngay sang mật khẩu chỉ mình bạn biết, ít nhất 12 ký tự.</p>
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <TextField label="Mật khẩu hiện tại" type="password" value={current} onChange={setCurrent} maxLength={200} autoComplete="current-password" />
        <TextField label="Mật khẩu mới" hint="Ít nhất 12 ký tự" type="password" value={next} onChange={setNext} maxLength={200} autoComplete="new-password" />
        <TextField label="Nhập lại mật khẩu mới" type="password" value={again} onChange={setAgain} maxLength={200} autoComplete="new-password" />
        <div>
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Đổi mật khẩu'}
          </button>
        </div>
      </form>
      <ZaloLinkCard />
    </>
  );
}
