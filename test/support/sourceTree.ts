// The project's own source files, for the tests that hold the code to its rules (verbs, import cycles, the
// architecture document): every .ts (and, when asked, .json and .js) file outside node_modules and dist.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

const SKIPPED = new Set(['node_modules', 'dist', '.git', 'data']);

/** Files under `dir` (relative to the root) whose names end with one of `endings`, as root-relative paths. */
export function sourceFiles(dir: string, endings: readonly string[] = ['.ts']): string[] {
  const walk = (rel: string): string[] =>
    fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((d) => {
      const child = path.posix.join(rel, d.name);
      if (d.isDirectory()) return SKIPPED.has(d.name) ? [] : walk(child);
      return endings.some((e) => d.name.endsWith(e)) && !d.name.endsWith('.d.ts') ? [child] : [];
    });
  return walk(dir);
}

export function readSource(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

/** The relative imports of a TypeScript file (type-only ones too), as root-relative paths without the extension. */
export function importsOf(rel: string): string[] {
  const text = readSource(rel);
  const specs = [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|^import\s*['"](\.{1,2}\/[^'"]+)['"]/gm),
  ].map((m) => m[1] ?? m[2]);
  return specs.map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)).replace(/\.(js|ts)$/, ''));
}

/** The import cycles among `files`: each a list of modules that reach one another (Tarjan's strongly connected parts). */
export function importCycles(files: readonly string[]): string[][] {
  const modules = new Map(files.map((f) => [f.replace(/\.ts$/, ''), importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (m: string): void => {
    index.set(m, next);
    low.set(m, next++);
    stack.push(m);
    onStack.add(m);
    for (const to of modules.get(m) ?? []) {
      if (!modules.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(m, Math.min(low.get(m)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(m, Math.min(low.get(m)!, index.get(to)!));
      }
    }
    if (low.get(m) === index.get(m)) {
      const part: string[] = [];
      let x: string;
      do {
        x = stack.pop()!;
        onStack.delete(x);
        part.push(x);
      } while (x !== m);
      if (part.length > 1 || (modules.get(m) ?? []).includes(m)) cycles.push(part.sort());
    }
  };
  for (const m of modules.keys()) if (!index.has(m)) visit(m);
  return cycles;
}
