// The S3-protocol server for the S3 browser tests (playwright.s3.config.ts): s3rver on E2E_S3_PORT, plus a small
// control endpoint on E2E_S3_CONTROL_PORT through which a test makes the storage unreachable and back
// (POST /pause, POST /resume), to see what people get while it is down.
import { createServer } from "node:http";
import { startS3Server } from "../../lib/test/s3-server";

const port = Number(process.env.E2E_S3_PORT);
const controlPort = Number(process.env.E2E_S3_CONTROL_PORT);
const s3 = await startS3Server({ bucket: "hearth-e2e", port });

createServer((request, response) => {
  const done = (status: number, text: string) => response.writeHead(status).end(text);
  if (request.method === "GET" && request.url === "/health") return done(200, "ok");
  if (request.method === "POST" && request.url === "/pause") return void s3.pause().then(() => done(200, "paused"));
  if (request.method === "POST" && request.url === "/resume") return void s3.resume().then(() => done(200, "resumed"));
  done(404, "not found");
}).listen(controlPort, "127.0.0.1");

const stop = () => void s3.stop().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
console.log(`s3rver on ${s3.endpoint}, bucket ${s3.bucket}; control on http://127.0.0.1:${controlPort}`);
