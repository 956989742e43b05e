import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** OpenAPI generated from the route schemas, browsable at /docs. */
export const docsPlugin = fp(async (app: FastifyInstance, { publicUrl }: { publicUrl: string }) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kênh công dân CCHC — API',
        description: 'Thủ tục hành chính, đường dây nóng, hướng dẫn dịch vụ công trực tuyến của các xã, phường.',
        version: '1.0.0',
      },
      // PUBLIC_URL, never the request's Host: "Try it out" calls the real server.
      servers: [{ url: publicUrl }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
});
