import type { OfficerRoleT } from '@cchc/shared/api/console';
import type { OfficerWithPasswordT } from '@cchc/shared/api/console-admin';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { SelectField, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { useAllUnits } from '../../../components/unit-switcher.tsx';
import { OFFICER_ROLE_LABELS } from '../../../lib/labels.ts';
import { useMe } from '../../../lib/session.tsx';
import { createOfficer } from '../api/accounts.ts';

const USERNAME = /^[a-z0-9._-]{3,60}$/;

/** A new account: a unit administrator creates in their own unit; a city administrator chooses the unit. */
export function OfficerForm({ onCreated }: { onCreated: (created: OfficerWithPasswordT) => void }) {
  const me = useMe();
  const isCity = me.role === 'city_admin';
  const units = useAllUnits(isCity);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<OfficerRoleT>('officer');
  const [unit, setUnit] = useState(me.unit.slug);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roles: OfficerRoleT[] = isCity ? ['officer', 'leader', 'unit_admin', 'city_admin'] : ['officer', 'leader', 'unit_admin'];

  return (
    <form
      className="c-card c-stack"
      noValidate
      aria-labelledby="new-officer-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const name = username.trim().toLowerCase();
        if (!USERNAME.test(name)) return setError('Tên đăng nhập gồm 3–60 chữ thường không dấu, số, dấu chấm hoặc gạch ngang, ví dụ canbo.nguyen-van-a.');
        if (displayName.trim().length < 2) return setError('Vui lòng nhập họ và tên cán bộ.');
        if (password && password.length < 12) return setError('Mật khẩu tự đặt cần ít nhất 12 ký tự, hoặc để trống để hệ thống tạo.');
        setBusy(true);
        setError(null);
        try {
          const created = await createOfficer({
            username: name,
            displayName: displayName.trim(),
            role,
            ...(isCity ? { unit } : {}),
            ...(password ? { password } : {}),
          });
          setUsername('');
          setDisplayName('');
          setPassword('');
          setRole('officer');
          onCreated(created);
        } catch (caught) {
          setError(caught instanceof ApiError ? caught.message : 'Chưa tạo được tài khoản. Vui lòng thử lại.');
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 className="c-h2" id="new-officer-title">
        Tạo tài khoản mới
      </h2>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="c-grid-2">
        <TextField label="Họ và tên" value={displayName} onChange={setDisplayName} maxLength={120} autoComplete="off" />
        <TextField label="Tên đăng nhập" hint="Chữ thường không dấu, ví dụ canbo.nguyen-van-a" value={username} onChange={setUsername} maxLength={60} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        <SelectField label="Vai trò" value={role} onChange={(v) => setRole(v as OfficerRoleT)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {OFFICER_ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        {isCity ? (
          <SelectField label="Đơn vị" value={unit} onChange={setUnit}>
            <option value={me.unit.slug}>{me.unit.name}</option>
            {(units ?? [])
              .filter((u) => u.slug !== me.unit.slug)
              .map((u) => (
                <option key={u.slug} value={u.slug}>
                  {u.name}
                </option>
              ))}
          </SelectField>
        ) : (
          <p className="c-muted">Đơn vị: {me.unit.name}</p>
        )}
        <TextField
          label="Mật khẩu (không bắt buộc)"
          hint="Để trống: hệ thống tạo mật khẩu dùng một lần. Tự đặt: ít nhất 12 ký tự."
          type="password"
          value={password}
          onChange={setPassword}
          maxLength={200}
          autoComplete="new-password"
        />
      </div>
      <div>
        <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
          {busy ? 'Đang tạo…' : 'Tạo tài khoản'}
        </button>
      </div>
    </form>
  );
}
