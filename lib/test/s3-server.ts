// A real S3-protocol server for tests: s3rver (npm) on a loopback port, speaking S3's HTTP API with SigV4, ranges and
// presigned URLs, so the S3 storage path runs over HTTP through the same AWS SDK client code as production. MinIO does
// not install on the development machines; docker-compose.yml runs MinIO for real deployments.
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type TestS3Server = {
  endpoint: string;
  bucket: string;
  /** The S3_* settings that point Hearth at this server. */
  env: Record<string, string>;
  /** Stops listening and cuts open connections: the storage becomes unreachable (the data stays). */
  pause(): Promise<void>;
  /** Listens again on the same port, with the same data (nothing to do when it is listening). */
  resume(): Promise<void>;
  /** Every key in the bucket. */
  keys(): Promise<string[]>;
  stop(): Promise<void>;
};

export const TEST_S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3Server(options: { bucket?: string; port?: number } = {}): Promise<TestS3Server> {
  const bucket = options.bucket ?? "hearth-test";
  const directory = await mkdtemp(path.join(tmpdir(), "hearth-s3-"));
  let port = options.port ?? 0;
  let server: S3rver | undefined;

  const listen = async () => {
    if (server) return; // already listening
    server = new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: bucket }] });
    const address = (await server.run()) as { port: number };
    port = address.port;
  };
  const close = async () => {
    const http = (server as unknown as { httpServer?: Server } | undefined)?.httpServer;
    http?.closeAllConnections();
    if (http?.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    server = undefined;
  };

  await listen();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: TEST_S3_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: "1",
    },
    pause: close,
    resume: listen,
    async keys() {
      const { S3Client, ListObjectsV2Command } = await import("@aws-sdk/client-s3");
      const client = new S3Client({
        endpoint,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: TEST_S3_CREDENTIALS,
      });
      try {
        const keys: string[] = [];
        let token: string | undefined;
        do {
          const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
          keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
          token = page.NextContinuationToken;
        } while (token);
        return keys.sort();
      } finally {
        client.destroy();
      }
    },
    async stop() {
      await close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
