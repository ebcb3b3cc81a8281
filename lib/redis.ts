import { Redis, type RedisOptions } from "ioredis";

// Redis is optional: with REDIS_URL set, several Hearth servers share socket.io rooms (lib/realtime/socket-server.ts)
// and rate limits (lib/rate-limit.ts) through it; without it each of those stays in this process, as the embedded
// single-server start has it. Read process.env directly (not env()): scripts and Next's bundle load this too.
//
// Clients live on globalThis: server.ts and Next's server bundle each load their own copy of lib/, and one process
// should hold one set of connections (closed once, by the graceful shutdown in server.ts).

type Clients = { commands?: Redis; adapter?: Redis; warned?: boolean };
const holder = globalThis as unknown as { hearthRedis?: Clients };
const clients = (holder.hearthRedis ??= {});

export function redisUrl(): string | undefined {
  return process.env.REDIS_URL || undefined;
}

/** Every key, stream and channel Hearth makes in Redis starts with this (REDIS_PREFIX, default "hearth:"). */
export function redisPrefix(): string {
  return process.env.REDIS_PREFIX || "hearth:";
}

function connect(url: string, role: string, options: RedisOptions): Redis {
  const client = new Redis(url, {
    // Reconnect for ever, at most every 2 s: an outage slows the cluster features, it never stops the server.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    connectionName: `hearth-${role}`,
    ...options,
  });
  // One line per outage, not one per reconnect attempt (ioredis reports each failed attempt as an error).
  client.on("error", (error: Error) => {
    if (clients.warned) return;
    clients.warned = true;
    console.warn(
      `Redis is unreachable (${error.message}); this server keeps serving, live updates across servers and ` +
        "shared rate limits resume when it is back.",
    );
  });
  client.on("ready", () => {
    if (!clients.warned) return;
    clients.warned = false;
    console.log("Redis is reachable again.");
  });
  return client;
}

/**
 * The client for short commands (rate limits, readiness): nothing is queued while Redis is away, each command
 * fails at once (or after 1 s) so that callers fall back to this process's memory instead of waiting.
 */
export function redisCommands(): Redis | null {
  const url = redisUrl();
  if (!url) return null;
  clients.commands ??= connect(url, "commands", {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
  });
  return clients.commands;
}

/**
 * The client the socket.io adapter publishes with (it makes its own duplicates for reading): here commands wait
 * for a reconnect, so an event published during a short outage still leaves when Redis is back.
 */
export function redisForAdapter(): Redis | null {
  const url = redisUrl();
  if (!url) return null;
  clients.adapter ??= connect(url, "realtime", {});
  return clients.adapter;
}

/**
 * Connects the commands client and waits (at most `timeoutMs`) until it is ready, so that the first requests after
 * a start count in Redis, not in memory. Resolves false when Redis did not answer in time (the server starts anyway).
 */
export async function connectRedis(timeoutMs = 5000): Promise<boolean> {
  const client = redisCommands();
  if (!client) return true;
  if (client.status === "ready") return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean) {
      clearTimeout(timer);
      client!.off("ready", onReady);
      resolve(ok);
    }
    function onReady() {
      finish(true);
    }
    client.on("ready", onReady);
  });
}

/** Readiness: whether Redis answers a PING within a second. */
export async function redisAnswers(): Promise<boolean> {
  const client = redisCommands();
  if (!client) return true;
  try {
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  }
}

/** Closes this process's Redis connections (graceful shutdown). */
export async function closeRedis(): Promise<void> {
  const open = [clients.commands, clients.adapter].filter((client): client is Redis => Boolean(client));
  clients.commands = undefined;
  clients.adapter = undefined;
  await Promise.all(
    open.map(async (client) => {
      // QUIT needs an answer; a Redis that is away would keep us waiting, so then just drop the connection.
      if (client.status !== "ready") return client.disconnect();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        client.quit().catch(() => {}),
        new Promise((resolve) => {
          timer = setTimeout(resolve, 1000);
        }),
      ]);
      clearTimeout(timer);
      client.disconnect();
    }),
  );
}
