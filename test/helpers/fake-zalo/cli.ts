/**
 * `npm run fake-zalo`: the fake Zalo on a fixed port for local demos. Prints the environment
 * to start the server with, and a demo Mini App user's token.
 */
import { FakeZalo } from './fake-zalo.ts';

const port = Number(process.env.FAKE_ZALO_PORT ?? 4010);
const fake = await new FakeZalo({ appId: '3604567890123456789', appSecret: 'demo-app-secret', oaId: '1234567890987654321', oaSecret: 'demo-oa-secret' }).start(port);
const pair = fake.issuePair();
const user = fake.addUser({ name: 'Nguyễn Văn Dân' });
console.log(`Fake Zalo listening at ${fake.url}. Start the server with:\n`);
console.log(Object.entries(fake.env(pair)).map(([k, v]) => `${k}=${v}`).join(' \\\n'), '\\\n  npm start\n');
console.log(`A Mini App user's access token (Bearer): ${user.accessToken} (id ${user.id})`);
setInterval(() => {
  const last = fake.messages.at(-1);
  if (last) console.log(`last OA message → ${last.userId}: ${JSON.stringify(last.message).slice(0, 200)}`);
}, 10_000).unref();
process.on('SIGINT', () => void fake.stop().then(() => process.exit(0)));
await new Promise(() => {});
