/**
 * `npm run accounts -- unlock <email>`: forgets an account's failed sign-ins from every address, in the studio's
 * database (DATABASE_URL, else the embedded PostgreSQL), for when no admin can sign in to do it (a sole admin locked
 * out). Audited as `user.unlock` with no actor and `via: "cli"`.
 *
 * Exit codes: 0 unlocked, 1 no such user or an error, 64 bad arguments.
 */
import { ZodError } from "zod";
import { createDb, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { unlockAccountByEmail } from "@/lib/users/unlock-account";
import { openStudioDatabase } from "./lib/studio-database";

const USAGE = `Usage: npm run accounts -- unlock <email>

  unlock <email>   let the account sign in again at once: its failed sign-ins, from every address, are forgotten

Uses the studio's database (DATABASE_URL, else the embedded PostgreSQL).`;

const [command, email, ...rest] = process.argv.slice(2);
if (command === "--help" || command === "-h") {
  console.log(USAGE);
  process.exit(0);
}
if (command !== "unlock" || !email || rest.length > 0) {
  console.error(
    `${command && command !== "unlock" ? `Unknown command "${command}".` : "unlock needs exactly one email."}\n\n${USAGE}`,
  );
  process.exit(64);
}

const database = await openStudioDatabase();
let db: Db | undefined;
try {
  db = createDb(database.url);
  const unlocked = await unlockAccountByEmail(db, email);
  console.log(
    `Unlocked ${unlocked.email}: ${unlocked.clearedCounters} failed-sign-in counter(s) cleared. It can sign in again now.`,
  );
} catch (error) {
  if (error instanceof ZodError) {
    console.error(`"${email}" is not an email address.\n\n${USAGE}`);
    process.exitCode = 64;
  } else if (error instanceof NotFoundError) {
    console.error(`No user has the email ${email.trim().toLowerCase()} (${database.description}).`);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
} finally {
  await db?.$disconnect();
  await database.server?.stop();
}
