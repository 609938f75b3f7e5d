import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data-dir";
import { eventKeyProblem, newEventKey, newSigningKey, signingKeyProblem } from "@/lib/engine/signing";

export interface EngineKeys {
  eventKey: string;
  signingKey: string;
}

/**
 * The offline engine's keys: INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY when set, else each generated once into the
 * data folder (readable by this user only), so that only processes the studio hands them to can send events, register
 * functions, or pass for the engine with the worker.
 */
export function engineKeys(env: Record<string, string | undefined> = process.env): EngineKeys {
  return {
    eventKey: keyFrom(env, "INNGEST_EVENT_KEY", "inngest-event-key", newEventKey, eventKeyProblem),
    signingKey: keyFrom(env, "INNGEST_SIGNING_KEY", "inngest-signing-key", newSigningKey, signingKeyProblem),
  };
}

function keyFrom(
  env: Record<string, string | undefined>,
  variable: string,
  fileName: string,
  generate: () => string,
  problemOf: (key: string) => string | undefined,
): string {
  const given = env[variable]?.trim();
  if (given) {
    const problem = problemOf(given);
    if (problem)
      throw new Error(`${variable} cannot be the offline engine's key: ${problem}. Unset it to have one generated.`);
    return given;
  }
  const folder = dataDir(env);
  const file = path.join(folder, fileName);
  // A folder created here is this user's only; an existing one is left as its owner set it.
  if (mkdirSync(folder, { recursive: true, mode: 0o700 })) chmodSync(folder, 0o700);
  // Written aside, then linked into place (which fails if the file exists): of two processes starting at once, one
  // key wins and neither reads a half-written file.
  if (!existsSync(file)) {
    const draft = `${file}.${process.pid}.tmp`;
    writeFileSync(draft, generate(), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  keepPrivate(file);
  const stored = readFileSync(file, "utf8").trim();
  const problem = problemOf(stored);
  if (problem)
    throw new Error(`${file} does not hold a usable key (${problem}): delete it to have a new one generated.`);
  return stored;
}

/** A key file others could read (copied in, or written by an older version) is made this user's only again. */
function keepPrivate(file: string): void {
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    throw new Error(
      `${file} is readable by other users (mode ${mode.toString(8)}) and could not be made private (${(error as Error).message}): fix its owner or mode.`,
    );
  }
  console.warn(
    `${file} was readable by other users (mode ${mode.toString(8)}): it is now 600. Delete it to have a new key generated if others may have read it.`,
  );
}
