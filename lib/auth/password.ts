import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// Argon2id with the library's defaults (OWASP-recommended parameters).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

/** A readable random password for generated accounts (about 80 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url").replace(/[-_]/g, "x");
}
