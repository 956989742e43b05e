import type { FastifyInstance, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { bearerTokenOf, deviceKeyOf } from '../lib/citizen-identity.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A preValidation hook for every citizen route that calls citizenKeyOf: resolves the Bearer
     * token to the Zalo citizen (401 when Zalo refuses it, 503 when Zalo does not answer), or
     * leaves the device identity when there is no token or Zalo is not set up. After the route's
     * rate limit (onRequest), so a flood is counted before any call to Zalo; before validation, so
     * the per-citizen limit counts refused bodies too.
     */
    identifyCitizen: preValidationAsyncHookHandler;
  }
}

export interface CitizenIdentityOptions {
  /** The citizens feature's resolver (handed in by the composition root), or null when Zalo is not configured. */
  resolve: ((accessToken: string, deviceKey: string | null) => Promise<{ appUserId: string; key: string; keys: string[] }>) | null;
}

export const citizenIdentityPlugin = fp(async (app: FastifyInstance, { resolve }: CitizenIdentityOptions) => {
  app.decorateRequest('zaloCitizen', undefined);
  app.decorate('identifyCitizen', async (request: FastifyRequest) => {
    const token = bearerTokenOf(request);
    request.zaloCitizen = token === null || resolve === null ? null : await resolve(token, deviceKeyOf(request));
  });
});
