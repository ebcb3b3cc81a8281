import { afterAll, vi } from "vitest";
import { describeVideoUploads } from "@/lib/uploads/upload-post-video.cases";

// The same video upload tests as upload-post-video.test.ts, with S3_* pointing at a real S3-protocol server (s3rver,
// over HTTP): started before anything is imported, because lib/env.ts reads and caches the settings on first use.
const s3 = await vi.hoisted(async () => {
  const { startS3Server } = await import("@/lib/test/s3-server");
  const server = await startS3Server();
  Object.assign(process.env, server.env);
  return server;
});

afterAll(async () => {
  await s3.stop();
});

describeVideoUploads("s3");
