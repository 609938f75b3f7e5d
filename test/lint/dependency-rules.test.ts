import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const RULE = "boundaries/dependencies";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints a fixture's text as if it were the file at `at` (inside the real folders, so the folder's rules apply). */
async function lintAs(fixture: string, at: string) {
  const code = readFileSync(path.join(import.meta.dirname, "fixtures", fixture), "utf8");
  const [result] = await eslint.lintText(code, { filePath: path.join(root, at) });
  const boundaryErrors = result!.messages.filter((m) => m.ruleId === RULE && m.severity === 2);
  const importOn = (line: number) => code.split("\n")[line - 1]!.match(/from "([^"]+)"/)?.[1];
  return {
    errors: boundaryErrors.map((m) => ({ source: importOn(m.line), message: m.message })),
    fatal: result!.messages.filter((m) => m.fatal),
  };
}

// The first lint loads the parser and resolvers: a ceiling for busy machines, not a wait.
const TIMEOUT = 120_000;

describe("the dependency rules in eslint.config.mjs", () => {
  it.each([
    [
      "component-imports-database.tsx",
      "components/episodes/show-count.tsx",
      ["@/lib/db"],
      /Components never import the database/,
    ],
    [
      "component-imports-prisma-client.tsx",
      "components/shows/client-name.tsx",
      ["@/lib/generated/prisma/client"],
      /Components never import the database/,
    ],
    [
      "component-imports-app.tsx",
      "components/shell/title.tsx",
      ["@/app/layout"],
      /Components never import the database or app\//,
    ],
    [
      "pipeline-imports-adapter.ts",
      "lib/pipeline/stages/speak.ts",
      ["@/lib/providers/speech/create-speech-synthesizer"],
      /pipeline code uses ports, never adapters/,
    ],
    [
      "pipeline-imports-registry.ts",
      "lib/pipeline/providers.ts",
      ["@/lib/providers/registry"],
      /pipeline code uses ports, never adapters/,
    ],
    [
      "domain-imports-side-effects.ts",
      "lib/domain/inputs.ts",
      ["node:fs", "@prisma/client", "@/lib/generated/prisma/enums", "@/lib/providers/speech/types"],
      /./,
    ],
    [
      "engine-imports-product.ts",
      "lib/engine/stage-count.ts",
      ["@/lib/domain/stages"],
      /lib\/engine imports nothing of the product/,
    ],
    [
      "quality-imports-pipeline.ts",
      "lib/quality/show-name.ts",
      ["@/lib/pipeline/types"],
      /from elements of type "quality" to elements of type "pipeline"/,
    ],
    [
      "quality-imports-sdk.ts",
      "lib/speech-text/judge.ts",
      ["ai"],
      /lib\/speech-text imports only zod, decimal.js and diff from npm, not ai/,
    ],
    [
      "lib-imports-entry-point.ts",
      "lib/episodes/parts.ts",
      ["@/components/ui/button"],
      /lib never imports app\/, components\//,
    ],
    [
      "runtime-imports-tooling.ts",
      "server/engine-port.ts",
      ["@/scripts/lib/free-port"],
      /server\/ is deployable runtime: it never imports scripts\//,
    ],
  ])(
    "%s, linted as %s, is refused",
    async (fixture, at, sources, message) => {
      const { errors, fatal } = await lintAs(fixture, at);
      expect(fatal).toEqual([]);
      expect(errors.map((e) => e.source)).toEqual(sources);
      for (const e of errors) expect(e.message).toMatch(message);
    },
    TIMEOUT,
  );

  it(
    "names Node built-ins and Prisma as what lib/domain may not import",
    async () => {
      const { errors } = await lintAs("domain-imports-side-effects.ts", "lib/domain/inputs.ts");
      expect(errors.slice(0, 2).map((e) => e.message)).toEqual([
        "lib/domain imports only zod, decimal.js and diff from npm, not node:fs.",
        "lib/domain imports only zod, decimal.js and diff from npm, not @prisma/client.",
      ]);
    },
    TIMEOUT,
  );

  it.each([
    ["component-imports-domain.tsx", "components/episodes/stage-count.tsx"],
    ["pipeline-imports-port.ts", "lib/pipeline/is-rate-limited.ts"],
    ["domain-imports-zod.ts", "lib/domain/stage-amount.ts"],
    // The composition roots may build the adapters.
    ["pipeline-imports-registry.ts", "inngest/functions/providers.ts"],
    ["pipeline-imports-adapter.ts", "app/api/speech/route.ts"],
    // The tooling starts the runtime: scripts/ may import server/.
    ["runtime-imports-tooling.ts", "scripts/lib/engine-port.ts"],
    // Tests may reach across layers to set up what they check.
    ["component-imports-database.tsx", "components/episodes/show-count.test.tsx"],
    ["domain-imports-side-effects.ts", "lib/domain/inputs.test.ts"],
  ])(
    "%s, linted as %s, is allowed",
    async (fixture, at) => {
      const { errors, fatal } = await lintAs(fixture, at);
      expect(fatal).toEqual([]);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );
});
