import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { CheckboxField } from '../../../../ui/index.ts';
import { putPublication } from '../api/satisfaction.ts';
import { usePublication } from '../hooks/use-satisfaction.ts';

/** A commune chooses whether the Mini App shows its satisfaction index to everyone (never the comments). */
export function PublishToggle({ unit }: { unit: string }) {
  const publication = usePublication(unit, true);
  const [saving, setSaving] = useState(false);
  // The box follows the click at once; a refused change puts it back.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!publication.data) return null;
  const change = async (publish: boolean) => {
    setSaving(true);
    setChosen(publish);
    setMessage(null);
    try {
      await putPublication(unit, publish);
      invalidateQueries(`console/satisfaction-publication/${unit}`);
      invalidateQueries(`console/satisfaction/${unit}/`);
      publication.reload();
      setMessage({ ok: true, text: publish ? 'Đã công khai chỉ số hài lòng trên Mini App.' : 'Đã thôi công khai chỉ số hài lòng.' });
    } catch (error) {
      setChosen(null);
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : 'Chưa lưu được. Vui lòng thử lại.' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="c-card c-sat-publish" data-testid="sat-publish" aria-busy={saving}>
      <CheckboxField
        label="Công khai chỉ số hài lòng trên Mini App"
        hint="Người dân thấy chỉ số chung và từng yếu tố với số người trả lời; không thấy ý kiến riêng."
        checked={chosen ?? publication.data.publish}
        onChange={(checked) => void change(checked)}
      />
      {message && (
        <p className={message.ok ? 'c-notice c-notice--success' : 'c-notice c-notice--error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
