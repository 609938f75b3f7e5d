import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";

const exec = promisify(execFile);
let databaseUrl: string;

beforeAll(async () => {
  // A clone of the template, which global setup built by applying the committed migrations to an empty database.
  ({ url: databaseUrl } = await freshDatabase());
});

/** `prisma migrate diff` from the migrated database to a schema file: exit 0 = identical, 2 = they differ. */
async function diffAgainst(schemaPath: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-config-datasource", "--to-schema", schemaPath, "--exit-code"],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    if (e.code !== 2) throw new Error(`prisma migrate diff failed: ${e.stderr}`);
    return { code: e.code, stdout: e.stdout };
  }
}

describe("schema and migrations", () => {
  it("the committed migrations, applied to an empty database, give exactly prisma/schema.prisma", async () => {
    const { code, stdout } = await diffAgainst("prisma/schema.prisma");
    expect(stdout).toContain("No difference detected");
    expect(code).toBe(0);
  });

  it("detects a schema change that has no migration", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "schema-drift-"));
    const drifted = path.join(dir, "schema.prisma");
    writeFileSync(drifted, `${readFileSync("prisma/schema.prisma", "utf8")}\nmodel Drift {\n  id Int @id\n}\n`);
    const { code, stdout } = await diffAgainst(drifted);
    expect(code).toBe(2);
    expect(stdout).toMatch(/Drift/);
  });
});
