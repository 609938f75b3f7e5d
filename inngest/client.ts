import { Inngest } from "inngest";
import { stripErrorStacks } from "./strip-error-stacks";

/**
 * The app's Inngest client. Where events go is read from the environment when it is created: INNGEST_BASE_URL with
 * INNGEST_EVENT_KEY/INNGEST_SIGNING_KEY for the offline engine (as `npm start` sets them) or a self-hosted server,
 * the Cloud keys with INNGEST_API_BASE_URL for Inngest Cloud (keys alone are the offline engine's: `npm start` starts
 * it), INNGEST_DEV=<url> for a real Dev Server. Without INNGEST_DEV the SDK runs in cloud mode: serve() refuses every
 * call not signed with the signing key.
 */
export const inngest = new Inngest({ id: "showrunner", middleware: stripErrorStacks() });
