import { db } from "@/lib/db";
import { createProviders, type Providers } from "./registry";

let providers: Promise<Providers> | undefined;

/** The server process's providers, created from the environment on first use. */
export function appProviders(): Promise<Providers> {
  return (providers ??= createProviders(process.env, db).catch((error: unknown) => {
    providers = undefined; // a configuration error must not stick: fix the env, the next request tries again
    throw error;
  }));
}
