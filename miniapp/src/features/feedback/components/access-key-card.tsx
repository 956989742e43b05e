import { useState } from 'react';
import { Button } from 'zmp-ui';
import { canShareText, copyText, shareText } from '../../../lib/zalo.ts';
import { TrackingCode } from './tracking-code.tsx';

/**
 * The access key this phone kept when it sent the PAKN, on the PAKN's own page: with the code it opens the
 * PAKN on any other phone. Copy (and share, where the phone can) so the citizen can keep it somewhere else.
 */
export function AccessKeyCard({ code, accessKey, kindName }: { code: string; accessKey: string; kindName: string }) {
  return (
    <section className="card access-key" aria-labelledby="access-key-title" data-testid="access-key-card">
      <h2 className="card__title" id="access-key-title">
        Khóa tra cứu
      </h2>
      <TrackingCode code={accessKey} className="tracking-code tracking-code--small" testId="access-key" />
      <p>
        Hãy giữ mã và khóa tra cứu này (chép ra giấy hoặc gửi cho chính mình). Khi đổi điện thoại hoặc mở trên máy
        khác, bạn cần cả hai để xem lại {kindName} và câu trả lời.
      </p>
      <KeepKeyButtons code={code} accessKey={accessKey} kindName={kindName} />
    </section>
  );
}

/** "Sao chép mã và khóa" (and "Chia sẻ để lưu lại" where the phone can share), with what happened said aloud. */
export function KeepKeyButtons({ code, accessKey, kindName }: { code: string; accessKey: string; kindName: string }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const text = `Mã ${kindName}: ${code}\nKhóa tra cứu: ${accessKey}`;
  return (
    <>
      <div className="button-stack">
        <Button
          className="btn-large"
          variant="secondary"
          fullWidth
          onClick={() => void copyText(text).then((done) => setCopied(done ? 'copied' : 'failed'))}
        >
          Sao chép mã và khóa
        </Button>
        {canShareText() && (
          <Button className="btn-large" variant="tertiary" fullWidth onClick={() => void shareText(text)}>
            Chia sẻ để lưu lại
          </Button>
        )}
      </div>
      <p className="access-key__status" role="status" aria-live="polite">
        {copied === 'copied' && 'Đã sao chép. Bạn dán vào ghi chú hoặc tin nhắn để lưu lại.'}
        {copied === 'failed' && 'Máy không cho sao chép. Bạn hãy chép tay mã và khóa ở trên.'}
      </p>
    </>
  );
}
