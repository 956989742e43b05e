/**
 * Creates an officer account, or resets its password and role.
 *
 *   npm run officer:create -- --unit binh-giang --username canbo.tuan --name "Nguyễn Văn Tuấn" --role officer
 *
 * Roles: officer (cán bộ xử lý), leader (lãnh đạo duyệt trả lời), unit_admin (quản trị đơn vị),
 * city_admin (quản trị thành phố, thấy mọi đơn vị). Without --password a strong one is generated and printed once.
 *
 * On the embedded database it refuses while the server runs (DATA_DIR/pgdata.lock): use the console then.
 */
import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.ts';
import { openCliDatabase } from './open-cli-database.ts';
import type { OfficerRole } from '../db/schema.ts';
import { generatePassword, hashPassword } from '../features/officers/password.ts';
import { upsertOfficer } from '../features/officers/officers.repository.ts';
import { findUnitBySlug } from '../features/units/units.repository.ts';

const ROLES: OfficerRole[] = ['officer', 'leader', 'unit_admin', 'city_admin'];

const { values } = parseArgs({
  options: {
    unit: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'officer' },
    password: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!values.unit || !values.username || !values.name) {
  fail('Cách dùng: npm run officer:create -- --unit <slug> --username <tên.đăng.nhập> --name "Họ và tên" [--role officer|leader|unit_admin|city_admin] [--password ...]');
}
const role = values.role as OfficerRole;
if (!ROLES.includes(role)) fail(`--role phải là một trong: ${ROLES.join(', ')}.`);
const username = values.username.trim().toLowerCase();
if (!/^[a-z0-9._-]{3,60}$/.test(username)) fail('Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang; 3–60 ký tự.');
if (values.password !== undefined && values.password.length < 12) fail('Mật khẩu cần ít nhất 12 ký tự.');

const { database } = await openCliDatabase('officer:create');
try {
  await migrate(database);
  const unit = await findUnitBySlug(database.db, values.unit);
  if (!unit) fail(`Không có đơn vị "${values.unit}".`);
  if (role === 'city_admin' && unit.kind !== 'city') fail('Quản trị thành phố phải thuộc đơn vị cấp thành phố.');
  const password = values.password ?? generatePassword();
  await upsertOfficer(database.db, { unitId: unit.id, username, displayName: values.name, role, passwordHash: await hashPassword(password) });
  console.log(`Đã tạo tài khoản ${username} (${role}) của ${unit.name}.`);
  if (!values.password) console.log(`Mật khẩu (chỉ hiện một lần): ${password}`);
} finally {
  await database.close();
}
