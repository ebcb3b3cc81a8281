import type { Measurement } from "./measure";

// The figures as a table, the app/floor ratios, and the targets of the feed performance issue.

const TARGET = { connections: 20, p95Ms: 50, rps: 1000, p95VsFloor: 3 } as const;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const cpu = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function figuresTable(results: Measurement[]): string {
  return table(
    [
      "target",
      "page",
      "conns",
      "req/s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "responses",
      "non-2xx",
      "errors",
      "server CPU ms/req",
      "db CPU ms/req",
    ],
    results.map((r) => [
      r.target,
      r.page,
      String(r.connections),
      r.rps.toFixed(0),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      String(r.responses),
      String(r.non2xx),
      String(r.errors),
      cpu(r.serverCpu),
      cpu(r.dbCpu),
    ]),
  );
}

function pair(results: Measurement[], page: string, connections: number) {
  const find = (target: string) =>
    results.find((r) => r.target === target && r.page === page && r.connections === connections);
  return { app: find("app"), floor: find("floor") };
}

export function ratiosTable(results: Measurement[]): string {
  const keys = [...new Set(results.map((r) => `${r.page}|${r.connections}`))];
  const rows = keys.flatMap((key) => {
    const [page = "", conns = "0"] = key.split("|");
    const { app, floor } = pair(results, page, Number(conns));
    if (!app || !floor) return [];
    return [[page, conns, (app.rps / floor.rps).toFixed(2), (app.p95 / floor.p95).toFixed(2)]];
  });
  return table(["page", "conns", "app/floor req/s", "app/floor p95"], rows);
}

export function targetsReport(results: Measurement[]): string {
  const { app, floor } = pair(results, "first", TARGET.connections);
  if (!app) return `Targets: not checked (no app run of the first page at ${TARGET.connections} connections).`;
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  const lines = [
    `Targets (home feed, first page, ${TARGET.connections} connections):`,
    `  ${verdict(app.p95 <= TARGET.p95Ms)}  p95 ≤ ${TARGET.p95Ms} ms            app p95 ${ms(app.p95)} ms`,
    `  ${verdict(app.rps >= TARGET.rps)}  ≥ ${TARGET.rps} req/s            app ${app.rps.toFixed(0)} req/s`,
  ];
  if (floor) {
    const ratio = app.p95 / floor.p95;
    lines.push(
      `  ${verdict(ratio <= TARGET.p95VsFloor)}  p95 ≤ ${TARGET.p95VsFloor}× floor            app ${ms(app.p95)} ms / floor ${ms(floor.p95)} ms = ${ratio.toFixed(2)}×`,
    );
  }
  if (app.non2xx > 0 || app.errors > 0)
    lines.push(`  note: the app answered ${app.non2xx} non-2xx and ${app.errors} errors/timeouts in that run.`);
  return lines.join("\n");
}
