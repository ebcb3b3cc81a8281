import autocannon, { type Instance } from "autocannon";
import type { CpuMeter } from "./cpu";

// One load run: a warm-up of the same shape (discarded), then the measured run. Latencies are taken from
// every response (autocannon's 'response' event, milliseconds) so p95 is exact rather than read from p97.5.

export type Measurement = {
  target: string;
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per response of the server's processes and of PostgreSQL (NaN when not metered). */
  serverCpu: number;
  dbCpu: number;
};

let running: Instance | undefined;

/** Stops a run in progress (Ctrl-C). */
export function stopMeasuring() {
  running?.stop();
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

async function load(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string>,
  onLatency?: (ms: number) => void,
) {
  const instance = autocannon({ url, connections, duration, headers, timeout: 30 });
  running = instance;
  if (onLatency)
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  try {
    return await instance;
  } finally {
    running = undefined;
  }
}

export async function measure(spec: {
  target: string;
  page: string;
  url: string;
  connections: number;
  duration: number;
  warmup: number;
  headers: Record<string, string>;
  meters?: { server?: CpuMeter; db?: CpuMeter };
}): Promise<Measurement> {
  if (spec.warmup > 0) await load(spec.url, spec.connections, spec.warmup, spec.headers);
  const latencies: number[] = [];
  const before = { server: spec.meters?.server?.() ?? null, db: spec.meters?.db?.() ?? null };
  const result = await load(spec.url, spec.connections, spec.duration, spec.headers, (ms) => latencies.push(ms));
  const after = { server: spec.meters?.server?.() ?? null, db: spec.meters?.db?.() ?? null };
  const perResponse = (a: number | null, b: number | null) =>
    a === null || b === null || latencies.length === 0 ? Number.NaN : (b - a) / latencies.length;
  latencies.sort((a, b) => a - b);
  return {
    target: spec.target,
    page: spec.page,
    connections: spec.connections,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpu: perResponse(before.server, after.server),
    dbCpu: perResponse(before.db, after.db),
  };
}
