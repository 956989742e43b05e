import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { countUnits } from './features/units/units.repository.ts';
import { seedDemo } from './seed/demo-seed.ts';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config);
  await migrate(database);
  if (config.seedDemo && (await countUnits(database.db)) === 0) {
    const summary = await seedDemo(database.db, { demoPassword: config.demoPassword });
    console.log(`Đã nạp dữ liệu mẫu: ${summary.units} đơn vị, ${summary.proceduresCreated} thủ tục.`);
  }
  const app = await buildApp({ config, database });

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await database.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const engine = database.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL';
  app.log.info({ readyInMs: Date.now() - startedAt, engine }, `ready at http://localhost:${config.port}`);
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Không khởi động được máy chủ:', error);
  }
  process.exit(1);
});
