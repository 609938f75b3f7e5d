/**
 * `npm run assess -- --script FILE [--sources DIR] [--show SLUG] [--minutes N] [--topic TEXT] [--json]`: scores a
 * script without producing audio (scripts/lib/run-assess.ts; `--help` says how).
 */
import { runAssess } from "./lib/run-assess";

const result = await runAssess(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
