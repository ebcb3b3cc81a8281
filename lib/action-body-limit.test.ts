import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refuseOversizedForm } from "@/lib/action-body-limit";
import { IMAGE_MAX_BYTES } from "@/lib/uploads/upload-post-image";

describe("refuseOversizedForm", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (refuseOversizedForm(req, res)) return;
      req.resume();
      req.on("end", () => res.end("passed on"));
    });
    await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, bytes: number) =>
    fetch(`${base}${path}`, { method: "POST", headers: { "next-action": "x" }, body: "x".repeat(bytes) });

  it("[FEED] a form post above the limit gets a 413 with a sentence, below it goes on to Next", async () => {
    const refused = await post("/", ACTION_BODY_LIMIT_BYTES + 1);
    expect(refused.status).toBe(413);
    expect(await refused.text()).toMatch(/too large to send/);
    const passed = await post("/communities/new", 1_200_000);
    expect(await passed.text()).toBe("passed on");
  });

  it("[FEED] route handlers under /api/ keep their own limits", async () => {
    expect(await (await post("/api/uploads/videos", ACTION_BODY_LIMIT_BYTES + 1)).text()).toBe("passed on");
  });

  it("[FEED] the limit is above the largest legitimate form, a 10 MB cover with its fields", () => {
    // lib/communities/save-cover.ts takes covers up to the image limit.
    expect(ACTION_BODY_LIMIT_BYTES).toBeGreaterThanOrEqual(IMAGE_MAX_BYTES + 512 * 1024);
  });
});
