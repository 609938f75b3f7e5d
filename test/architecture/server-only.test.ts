import path from "node:path";
import { describe, expect, it } from "vitest";
import { listSources, reachableFrom, runtimeImportsOf } from "./import-graph";

const root = path.resolve(import.meta.dirname, "../..");

// What runs in plain Node, where `import "server-only"` throws: the command line, the worker, the web server's and the
// engine's processes, the Inngest functions (also run by the worker) and Playwright's side of the browser tests.
const nodeEntries = () => [
  ...listSources(root, ["scripts", "worker", "server", "inngest", "e2e"]),
  path.join(root, "playwright.config.ts"),
];

const serverOnlyModules = () =>
  listSources(root, ["app", "components", "lib", "proxy.ts"])
    .filter((file) => runtimeImportsOf(file).includes("server-only"))
    .map((file) => path.relative(root, file));

describe("server-only modules", () => {
  it("mark the action client, the session guard, the route wrapper and the pages' data access", () => {
    expect(serverOnlyModules()).toEqual(
      expect.arrayContaining([
        "lib/actions/safe-action.ts",
        "lib/auth/guard.ts",
        "lib/auth/index.ts",
        "lib/api/with-route.ts",
        "lib/episodes/get-episode-detail.ts",
      ]),
    );
  }, 60_000);

  it("are loaded by no script, worker, server process, Inngest function or browser-test helper", () => {
    const marked = new Set(serverOnlyModules());
    const reached = reachableFrom(root, nodeEntries());
    const offending = [...reached.values()]
      .filter((chain) => marked.has(chain.at(-1)!))
      .map((chain) => chain.join(" -> "));
    expect(offending).toEqual([]);
  }, 60_000);

  it("mark every reader (get-*, list-*) in lib that only the Next server loads", () => {
    const marked = new Set(serverOnlyModules());
    const reached = new Set([...reachableFrom(root, nodeEntries()).values()].map((chain) => chain.at(-1)!));
    const readers = listSources(root, ["lib"])
      .map((file) => path.relative(root, file))
      .filter((file) => /\/(get|list)-[^/]+\.ts$/.test(file) && !reached.has(file));
    expect(readers.length).toBeGreaterThan(10);
    expect(readers.filter((file) => !marked.has(file))).toEqual([]);
  }, 60_000);
});
