import pg from "pg";

// How many database round trips one request costs, from PostgreSQL's own counters: every statement outside
// an explicit transaction is a transaction of its own, so the committed-transaction delta of the bench
// database over N sequential requests, divided by N, counts the queries (a BEGIN…COMMIT counts once).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function statementsPerRequest(
  databaseUrl: string,
  url: string,
  headers: Record<string, string>,
  requests = 100,
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // An idle backend publishes its counters at most once a second, or else up to 10 s later
  // (PGSTAT_IDLE_INTERVAL): wait that long for what came before to land.
  const read = async () => {
    await sleep(11_000);
    await client.query("select pg_stat_clear_snapshot()");
    const { rows } = await client.query<{ n: string }>(
      "select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()",
    );
    return Number(rows[0]?.n);
  };
  try {
    const before = await read();
    for (let i = 0; i < requests; i++) {
      const response = await fetch(url, { headers });
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      await response.arrayBuffer();
    }
    const after = await read();
    return (after - before - 2) / requests; // minus this client's own two statements in between
  } finally {
    await client.end();
  }
}
