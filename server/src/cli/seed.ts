import { migrate } from '../db/migrate.ts';
import { openCliDatabase } from './open-cli-database.ts';
import { seedDemo } from '../seed/demo-seed.ts';

const { config, database } = await openCliDatabase('seed');
try {
  await migrate(database);
  const summary = await seedDemo(database.db, { demoPassword: config.demoPassword });
  console.log(`Dữ liệu mẫu: ${summary.units} đơn vị; ${summary.proceduresCreated} thủ tục mới (đã có thì giữ nguyên).`);
} finally {
  await database.close();
}
