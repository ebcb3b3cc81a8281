import net from "node:net";

/** The Redis the multi-server tests use: HEARTH_TEST_REDIS_URL, else the machine's own on 6379. */
export const TEST_REDIS_URL = process.env.HEARTH_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A key prefix of its own per run, so parallel runs (and leftovers of old ones) never share a count or a stream. */
export function testRedisPrefix(what: string): string {
  return `hearth-test:${what}:${process.pid}-${Date.now().toString(36)}:`;
}

/** Whether a Redis answers PING at `url` (within 2 s); tests that need one skip with a sentence when none does. */
export async function redisAnswersAt(url = TEST_REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export const NO_REDIS_MESSAGE = `No Redis answers at ${TEST_REDIS_URL} (set HEARTH_TEST_REDIS_URL): the multi-server tests are skipped.`;
