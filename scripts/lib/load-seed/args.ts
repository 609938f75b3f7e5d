/** A small `--name value` / `--flag` parser for the load-seed and bench scripts; unknown options are an error (exit 64). */
export function parseArgs<T extends Record<string, "string" | "number" | "boolean">>(
  argv: string[],
  spec: T,
  usage: string,
): { [K in keyof T]?: T[K] extends "number" ? number : T[K] extends "boolean" ? boolean : string } {
  const out: Record<string, string | number | boolean> = {};
  const fail = (message: string): never => {
    console.error(`${message}\n\nUsage: ${usage}`);
    process.exit(64);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      console.log(`Usage: ${usage}`);
      process.exit(0);
    }
    const [rawName, inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    const kind = rawName ? spec[rawName] : undefined;
    if (!rawName || !kind) fail(`Unknown argument: ${arg}`);
    const name = rawName!;
    if (kind === "boolean") {
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) fail(`--${name} needs a value`);
    if (kind === "number") {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, not ${value}`);
      out[name] = n;
    } else {
      out[name] = value!;
    }
  }
  return out as ReturnType<typeof parseArgs<T>>;
}
