// Test support (no "server-only": read by lib/auth/authorization-suite.test.ts): every server action and route
// handler in app/, found on disk, with the use cases each one calls, found in its source.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type EntryPoint = {
  /** `app/(app)/ask/actions.ts#askQuestionAction` or `app/api/posts/route.ts#GET` */
  key: string;
  file: string;
  /** Functions imported from lib/ and called in this entry point's body: `[module, name]`. */
  calls: [string, string][];
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function importsOf(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*"(@\/lib\/[^"]+)"/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(/\s+as\s+/)
        .pop()!;
      if (name && !part.trim().startsWith("type ")) names.set(name, match[2]!);
    }
  }
  return names;
}

/** The source of each exported function or const, from its `export` to the next top-level `export` or the end. */
function exportedBodies(source: string): Map<string, string> {
  const bodies = new Map<string, string>();
  const starts = [...source.matchAll(/^export (?:async function|function|const) (\w+)/gm)];
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? source.length;
    bodies.set(match[1]!, source.slice(match.index, end));
  });
  return bodies;
}

export function findEntryPoints(root = process.cwd()): EntryPoint[] {
  const files = walk(path.join(root, "app")).filter((file) => /(^|\/)(route\.ts|[\w-]*actions\.ts)$/.test(file));
  return files.flatMap((full) => {
    const file = path.relative(root, full);
    const source = readFileSync(full, "utf8");
    const isActions = !file.endsWith("route.ts");
    if (isActions && !/^"use server";/m.test(source)) return [];
    const imports = importsOf(source);
    return [...exportedBodies(source)]
      .filter(([name]) => (isActions ? true : /^(GET|POST|PUT|PATCH|DELETE)$/.test(name)))
      .map(([name, body]) => ({
        key: `${file}#${name}`,
        file,
        calls: [...imports]
          .filter(([imported]) => new RegExp(`\\b${imported}\\s*\\(`).test(body))
          .map(([imported, from]) => [from, imported] as [string, string]),
      }));
  });
}
