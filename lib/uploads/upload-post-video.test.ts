import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { parseMultipart, readBodyWithin } from "@/lib/uploads/read-body";
import { describeVideoUploads } from "@/lib/uploads/upload-post-video.cases";

// Uploads go under HEARTH_DATA_DIR/uploads; set before lib/env.ts reads and caches it.
const dataDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "hearth-video-test-"));
  process.env.HEARTH_DATA_DIR = dir;
  return dir;
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describeVideoUploads("local");

describe("readBodyWithin", () => {
  const stream = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (chunks-- === 0) return controller.close();
        controller.enqueue(new Uint8Array(size));
      },
    });

  it("[VIDEOS] a streamed body without Content-Length is cut off as soon as it passes the limit (413), not buffered whole", async () => {
    let pulled = 0;
    const counting = stream(1000, 1024).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, controller) => (pulled++, controller.enqueue(chunk)),
      }),
    );
    const request = new Request("http://localhost/api/uploads/videos", {
      method: "POST",
      body: counting,
      duplex: "half",
    } as RequestInit);
    const error = await refusal(readBodyWithin(request, 10 * 1024, "Videos can be at most 50 MB."));
    expect(error).toMatchObject({
      code: "TOO_LARGE",
      status: 413,
      fieldErrors: { file: "Videos can be at most 50 MB." },
    });
    expect(pulled).toBeLessThan(20);
  });

  it("[VIDEOS] a declared Content-Length over the limit is refused before reading; a body within it is read whole and parsed", async () => {
    const big = new Request("http://localhost/x", {
      method: "POST",
      body: "x",
      headers: { "content-length": "999999" },
    });
    expect(await refusal(readBodyWithin(big, 1000, "too big"))).toMatchObject({ code: "TOO_LARGE" });
    const form = new FormData();
    form.set("file", new File([new Uint8Array([1, 2, 3])], "a.webm"));
    const request = new Request("http://localhost/x", { method: "POST", body: form });
    const body = await readBodyWithin(request, 10_000, "too big");
    const parsed = await parseMultipart(body, request.headers.get("content-type"));
    expect((parsed?.get("file") as File).size).toBe(3);
    expect(await parseMultipart(body, "text/plain")).toBeNull();
  });
});
