import { describe, expect, it } from "vitest";
import pg from "pg";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/lib/db/busy";
import { freePort } from "@/lib/db/embedded";
import { errorReply } from "@/lib/errors";

// The shapes a lost database takes, as seen during `npm run test:faults` (lib/db/postgres-restart.fault.ts), each a
// 503 "try again" with Retry-After, never a 500.
describe("database unavailable", () => {
  it("[DB] connection losses and shutdown codes through pg, the driver adapter and Prisma are 503 try again", () => {
    const shapes = [
      new Error("Connection terminated unexpectedly"),
      new Error("Client has encountered a connection error and is not queryable"),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5999"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      // Prisma's client over adapter-pg: P1001 with a DriverAdapterError of kind DatabaseNotReachable …
      Object.assign(new Error("Can't reach database server at 127.0.0.1:5999"), {
        code: "P1001",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      }),
      // … and P2039 carrying PostgreSQL's code.
      Object.assign(new Error("Database error. Code: `57P03`. Message: `the database system is shutting down`"), {
        code: "P2039",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P03" } } },
      }),
    ];
    for (const error of shapes) {
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
      const reply = errorReply(error);
      expect(reply.status).toBe(503);
      expect(reply.headers["Retry-After"]).toMatch(/^\d+$/);
      expect(reply.body.error.message).toMatch(/try again/);
    }
    for (const error of [new Error("duplicate key"), Object.assign(new Error("x"), { code: "23505" })]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(isDatabaseBusy(error)).toBe(false);
    }
  });

  it("[DB] a real refused connection is recognised", async () => {
    const client = new pg.Client({ connectionString: `postgresql://x@127.0.0.1:${await freePort()}/x` });
    const error = await client.connect().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
