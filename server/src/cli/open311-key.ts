/**
 * Creates an API key for a city system that sends PAKN through Open311 (POST /open311/v2/requests.json).
 *
 *   npm run open311:key -- --name "Hệ thống 1022 Hải Phòng" [--unit binh-giang]
 *
 * Without --unit the key may send to every unit. The key is printed once; only its SHA-256 is stored.
 *
 * On the embedded database it refuses while the server runs (DATA_DIR/pgdata.lock): use the console then.
 */
import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { hashApiKey, newApiKey } from '../features/open311/api-keys.ts';
import { insertKey } from '../features/open311/open311.repository.ts';
import { findUnitBySlug } from '../features/units/units.repository.ts';

const { values } = parseArgs({ options: { name: { type: 'string' }, unit: { type: 'string' } } });

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const name = values.name?.normalize('NFC').trim() ?? '';
if (name.length < 3) fail('Cách dùng: npm run open311:key -- --name "Tên hệ thống dùng khóa" [--unit <slug đơn vị>]');

const { database } = await openCliDatabase('open311:key');
try {
  await migrate(database);
  let unitId: number | null = null;
  let scope = 'mọi đơn vị';
  if (values.unit) {
    const unit = await findUnitBySlug(database.db, values.unit);
    if (!unit) fail(`Không có đơn vị "${values.unit}".`);
    unitId = unit.id;
    scope = unit.name;
  }
  const key = newApiKey();
  await insertKey(database.db, { unitId, name, keyHash: hashApiKey(key) });
  console.log(`Đã tạo khóa Open311 cho "${name}" (gửi được đến: ${scope}).`);
  console.log(`Khóa (chỉ hiện một lần, hãy lưu lại ngay): ${key}`);
} finally {
  await database.close();
}
