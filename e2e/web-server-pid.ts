import { tmpdir } from "node:os";
import path from "node:path";

/** Where scripts/e2e-server.ts writes its web server's pid, so a test can read the server's memory from /proc. */
export const webServerPidFile = (port = Number(process.env.E2E_PORT ?? 3100)) =>
  path.join(tmpdir(), `showrunner-e2e-web-${port}.pid`);
