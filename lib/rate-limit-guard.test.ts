import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { errorReply, RateLimitedError } from "@/lib/errors";
import { WRITE_LIMITS } from "@/lib/rate-limit";
import { enforceWriteLimit, PER_ADDRESS_FACTOR } from "@/lib/rate-limit-guard";
import { currentRequestIp, requestContext } from "@/lib/request-context";

async function refusal(work: () => Promise<void>): Promise<RateLimitedError> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(RateLimitedError);
    return error as RateLimitedError;
  }
  throw new Error("expected a refusal, but the write was allowed");
}

describe("write limits per account and per address", () => {
  it.each(["post", "comment", "report", "upload", "search"] as const)(
    "[LIMITS] %s: one account past its limit gets a 429 with Retry-After and a sentence saying how long to wait",
    async (kind) => {
      const account = randomUUID();
      for (let i = 0; i < WRITE_LIMITS[kind].limit; i++) await enforceWriteLimit(kind, account, null);
      const error = await refusal(() => enforceWriteLimit(kind, account, null));
      expect(error.message).toMatch(new RegExp(`sending ${WRITE_LIMITS[kind].what} too quickly. Wait \\d+ seconds`));
      const reply = errorReply(error);
      expect(reply.status).toBe(429);
      expect(Number(reply.headers["Retry-After"])).toBeGreaterThan(0);
      expect(reply.body.error.code).toBe("RATE_LIMITED");
    },
  );

  it("[LIMITS] many accounts from one address share the address's allowance; another address is unaffected", async () => {
    const ip = `10.${Math.floor(Math.random() * 250)}.0.1`;
    const allowance = WRITE_LIMITS.comment.limit * PER_ADDRESS_FACTOR;
    // Each fresh account stays under its own limit; together they use up the address's.
    for (let i = 0; i < allowance; i++) await enforceWriteLimit("comment", `acct-${ip}-${Math.floor(i / 5)}`, ip);
    const error = await refusal(() => enforceWriteLimit("comment", randomUUID(), ip));
    expect(error.message).toMatch(/coming from your network/);
    await expect(enforceWriteLimit("comment", randomUUID(), "10.255.255.254")).resolves.toBeUndefined();
  });

  it("[LIMITS] the address comes from the request context the server sets; outside a request there is none", async () => {
    expect(currentRequestIp()).toBeNull();
    const ip = "192.0.2.77";
    await requestContext.run({ ip }, async () => {
      expect(currentRequestIp()).toBe(ip);
      for (let i = 0; i < WRITE_LIMITS.report.limit * PER_ADDRESS_FACTOR; i++)
        await enforceWriteLimit("report", `someone-${Math.floor(i / 5)}-${ip}`);
      await expect(enforceWriteLimit("report", randomUUID())).rejects.toThrow(/coming from your network/);
    });
  });
});
