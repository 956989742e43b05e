/**
 * A route's serializer for a large answer that our own service builds exactly in the shape of
 * its response schema: plain JSON.stringify. fast-json-stringify, Fastify's default, is 2–3×
 * slower on big string-heavy bodies (the city progress: 27,000 target-periods, ~9 MB). The
 * schema still documents the answer (OpenAPI), and the route's test checks the answer against it.
 */
export const plainJson = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };
