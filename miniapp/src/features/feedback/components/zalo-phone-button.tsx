import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ApiError } from '../../../lib/api-client.ts';
import { getZaloPhoneToken, isInZalo, PhoneNumberError } from '../../../lib/zalo.ts';
import { confirmZaloPhone } from '../api/me.ts';

/**
 * "Dùng số điện thoại Zalo": only inside Zalo, only when the citizen presses it. Zalo asks their consent;
 * the token it gives is decoded on our server, which answers the number as people write it.
 */
export function ZaloPhoneButton({ onPhone }: { onPhone: (phone: string, name: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isInZalo()) return null;

  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      const me = await confirmZaloPhone(await getZaloPhoneToken());
      if (me.phone) onPhone(me.phone, me.name);
      else setError('Zalo chưa trả về số điện thoại. Bạn hãy tự nhập số điện thoại.');
    } catch (reason) {
      setError(reason instanceof PhoneNumberError || reason instanceof ApiError ? reason.message : 'Chưa lấy được số điện thoại Zalo. Bạn hãy tự nhập số điện thoại.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-stack">
      <Button className="btn-large" variant="secondary" fullWidth loading={busy} disabled={busy} onClick={() => void use()}>
        Dùng số điện thoại Zalo
      </Button>
      {error ? (
        <p className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
