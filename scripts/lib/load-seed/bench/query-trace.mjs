// Preloaded into the Next server by `npm run bench:studio -- --trace-queries` (NODE_OPTIONS=--import): times every
// SQL statement the app sends through `pg` (Prisma's adapter uses it), without touching app code. On SIGUSR2 the
// process writes what it saw since the last signal to $BENCH_QUERY_TRACE_DIR/queries-<pid>.json and starts over.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.env.BENCH_QUERY_TRACE_DIR;
if (dir) {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  let pg;
  try {
    pg = require("pg");
  } catch {
    pg = undefined;
  }
  if (pg?.Client?.prototype?.query) {
    /** @type {Map<string, { count: number, totalMs: number, maxMs: number, rows: number }>} */
    let stats = new Map();
    const record = (text, ms, rows) => {
      const key = text.replace(/\s+/g, " ").trim();
      const s = stats.get(key) ?? { count: 0, totalMs: 0, maxMs: 0, rows: 0 };
      s.count += 1;
      s.totalMs += ms;
      s.maxMs = Math.max(s.maxMs, ms);
      s.rows += rows;
      stats.set(key, s);
    };
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function tracedQuery(...args) {
      const config = args[0];
      const text = typeof config === "string" ? config : config?.text;
      if (typeof text !== "string") return original.apply(this, args);
      const started = performance.now();
      const done = (res) => record(text, performance.now() - started, res?.rowCount ?? 0);
      const cb = args.findIndex((a) => typeof a === "function");
      if (cb >= 0) {
        const callback = args[cb];
        args[cb] = function (err, res) {
          done(res);
          return callback.apply(this, arguments);
        };
        return original.apply(this, args);
      }
      const result = original.apply(this, args);
      if (result && typeof result.then === "function") result.then(done, () => done(undefined));
      return result;
    };
    process.on("SIGUSR2", () => {
      const out = [...stats].map(([sql, s]) => ({ sql, ...s }));
      stats = new Map();
      writeFileSync(path.join(dir, `queries-${process.pid}.json`), JSON.stringify(out));
    });
  }
}
