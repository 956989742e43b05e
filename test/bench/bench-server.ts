/** The app as the benchmark measures it, in its own process: same plugins, plus a hello route. */
import { Type } from '@sinclair/typebox';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openDatabase } from '../../server/src/db/database.ts';

const config = { ...loadConfig(), logLevel: 'silent' as const, staticDir: null, searchRateLimit: 1e9 };
const database = await openDatabase(config);
const app = await buildApp({ config, database });
app.get('/bench/hello', { schema: { response: { 200: Type.Object({ hello: Type.String() }) } } }, async () => ({ hello: 'world' }));
await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => database.close()).then(() => process.exit(0)));
