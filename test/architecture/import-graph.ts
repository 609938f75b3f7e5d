import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The top-level folders (and lone files) whose imports make the folder graph; tests are left out, they may reach anywhere. */
const ROOTS = ["app", "components", "inngest", "lib", "scripts", "worker", "server", "proxy.ts"];
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", "generated"]);
const isSource = (name: string) => /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name);

export function listSources(root: string, roots: string[] = ROOTS, withTests = false): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (isSource(entry.name) || (withTests && /\.test\.tsx?$/.test(entry.name))) files.push(full);
    }
  };
  for (const name of roots) {
    const full = path.join(root, name);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
  return files;
}

/**
 * The folder a repository path belongs to: lib/<area> inside lib (a file at the top of lib is its own), one level
 * deeper in lib/providers (each kind of provider, e.g. lib/providers/speech, is a folder of its own; a file at its
 * top, e.g. the registry, is its own), else the top folder.
 */
export function folderOf(relativePath: string): string {
  const parts = relativePath.split("/");
  if (parts[0] !== "lib") return parts[0]!;
  return parts.slice(0, parts[1] === "providers" ? 3 : 2).join("/");
}

/** The repository file an import names (through the @/ alias or a relative path), or null for a package. */
export function resolveImport(root: string, file: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(file), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, ...[".ts", ".tsx", ".mjs", "/index.ts", "/index.tsx"].map((ext) => base + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The specifiers a file imports, static, dynamic and for side effects alike. */
export const importsOf = (file: string) =>
  ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);

/** Whether an import or export declaration loads its module when run (type-only ones are erased by the compiler). */
function loadsAtRuntime(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    if (statement.isTypeOnly) return false;
    const clause = statement.exportClause;
    return !(
      clause &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((e) => e.isTypeOnly)
    );
  }
  const clause = statement.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  return (
    !bindings ||
    ts.isNamespaceImport(bindings) ||
    bindings.elements.length === 0 ||
    bindings.elements.some((e) => !e.isTypeOnly)
  );
}

/** The specifiers a file loads when it runs: static imports and exports that are not type-only, and dynamic imports. */
export function runtimeImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (loadsAtRuntime(node)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file `entries` load when they run (imports inside the repository), with the chain that reached it. */
export function reachableFrom(root: string, entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>(entries.map((e) => [e, [path.relative(root, e)]]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of runtimeImportsOf(file)) {
      const target = resolveImport(root, file, specifier);
      if (!target || reached.has(target)) continue;
      reached.set(target, [...reached.get(file)!, path.relative(root, target)]);
      queue.push(target);
    }
  }
  return reached;
}

/** Every import between two different folders, keyed "from -> to", with the importing file and specifier. */
export function folderEdges(root: string): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of listSources(root)) {
    const from = folderOf(path.relative(root, file));
    for (const specifier of importsOf(file)) {
      let target: string;
      if (specifier.startsWith("@/")) target = specifier.slice(2);
      else if (specifier.startsWith(".")) target = path.relative(root, path.resolve(path.dirname(file), specifier));
      else continue;
      if (target.startsWith("..")) continue;
      const to = folderOf(target.replace(/\\/g, "/"));
      if (to === from) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${path.relative(root, file)} imports ${specifier}`]);
    }
  }
  return edges;
}

/** The groups of folders that import each other in a loop (strongly connected components of more than one). */
export function findLoops(edgeKeys: Iterable<string>): string[][] {
  const next = new Map<string, string[]>();
  for (const key of edgeKeys) {
    const [from, to] = key.split(" -> ") as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const other of next.get(node)!) {
      if (!index.has(other)) {
        visit(other);
        low.set(node, Math.min(low.get(node)!, low.get(other)!));
      } else if (onStack.has(other)) low.set(node, Math.min(low.get(node)!, index.get(other)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) loops.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return loops;
}

/** A loop told as the imports that close it, for a failure a reader can act on. */
export function describeLoop(loop: string[], edges: Map<string, string[]>): string {
  const inside = [...edges].filter(
    ([key]) => loop.includes(key.split(" -> ")[0]!) && loop.includes(key.split(" -> ")[1]!),
  );
  const shown = (files: string[]) =>
    files.slice(0, 3).join("; ") + (files.length > 3 ? `; and ${files.length - 3} more` : "");
  return [
    `${loop.join(", ")} import each other:`,
    ...inside.sort().map(([key, files]) => `  ${key}: ${shown(files)}`),
  ].join("\n");
}
