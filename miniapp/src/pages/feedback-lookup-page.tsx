import { useState } from 'react';
import { normalizeFeedbackCode } from '@cchc/shared/text/feedback-code';
import { useSearchParams } from 'react-router-dom';
import { Button, useNavigate } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { TextField } from '../ui/index.ts';
import { ApiError } from '../lib/api-client.ts';
import { getFeedback } from '../features/feedback/api/feedback.ts';
import { rememberAccessKey } from '../features/feedback/hooks/access-keys.ts';

/** "Tra cứu bằng mã": the tracking code and the access key given when the PAKN was sent. */
export default function FeedbackLookupPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [accessKey, setAccessKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const k = accessKey.trim();
    if (!code.trim() || !k) {
      setError('Vui lòng nhập cả mã và khóa tra cứu.');
      return;
    }
    // As people say it: "pa 2612 6k7zm", "PA26126K7ZM"… (the server reads it the same way).
    const c = normalizeFeedbackCode(code);
    if (!c) {
      setError('Mã gồm PA hoặc KN, 4 chữ số và 5 ký tự, ví dụ PA-2612-6K7ZM. Vui lòng kiểm tra lại.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const found = await getFeedback(c, k);
      rememberAccessKey(found.code, k);
      navigate(`/feedback/${encodeURIComponent(found.code)}`, { replace: true });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 404
          ? 'Không tìm thấy phản ánh, kiến nghị với mã và khóa này. Vui lòng kiểm tra lại từng ký tự của khóa tra cứu.'
          : caught instanceof ApiError
            ? caught.message
            : 'Chưa tra cứu được. Vui lòng thử lại.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppPage title="Tra cứu phản ánh, kiến nghị" backTo="/feedback/mine">
      <h1 className="page-title">Tra cứu bằng mã</h1>
      <p className="lead">Nhập mã và khóa tra cứu bạn nhận được khi gửi.</p>
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField label="Mã phản ánh, kiến nghị" hint="Ví dụ: PA-2612-6K7ZM. Chữ hoa hay thường, có dấu cách hay gạch nối đều được." value={code} onChange={setCode} autoComplete="off" maxLength={40} />
        <TextField label="Khóa tra cứu" value={accessKey} onChange={setAccessKey} autoComplete="off" maxLength={100} />
        {error && (
          <p className="ui-field__error" role="alert">
            {error}
          </p>
        )}
        <Button className="btn-large" variant="primary" fullWidth htmlType="submit" loading={busy} disabled={busy}>
          Tra cứu
        </Button>
      </form>
    </AppPage>
  );
}
