import { afterEach, describe, expect, it } from "vitest";
import { isDraining, onShutdown, resetShutdownForTests, runShutdownHooks, startDraining } from "@/lib/shutdown";

afterEach(resetShutdownForTests);

describe("shutdown hooks", () => {
  it("run newest first, each once; one taken back does not run", async () => {
    const ran: string[] = [];
    onShutdown("pool", () => void ran.push("pool"));
    const off = onShutdown("gone", () => void ran.push("gone"));
    onShutdown("jobs", async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      ran.push("jobs");
    });
    off();
    await runShutdownHooks();
    await runShutdownHooks();
    expect(ran).toEqual(["jobs", "pool"]);
  });

  it("a hook that throws or hangs is reported and the others still run", async () => {
    const ran: string[] = [];
    const log: string[] = [];
    onShutdown("last", () => void ran.push("last"));
    onShutdown("hangs", () => new Promise(() => {}));
    onShutdown("throws", () => {
      throw new Error("lock already gone");
    });
    await runShutdownHooks({ timeoutMs: 50, log: (line) => log.push(line) });
    expect(ran).toEqual(["last"]);
    expect(log).toEqual([
      'Shutdown step "throws" failed: lock already gone; going on.',
      'Shutdown step "hangs" did not finish within 50 ms; going on.',
    ]);
  });

  it("draining is one switch for the whole process", () => {
    expect(isDraining()).toBe(false);
    startDraining();
    expect(isDraining()).toBe(true);
  });
});
