import type { Db } from "@/lib/db";

/** A database that fails the test if a use case reaches it: for the rules a use case checks before any I/O. */
export const untouchableDb = new Proxy({} as Db, {
  get(_, property) {
    throw new Error(`The database was used (${String(property)}) before the request was refused.`);
  },
});
