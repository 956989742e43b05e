import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { citizenKeyOf } from '../../../../server/src/lib/citizen-identity.ts';
import { citizenIdentityPlugin, type CitizenIdentityOptions } from '../../../../server/src/plugins/citizen-identity.ts';
import { errorsPlugin } from '../../../../server/src/plugins/errors.ts';

const DEVICE = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

async function appWith(resolve: CitizenIdentityOptions['resolve']) {
  const app = Fastify({ logger: false });
  await app.register(errorsPlugin);
  await app.register(citizenIdentityPlugin, { resolve });
  app.get('/who', { preValidation: app.identifyCitizen }, async (request) => ({ key: citizenKeyOf(request) }));
  app.get('/forgot-the-hook', async (request) => ({ key: citizenKeyOf(request) }));
  await app.ready();
  return app;
}

const who = (app: Awaited<ReturnType<typeof appWith>>, headers: Record<string, string>, url = '/who') => app.inject({ method: 'GET', url, headers });

describe('app.identifyCitizen and citizenKeyOf', () => {
  it('takes the Zalo identity first when a Bearer token resolves', async () => {
    const app = await appWith(async (token) => ({ appUserId: `id-of-${token}`, key: `zalo:id-of-${token}`, keys: [`zalo:id-of-${token}`] }));
    expect((await who(app, { authorization: 'Bearer abc', 'x-device-id': DEVICE })).json()).toEqual({ key: 'zalo:id-of-abc' });
    expect((await who(app, { 'x-device-id': DEVICE })).json()).toEqual({ key: `device:${DEVICE}` });
    // Another scheme is not a Zalo token.
    expect((await who(app, { authorization: 'Basic abc', 'x-device-id': DEVICE })).json()).toEqual({ key: `device:${DEVICE}` });
    expect((await who(app, { authorization: 'Bearerabc', 'x-device-id': DEVICE })).json()).toEqual({ key: `device:${DEVICE}` });
    expect((await who(app, { authorization: 'bearer   abc  ', 'x-device-id': DEVICE })).json()).toEqual({ key: 'zalo:id-of-abc' });
  });

  it('keeps the device identity when Zalo is not configured, token or not', async () => {
    const app = await appWith(null);
    expect((await who(app, { authorization: 'Bearer abc', 'x-device-id': DEVICE })).json()).toEqual({ key: `device:${DEVICE}` });
    expect((await who(app, {})).statusCode).toBe(400);
  });

  it('refuses to file a Zalo user under a device when a route forgot the hook', async () => {
    const app = await appWith(async () => ({ appUserId: 'x', key: 'zalo:x', keys: ['zalo:x'] }));
    expect((await who(app, { authorization: 'Bearer abc', 'x-device-id': DEVICE }, '/forgot-the-hook')).statusCode).toBe(500);
  });
});
