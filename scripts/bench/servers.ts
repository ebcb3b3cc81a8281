import { randomBytes } from "node:crypto";
import { freePort } from "@/lib/db/embedded";
import { startChild, waitForHealthy, type Child } from "./child";

// The app as `npm start` runs it (scripts/start.ts: migrate, build when the sources changed, production server),
// against the bench database; then a real sign-in over HTTP through Auth.js, as the e2e fixtures do.

/** readyAt: performance.now() when it first answered (the app's background checks count from about then). */
export type RunningServer = { origin: string; child: Child; readyAt: number };

export async function startApp(databaseUrl: string, log: (line: string) => void): Promise<RunningServer> {
  // In a shared checkout someone else's `next build` can hold the build lock: wait for it and try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAppOnce(databaseUrl, log);
    } catch (error) {
      if (attempt >= 4 || !/Another next build process is already running/.test(String(error))) throw error;
      log("  app: another `next build` is running in this checkout; trying again in 20 s …");
      await new Promise((resolve) => setTimeout(resolve, 20_000));
    }
  }
}

async function startAppOnce(databaseUrl: string, log: (line: string) => void): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(30).toString("base64url"), // 40 characters
    AUTH_URL: origin,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NODE_ENV: "production",
    HEARTH_SEED_DEMO: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const started = performance.now();
  const child = startChild("the app (scripts/start.ts)", "npx", ["tsx", "scripts/start.ts"], env, (line) => {
    if (/Building|Compiled|error|Hearth is running/i.test(line)) log(`  app: ${line.trim()}`);
  });
  try {
    await waitForHealthy(child, `${origin}/api/health`, 15 * 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  log(`The app answers on ${origin} (${((performance.now() - started) / 1000).toFixed(1)} s to healthy).`);
  return { origin, child, readyAt: performance.now() };
}

export async function startFloor(
  databaseUrl: string,
  userId: string,
  log: (line: string) => void,
): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // lib/env wants a secret even though the floor never signs anyone in.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "floor-".padEnd(40, "0"),
    FLOOR_USER_ID: userId,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NODE_ENV: "production",
  };
  const child = startChild(
    "the floor server",
    "npx",
    ["tsx", "--conditions=react-server", "scripts/bench/floor-server.ts"],
    env,
  );
  try {
    await waitForHealthy(child, `${origin}/api/health`, 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  log(`The floor answers on ${origin}.`);
  return { origin, child, readyAt: performance.now() };
}

function cookiePairs(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter(Boolean);
}

/** Signs in with the credentials provider; returns the Cookie header that carries the session. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = cookiePairs(response).filter((pair) => /^(__Secure-)?authjs\.session-token(\.\d+)?=/.test(pair));
  if (session.length === 0)
    throw new Error(
      `Sign-in as ${email} failed (HTTP ${response.status}, location ${response.headers.get("location")}).`,
    );
  return session.join("; ");
}
