import { MINIAPP_DIR } from '../../server/src/paths.ts';
import { buildTestApp } from './app.ts';


/** The whole product listening on a free port: the built Mini App and the API, with demo data. */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const testApp = await buildTestApp({ staticDir: MINIAPP_DIR });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}`, close: testApp.close };
}
