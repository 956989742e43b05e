import { useState } from 'react';
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
    const c = code.trim().toUpperCase();
    const k = accessKey.trim();
    if (!c || !k) {
      setError('Vui lòng nhập cả mã phản ánh và khóa tra cứu.');
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
          ? 'Không tìm thấy phản ánh với mã và khóa này. Vui lòng kiểm tra lại từng ký tự.'
          : caught instanceof ApiError
            ? caught.message
            : 'Chưa tra cứu được. Vui lòng thử lại.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppPage title="Tra cứu phản ánh" backTo="/feedback/mine">
      <h1 className="page-title">Tra cứu bằng mã</h1>
      <p className="lead">Nhập mã phản ánh và khóa tra cứu bạn nhận được khi gửi.</p>
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField label="Mã phản ánh" value={code} onChange={setCode} autoComplete="off" maxLength={40} />
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
