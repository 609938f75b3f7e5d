import { Inngest } from "inngest";

/**
 * The app's Inngest client. Where events go is read from the environment when it is created:
 * INNGEST_DEV=<url> for the offline engine or a real Dev Server, INNGEST_EVENT_KEY/INNGEST_SIGNING_KEY for Inngest Cloud
 * or a self-hosted server (INNGEST_BASE_URL).
 */
export const inngest = new Inngest({ id: "showrunner" });
