import { useEffect, useState } from 'react';
import type { ZaloLinkCodeT, ZaloLinkStatusT } from '@cchc/shared/api/zalo-link';
import { ApiError } from '../../../../lib/api-client.ts';
import { Notice } from '../../../components/notice.tsx';
import { getZaloLink, requestZaloLinkCode, unlinkZalo } from '../api/accounts.ts';

const time = (iso: string) => new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
const day = (iso: string) => new Date(iso).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });

/** The officer links their Zalo account to hear of new PAKN and of PAKN due tomorrow. */
export function ZaloLinkCard() {
  const [status, setStatus] = useState<ZaloLinkStatusT | null>(null);
  const [code, setCode] = useState<ZaloLinkCodeT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = () => getZaloLink().then(setStatus, (e: unknown) => setError(e instanceof ApiError ? e.message : 'Chưa tải được trạng thái liên kết Zalo.'));
  useEffect(() => void reload(), []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Chưa thực hiện được. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="c-card c-stack c-narrow" aria-labelledby="zalo-link-title" data-testid="zalo-link">
      <h2 id="zalo-link-title" className="c-h2">Nhận thông báo qua Zalo</h2>
      <p className="c-muted">Liên kết tài khoản Zalo để được báo khi có phản ánh mới của đơn vị và một ngày trước khi phản ánh đến hạn trả lời.</p>
      {error && <Notice kind="error">{error}</Notice>}
      {status && !status.available && <p className="c-muted">Hệ thống chưa kết nối Zalo OA, nên chưa liên kết được.</p>}
      {status?.linked && status.linkedAt && <p>Đã liên kết từ ngày {day(status.linkedAt)}.</p>}
      {code && !status?.linked && (
        <div className="c-stack">
          <p>Mở Zalo, vào Zalo OA của đơn vị và gửi đúng tin nhắn sau (trước {time(code.expiresAt)}):</p>
          <p className="c-big-code" data-testid="zalo-link-command">{code.command}</p>
          <div>
            <button type="button" className="c-btn" disabled={busy} onClick={() => run(async () => { await reload(); })}>Tôi đã gửi, kiểm tra lại</button>
          </div>
        </div>
      )}
      {status?.available && (
        <div>
          {status.linked ? (
            <button type="button" className="c-btn" disabled={busy} onClick={() => run(async () => { await unlinkZalo(); setCode(null); await reload(); })}>Bỏ liên kết Zalo</button>
          ) : (
            <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => run(async () => setCode(await requestZaloLinkCode()))}>
              {code ? 'Lấy mã mới' : 'Lấy mã liên kết'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
