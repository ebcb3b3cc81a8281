import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  decodeKeyset,
  encodeCursor,
  NEWEST_FIRST,
  newestFirstAfter,
  toPage,
  ZCursor,
} from "@/lib/pagination";

const b64 = (text: string) => Buffer.from(text).toString("base64url");

describe("pagination", () => {
  it("[PAGINATION] a cursor decodes to the values it was encoded from", () => {
    const values = ["Zoë Hermans", "cm0abc123", 42, ""];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // opaque and URL-safe
    expect(decodeCursor(cursor)).toEqual(values);
  });

  it("[PAGINATION] no cursor and garbage cursors decode to null", () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("%%% not a cursor %%%")).toBeNull();
    expect(decodeCursor(b64("{not json"))).toBeNull();
    expect(decodeCursor(b64('{"name":"Ada"}'))).toBeNull(); // JSON, but not an array
    expect(decodeCursor(b64('"Ada"'))).toBeNull();
    expect(decodeCursor(b64("null"))).toBeNull();
    expect(decodeCursor(b64('["Ada",{"id":1}]'))).toBeNull(); // an array of something other than strings/numbers
    expect(decodeCursor(b64('["Ada",null]'))).toBeNull();
  });

  it("[PAGINATION] a cursor longer than 500 characters is refused by the input schema", () => {
    expect(ZCursor.safeParse(encodeCursor(["x".repeat(400)])).success).toBe(false);
    expect(ZCursor.safeParse(encodeCursor(["x".repeat(100)])).success).toBe(true);
    expect(ZCursor.safeParse(undefined).success).toBe(true);
  });

  it("[PAGINATION] toPage keeps `limit` rows and a cursor of the last kept row only when more rows exist", () => {
    const rows = [{ n: "a" }, { n: "b" }, { n: "c" }];
    const keyOf = (row: { n: string }) => [row.n];

    const more = toPage(rows, 2, keyOf);
    expect(more.items).toEqual([{ n: "a" }, { n: "b" }]);
    expect(more.nextCursor).not.toBeNull();
    expect(decodeCursor(more.nextCursor ?? undefined)).toEqual(["b"]); // the last row shown, not the extra one

    expect(toPage(rows.slice(0, 2), 2, keyOf)).toEqual({ items: [{ n: "a" }, { n: "b" }], nextCursor: null });
    expect(toPage(rows.slice(0, 1), 2, keyOf)).toEqual({ items: [{ n: "a" }], nextCursor: null });
    expect(toPage([], 2, keyOf)).toEqual({ items: [], nextCursor: null });
  });

  it("[PAGINATION] decodeKeyset returns the key only when every part has the kind its shape names", () => {
    const at = "2026-03-01T10:00:00.000Z";
    expect(decodeKeyset(encodeCursor([at, "c-1"]), NEWEST_FIRST)).toEqual([at, "c-1"]);
    expect(decodeKeyset(encodeCursor([3, at, "c-1"]), ["number", "date", "string"])).toEqual([3, at, "c-1"]);
    expect(decodeKeyset(undefined, NEWEST_FIRST)).toBeNull();
    expect(decodeKeyset("%%% not a cursor", NEWEST_FIRST)).toBeNull();
    expect(decodeKeyset(encodeCursor(["not a date", "c-1"]), NEWEST_FIRST)).toBeNull();
    expect(decodeKeyset(encodeCursor([at, 7]), NEWEST_FIRST)).toBeNull(); // a number where an id belongs
    expect(decodeKeyset(encodeCursor(["3", at, "c-1"]), ["number", "date", "string"])).toBeNull();
    expect(decodeKeyset(encodeCursor([at]), NEWEST_FIRST)).toBeNull(); // too short
    expect(decodeKeyset(encodeCursor([at, "c-1", "extra"]), NEWEST_FIRST)).toBeNull(); // too long
    expect(decodeKeyset(b64('[1e400,"x"]'), ["number", "string"])).toBeNull(); // Infinity is not a key
  });

  it("[PAGINATION] newestFirstAfter bounds (createdAt, id) below the cursor, and is empty without one", () => {
    const at = "2026-03-01T10:00:00.000Z";
    const date = new Date(at);
    expect(newestFirstAfter(encodeCursor([at, "c-1"]))).toEqual({
      AND: [
        { createdAt: { lte: date } },
        { OR: [{ createdAt: { lt: date } }, { createdAt: date, id: { lt: "c-1" } }] },
      ],
    });
    expect(newestFirstAfter(undefined)).toEqual({});
    expect(newestFirstAfter(encodeCursor(["yesterday", "c-1"]))).toEqual({});
  });
});
