import path from "node:path";
import { z } from "zod";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { AudioStorage } from "./types";
import { parseEnv } from "@/lib/parse-env";
import { dataDir } from "@/lib/data-dir";
import { readCallTimeouts } from "@/lib/providers/http/call-timeouts";

// An empty variable (`S3_ENDPOINT=` in a .env file) counts as unset.
const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const schema = z.object({
  STORAGE_PROVIDER: z.enum(["local", "s3"]).default("local"),
  STORAGE_DIR: optionalText,
  S3_BUCKET: optionalText,
  S3_REGION: optionalText,
  S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: z.enum(["0", "1", "true", "false"], { error: 'use "1" or "0"' }).default("0"),
});

const missing = (variable: string, what: string) =>
  new Error(
    `STORAGE_PROVIDER=s3 needs ${variable} (${what}). Set it, or set STORAGE_PROVIDER=local to keep audio on this machine.`,
  );

/** The audio storage the environment chooses (STORAGE_PROVIDER, default the folder `storage` of the data folder). */
export function createAudioStorage(env: Record<string, string | undefined> = process.env): AudioStorage {
  const config = parseEnv(schema, env);
  if (config.STORAGE_PROVIDER === "local")
    return createLocalStorage(config.STORAGE_DIR ?? path.join(dataDir(env), "storage"));

  if (!config.S3_BUCKET) throw missing("S3_BUCKET", "the bucket to store audio in");
  // Keys come in pairs; with neither, the SDK's default chain (instance role, AWS_* variables) is used.
  if (config.S3_ACCESS_KEY_ID && !config.S3_SECRET_ACCESS_KEY)
    throw missing("S3_SECRET_ACCESS_KEY", "the secret for S3_ACCESS_KEY_ID");
  if (config.S3_SECRET_ACCESS_KEY && !config.S3_ACCESS_KEY_ID)
    throw missing("S3_ACCESS_KEY_ID", "the key id for S3_SECRET_ACCESS_KEY");
  return createS3Storage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION ?? "us-east-1",
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "1" || config.S3_FORCE_PATH_STYLE === "true",
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
    timeoutMs: readCallTimeouts(env).storageMs,
  });
}
