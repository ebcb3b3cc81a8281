import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, TEST_S3_CREDENTIALS, type TestS3Server } from "@/lib/test/s3-server";
import { S3Storage } from "@/lib/uploads/s3-storage";

// The real script in a child process (as an operator runs it), against a real S3-protocol server over HTTP.
let s3: TestS3Server;
let dataDir: string;
let bucket: S3Storage;

const FILES: Record<string, Buffer> = {
  "images/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.webp": Buffer.from("RIFF-one-image"),
  "images/seed/cover-1.webp": Buffer.alloc(200_000, 7),
  "videos/2026/10/clip.webm": Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256)),
};

async function migrate(env: Record<string, string> = s3.env) {
  return promisify(execFile)("npx", ["tsx", "scripts/storage-migrate.ts"], {
    env: { ...process.env, ...env, HEARTH_DATA_DIR: dataDir },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  s3 = await startS3Server({ bucket: "hearth-migrate" });
  dataDir = await mkdtemp(path.join(tmpdir(), "hearth-migrate-"));
  for (const [key, data] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dataDir, "uploads", key)), { recursive: true });
    await writeFile(path.join(dataDir, "uploads", key), data);
  }
  // What an interrupted local write leaves behind: never a valid key, never copied.
  await writeFile(path.join(dataDir, "uploads", "images/seed/cover-1.webp.1234.tmp"), "half");
  bucket = new S3Storage({
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: TEST_S3_CREDENTIALS,
  });
});

afterAll(async () => {
  await bucket?.close();
  await s3?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm run storage:migrate", () => {
  it("[STORAGE] copies every upload into the bucket, verified, then finds them all in place on a second run; a damaged object is copied again", async () => {
    const first = await migrate();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Checked 3 files");
    expect(first.stdout).toContain("copied and verified: 3");
    expect(first.stdout).toContain("already in the bucket, same size and checksum: 0");
    expect(first.stdout).toContain("failed: 0");
    expect(first.stdout).toMatch(/skipped \(not uploads\): 1\n\s+- images\/seed\/cover-1\.webp\.1234\.tmp/);
    expect(await s3.keys()).toEqual(Object.keys(FILES).sort());
    for (const [key, data] of Object.entries(FILES)) expect((await bucket.get(key))?.data.equals(data)).toBe(true);

    const second = await migrate();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("copied and verified: 0");
    expect(second.stdout).toContain("already in the bucket, same size and checksum: 3");

    // Same size, other bytes: the checksum catches it, and the next run repairs it.
    const damaged = "videos/2026/10/clip.webm";
    await bucket.put(damaged, Buffer.alloc(FILES[damaged]!.length, 1), "video/webm");
    const third = await migrate();
    expect(third.stdout).toContain("copied and verified: 1");
    expect(third.stdout).toContain("already in the bucket, same size and checksum: 2");
    expect((await bucket.get(damaged))?.data.equals(FILES[damaged]!)).toBe(true);
  });

  it("[STORAGE] with the bucket unreachable or S3 not configured it says why in one line and exits 1", async () => {
    await s3.pause();
    try {
      const down = await migrate();
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(/^Cannot reach bucket hearth-migrate \(http:\/\/127\.0\.0\.1:\d+\): .*ECONNREFUSED/m);
      expect(down.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await s3.resume();
    }
    const unconfigured = await migrate({ S3_BUCKET: "" });
    expect(unconfigured.code).toBe(1);
    expect(unconfigured.stderr).toMatch(/^S3_BUCKET is not set: storage:migrate copies the local uploads/m);
  });
});
