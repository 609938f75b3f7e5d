import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeLoop, findLoops, folderEdges, folderOf } from "./import-graph";

const root = path.resolve(import.meta.dirname, "../..");

describe("folder loops", () => {
  it("finds none between lib/<area>, app, components, inngest, worker, server and scripts", () => {
    const edges = folderEdges(root);
    const loops = findLoops(edges.keys()).map((loop) => describeLoop(loop, edges));
    expect(loops.join("\n\n")).toBe("");
  }, 60_000);

  it("groups a path by lib/<area> or its top folder", () => {
    expect(folderOf("lib/pipeline/stages/script-writer.ts")).toBe("lib/pipeline");
    expect(folderOf("lib/config.ts")).toBe("lib/config.ts");
    expect(folderOf("lib/providers/speech/festival-synthesizer.ts")).toBe("lib/providers/speech");
    expect(folderOf("lib/providers/registry.ts")).toBe("lib/providers/registry.ts");
    expect(folderOf("app/(studio)/page.tsx")).toBe("app");
  });

  it("reports a loop however long, and not a one-way chain", () => {
    expect(findLoops(["a -> b", "b -> c", "c -> a", "c -> d"])).toEqual([["a", "b", "c"]]);
    expect(findLoops(["a -> b", "b -> c", "a -> c"])).toEqual([]);
  });
});
