/**
 * Where the pipeline worker listens, and the origin at which this machine reaches it, from SHOWRUNNER_WORKER_HOST
 * (default 127.0.0.1; an IPv6 address with or without brackets) and SHOWRUNNER_WORKER_PORT (default 3001). One
 * place for the worker (the URL it registers), `npm start` (the URL the engine syncs) and the studio's health check.
 */
export interface WorkerAddress {
  /** What the worker listens on (no brackets: node's listen() takes a bare IPv6 address). */
  host: string;
  port: number;
  /** `http://<host>:<port>`, through the loopback when the worker listens on every address. */
  origin: string;
}

const ANY_ADDRESS = new Set(["0.0.0.0", "::"]);

export function workerAddress(env: Record<string, string | undefined>): WorkerAddress {
  const host = (env.SHOWRUNNER_WORKER_HOST?.trim() || "127.0.0.1").replace(/^\[(.*)\]$/, "$1");
  const port = Number(env.SHOWRUNNER_WORKER_PORT || 3001);
  const reached = ANY_ADDRESS.has(host) ? "127.0.0.1" : host;
  return { host, port, origin: `http://${reached.includes(":") ? `[${reached}]` : reached}:${port}` };
}
