import { migrate } from '../db/migrate.ts';
import { openCliDatabase } from './open-cli-database.ts';

const { database } = await openCliDatabase('migrate');
try {
  const applied = await migrate(database);
  console.log(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
} finally {
  await database.close();
}
