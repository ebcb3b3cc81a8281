// Ports of the S3 browser tests' storage server (e2e/s3/s3-server.ts) and its pause/resume control.
const appPort = Number(process.env.E2E_PORT ?? 3210);
export const s3Port = Number(process.env.E2E_S3_PORT ?? appPort + 1000);
export const controlPort = s3Port + 1;
export const S3_CONTROL_URL = `http://127.0.0.1:${controlPort}`;

/** Makes the storage unreachable (connections refused) or reachable again; resolves once done. */
export async function setStorage(state: "down" | "up"): Promise<void> {
  const response = await fetch(`${S3_CONTROL_URL}/${state === "down" ? "pause" : "resume"}`, { method: "POST" });
  if (!response.ok) throw new Error(`The test storage server did not ${state === "down" ? "pause" : "resume"}`);
}
