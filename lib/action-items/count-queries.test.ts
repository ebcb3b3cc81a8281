import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";

describe("countQueries", () => {
  it("[ACTIONS] counts the statements sent through lib/db", async () => {
    expect(await countQueries(async () => {})).toBe(0);
    expect(await countQueries(async () => db.user.count())).toBe(1);
    expect(
      await countQueries(async () => Promise.all([db.user.count(), db.post.count(), db.$queryRaw`select 1`])),
    ).toBe(3);
  });
});
