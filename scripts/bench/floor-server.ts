// The floor: the least a server can do to answer GET /api/feed?tab=latest[&cursor=] with the app's JSON.
// node:http + the app's one feed statement (lib/posts/post-view.ts: the same SQL, sent through the same pg pool as
// a prepared statement, and the same row mapping). No framework, no session, no input parsing: the reader is a
// fixed user id (FLOOR_USER_ID, read once at start), so there is no auth lookup at all.
// Run as a child by scripts/bench/feed.ts (under the react-server condition, which makes "server-only" importable):
// DATABASE_URL, FLOOR_USER_ID, PORT [, HOSTNAME].
import { createServer, type ServerResponse } from "node:http";
import type { Actor } from "@/lib/auth/permissions";
import { connection } from "@/lib/db";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import { feedPageText } from "@/lib/posts/find-feed";
import { loadLatestPostViewJson } from "@/lib/posts/post-view";

const PAGE_SIZE = 20; // FEED_PAGE_SIZE in lib/posts/find-feed.ts

async function main() {
  const userId = process.env.FLOOR_USER_ID;
  if (!process.env.DATABASE_URL || !userId) throw new Error("DATABASE_URL and FLOOR_USER_ID are required.");
  const found = await connection().pool.query<Actor>(
    `select id, role::text as role, name, handle, title from "User" where id = $1`,
    [userId],
  );
  const actor = found.rows[0];
  if (!actor) throw new Error(`No user ${userId}.`);

  // The app's own statement and row mapping (lib/posts/post-view.ts), for a reader known in advance.
  async function feed(cursor: string | null): Promise<string> {
    const [at, id] = decodeCursor(cursor ?? undefined) ?? [];
    const keyset = typeof at === "string" && typeof id === "string" ? { at, id } : null;
    const rows = await loadLatestPostViewJson(actor!, keyset, PAGE_SIZE + 1);
    const items = rows.slice(0, PAGE_SIZE);
    const last = items.at(-1);
    return feedPageText({
      items,
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.createdAt, last.id]) : null,
    });
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://floor");
    if (url.pathname === "/api/health") return send(res, 200, { status: "ok" });
    if (url.pathname !== "/api/feed" || req.method !== "GET") return send(res, 404, { error: { code: "NOT_FOUND" } });
    if ((url.searchParams.get("tab") ?? "latest") !== "latest")
      return send(res, 400, { error: { code: "BAD_INPUT", message: "The floor serves tab=latest only." } });
    feed(url.searchParams.get("cursor")).then(
      (page) => send(res, 200, page),
      (error: unknown) => {
        console.error(error);
        send(res, 500, { error: { code: "INTERNAL" } });
      },
    );
  });
  const port = Number(process.env.PORT ?? 0);
  server.listen(port, process.env.HOSTNAME ?? "127.0.0.1", () => console.log(`floor listening on port ${port}`));

  const stop = () =>
    server.close(
      () =>
        void connection()
          .pool.end()
          .finally(() => process.exit(0)),
    );
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
