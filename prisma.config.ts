import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's native schema-engine cannot be downloaded here (only the npm registry is reachable). This script
// impersonates it and forwards to the official WASM engine; see scripts/prisma/schema-engine.mjs.
// The CLI loads this file before it looks for the engine, so setting the variable here is enough.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./scripts/prisma/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Plain process.env (not `env()`, which throws when unset) so that `prisma generate` works without a database.
  datasource: {
    url: process.env.DATABASE_URL,
    // Optional: a dedicated shadow database. Otherwise the engine bridge creates and drops a throwaway one
    // next to DATABASE_URL's database (the role then needs CREATEDB).
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
