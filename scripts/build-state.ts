import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// `npm start` builds only when the sources differ from the ones the current .next was built from.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(".next", "hearth-build-stamp");

async function* files(entry: string): AsyncGenerator<string> {
  if (!existsSync(entry)) return;
  const items = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!items) {
    yield entry;
    return;
  }
  for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(item.name)) continue;
    const full = path.join(entry, item.name);
    if (item.isDirectory()) yield* files(full);
    else if (!/\.test\.tsx?$/.test(item.name)) yield full;
  }
}

export async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of files(input)) {
      hash.update(file);
      hash.update(await readFile(file));
    }
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(STAMP)) return false;
  return (await readFile(STAMP, "utf8")).trim() === (await sourceHash());
}

export async function recordBuild(): Promise<void> {
  await writeFile(STAMP, (await sourceHash()) + "\n");
}

/** Runs `next build` and stamps the result; returns the exit code. */
export async function buildProduction(): Promise<number> {
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    },
  });
  if (build.status === 0) await recordBuild();
  return build.status ?? 1;
}
