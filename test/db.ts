import { inject } from "vitest";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";

/** A database of its own for one test file: a clone of the migrated template, dropped with the run. */
export async function freshDatabase(): Promise<{ db: Db; url: string }> {
  const serverUrl = inject("databaseServerUrl");
  const template = inject("templateDatabase");
  const name = `${template}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { db: createDb(url.toString()), url: url.toString() };
}
