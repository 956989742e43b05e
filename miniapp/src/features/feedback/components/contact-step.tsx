import { normalizeVietnamPhone } from '@cchc/shared/text/phone';
import { useEffect, useState } from 'react';
import { Button } from 'zmp-ui';
import { CheckboxField, TextField } from '../../../ui/index.ts';
import { InfoIcon } from '../../../components/icons.tsx';
import { getDraft, updateDraft, useFeedbackDraft, type Contact } from '../hooks/use-feedback-draft.ts';
import { isInZalo } from '../../../lib/zalo.ts';
import { getMe } from '../api/me.ts';
import { ZaloPhoneButton } from './zalo-phone-button.tsx';
import { StepActions, StepFrame } from './step-frame.tsx';

type Errors = Partial<Record<keyof Contact, string>>;

export function validateContact(contact: Contact): Errors {
  const errors: Errors = {};
  const name = contact.name.trim();
  const phone = contact.phone.trim();
  const address = contact.address.trim();
  if (name.length < 2) errors.name = 'Vui lòng nhập họ và tên.';
  if (!phone) errors.phone = 'Vui lòng nhập số điện thoại.';
  else if (!/^[0-9 +().-]+$/.test(phone) || !normalizeVietnamPhone(phone)) {
    errors.phone = 'Số điện thoại chưa đúng. Ví dụ: 0912 345 678.';
  }
  if (address.length < 5) errors.address = 'Vui lòng nhập địa chỉ liên hệ (thôn/tổ, xã/phường).';
  return errors;
}

/** Fills the empty fields only: what the citizen typed is never overwritten. */
function prefill(patch: Partial<Contact>) {
  const contact = getDraft().contact;
  const next = { ...contact };
  for (const [field, value] of Object.entries(patch) as [keyof Contact, string | undefined][]) {
    if (value && !contact[field].trim()) next[field] = value;
  }
  updateDraft({ contact: next });
}

/**
 * Step 5: who sends it. Required by law; prefilled from the last submission on this device and, inside Zalo,
 * with the Zalo name and the phone number the citizen already agreed to share.
 */
export function ContactStep({ onNext }: { onNext: () => void }) {
  const draft = useFeedbackDraft();
  const [errors, setErrors] = useState<Errors>({});
  const [tried, setTried] = useState(false);
  const contact = draft.contact;

  useEffect(() => {
    if (!isInZalo()) return;
    const controller = new AbortController();
    getMe(controller.signal)
      .then((me) => me.linked && prefill({ name: me.name ?? undefined, phone: me.phone ?? undefined }))
      .catch(() => {
        // nothing to prefill: the citizen types it
      });
    return () => controller.abort();
  }, []);

  const change = (field: keyof Contact, value: string) => {
    const next = { ...contact, [field]: value };
    updateDraft({ contact: next });
    if (tried) setErrors(validateContact(next));
  };

  const next = () => {
    const found = validateContact(contact);
    setTried(true);
    setErrors(found);
    if (Object.keys(found).length === 0) onNext();
  };

  return (
    <StepFrame step="contact" title="Thông tin người gửi">
      <div className="note note--info">
        <InfoIcon size={22} />
        <p>
          Theo Điều 7 Nghị định 20/2008/NĐ-CP, phản ánh, kiến nghị phải ghi rõ <strong>họ tên, địa chỉ và số điện thoại</strong> của
          người gửi để cơ quan liên hệ và trả lời.
        </p>
      </div>
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <TextField label="Họ và tên" value={contact.name} onChange={(v) => change('name', v)} error={errors.name} autoComplete="name" maxLength={120} />
        <TextField
          label="Số điện thoại"
          type="tel"
          inputMode="tel"
          value={contact.phone}
          onChange={(v) => change('phone', v)}
          error={errors.phone}
          autoComplete="tel"
          maxLength={20}
        />
        <ZaloPhoneButton
          onPhone={(phone, name) => {
            change('phone', phone);
            if (name) prefill({ name });
          }}
        />
        <TextField
          label="Địa chỉ liên hệ"
          hint="Số nhà, thôn/tổ dân phố, xã/phường."
          value={contact.address}
          onChange={(v) => change('address', v)}
          error={errors.address}
          autoComplete="street-address"
          maxLength={300}
        />
        <CheckboxField
          label="Giữ bí mật danh tính của tôi với đơn vị xử lý"
          hint="Chỉ bộ phận tiếp nhận biết họ tên, số điện thoại và địa chỉ của bạn; đơn vị được giao xử lý sẽ không thấy."
          checked={draft.hideIdentity}
          onChange={(checked) => updateDraft({ hideIdentity: checked })}
        />
        <StepActions>
          <Button className="btn-large" variant="primary" fullWidth htmlType="submit">
            Tiếp tục
          </Button>
        </StepActions>
      </form>
    </StepFrame>
  );
}
