import type { TestProject } from "vitest/node";
import { startDatabaseServer } from "@/scripts/lib/database-server";
import { migrateDeploy } from "@/scripts/lib/run";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * One real PostgreSQL for the run (TEST_DATABASE_URL's or DATABASE_URL's server, else the embedded one), and a
 * freshly migrated template database that each test file clones (test/db.ts), so files never share rows.
 */
export default async function setup(project: TestProject) {
  const server = await startDatabaseServer(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
  const template = `showrunner_test_${Date.now().toString(36)}_${process.pid}`;
  await server.createDatabase(template);
  await migrateDeploy(server.urlFor(template), true);
  project.provide("databaseServerUrl", server.urlFor("postgres"));
  project.provide("templateDatabase", template);

  return async () => {
    await server.dropDatabasesLike(`${template}%`);
    await server.stop();
  };
}
