import { formatDay } from '@cchc/shared/calendar/working-days';
import { useState } from 'react';
import { Button } from 'zmp-ui';
import { TextAreaField } from '../../../ui/index.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { reopenFeedback } from '../api/feedback.ts';

/** "Chưa được giải quyết?": reopen with a reason, until the day the unit allows. */
export function ReopenForm({ code, accessKey, until, kindName = 'phản ánh', onDone }: { code: string; accessKey: string; until: string; kindName?: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const untilText = /^\d{4}-\d{2}-\d{2}$/.test(until) ? formatDay(until) : formatDate(until);

  const send = async () => {
    if (reason.trim().length < 5) {
      setError('Vui lòng cho biết lý do (ít nhất 5 ký tự).');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await reopenFeedback(code, accessKey, reason);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Chưa mở lại được. Vui lòng thử lại.');
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="card reopen" aria-labelledby="reopen-title">
      <h2 className="card__title" id="reopen-title">
        Việc chưa được giải quyết?
      </h2>
      <p>Bạn có thể mở lại {kindName} này đến hết ngày {untilText}.</p>
      {!open ? (
        <Button className="btn-large" variant="secondary" fullWidth onClick={() => setOpen(true)}>
          Mở lại
        </Button>
      ) : (
        <>
          <TextAreaField label="Lý do mở lại" value={reason} onChange={setReason} maxLength={1000} minLength={5} rows={4} error={error} showCount />
          <Button className="btn-large" variant="primary" fullWidth loading={sending} disabled={sending} onClick={() => void send()}>
            Gửi yêu cầu mở lại
          </Button>
          <Button className="btn-large" variant="tertiary" fullWidth onClick={() => setOpen(false)}>
            Huỷ
          </Button>
        </>
      )}
    </section>
  );
}
