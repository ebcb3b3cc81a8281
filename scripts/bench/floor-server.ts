// The floor: the least a server can do to answer GET /api/feed?tab=latest[&cursor=] with the app's JSON.
// node:http + a pg Pool + one hand-written query per request. No framework, no session: the reader is a
// fixed user id (FLOOR_USER_ID; its role is read once at start), so there is no auth lookup at all.
// Run as a child by scripts/bench/feed.ts: FLOOR_DATABASE_URL, FLOOR_USER_ID, PORT [, HOSTNAME].
import { createServer, type ServerResponse } from "node:http";
import pg from "pg";
import { decodeCursor, encodeCursor } from "@/lib/pagination";

const PAGE_SIZE = 20; // FEED_PAGE_SIZE in lib/posts/find-feed.ts
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`; // = Date#toISOString of a UTC column
const person = (u: string) => `json_build_object('id', ${u}.id, 'handle', ${u}.handle, 'name', ${u}.name, 'title', ${u}.title, 'avatarUrl', ${u}."avatarUrl")`;

// Keyset on (createdAt, id) as a row comparison, which the (createdAt desc, id desc) index answers directly;
// relations and per-kind reaction counts are aggregated per row of the page, in the same statement.
function feedSql(withCursor: boolean): string {
  return `
    with page as (
      select p.id, p."createdAt"
      from "Post" p
      where p."deletedAt" is null
        and (p."pinnedUntil" is null or p."pinnedUntil" <= now() at time zone 'utc')
        ${withCursor ? `and (p."createdAt", p.id) < ($3::timestamp, $4::text)` : ""}
      order by p."createdAt" desc, p.id desc
      limit $2
    )
    select p.id, p.kind, p."bodyHtml", p.body, p."authorId", p."commentCount", p."reactionCount",
           ${iso(`p."pinnedUntil"`)} as "pinnedUntil", ${iso(`p."createdAt"`)} as "createdAt", ${iso(`p."editedAt"`)} as "editedAt",
           json_build_object('id', u.id, 'handle', u.handle, 'name', u.name, 'title', u.title, 'avatarUrl', u."avatarUrl", 'role', u.role) as author,
           case when l.id is null then null
                else json_build_object('url', l.url, 'title', l.title, 'description', l.description, 'siteName', l."siteName") end as "linkPreview",
           coalesce((select json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height, 'alt', i.alt) order by i.position)
                     from "PostImage" i where i."postId" = p.id), '[]') as images,
           coalesce((select json_agg(json_build_object('kind', k.kind, 'count', k.n) order by k.kind)
                     from (select r.kind, count(*)::int as n from "Reaction" r where r."postId" = p.id group by r.kind) k), '[]') as reactions,
           coalesce((select json_agg(r.kind) from "Reaction" r where r."postId" = p.id and r."userId" = $1), '[]') as "myReactions",
           coalesce((select json_agg(json_build_object(
                       'id', a.id, 'title', a.title, 'status', a.status, 'dueDate', ${iso(`a."dueDate"`)},
                       'isOverdue', a.status in ('OPEN', 'IN_PROGRESS') and a."dueDate" is not null and a."dueDate" < now() at time zone 'utc',
                       'assigner', ${person("au")},
                       'assignees', coalesce((select json_agg(${person("x")} order by x.name)
                                              from "ActionItemAssignee" aa join "User" x on x.id = aa."userId"
                                              where aa."actionItemId" = a.id), '[]'),
                       'answerId', a."answerId", 'postId', a."postId", 'commentId', a."commentId") order by a."createdAt", a.id)
                     from "ActionItem" a join "User" au on au.id = a."assignerId" where a."postId" = p.id), '[]') as "actionItems"
    from page
    join "Post" p on p.id = page.id
    join "User" u on u.id = p."authorId"
    left join "LinkPreview" l on l.id = p."linkPreviewId"
    order by page."createdAt" desc, page.id desc`;
}
const FIRST_PAGE = feedSql(false);
const LATER_PAGE = feedSql(true);

type Row = {
  id: string;
  kind: string;
  bodyHtml: string;
  body: string;
  authorId: string;
  commentCount: number;
  reactionCount: number;
  pinnedUntil: string | null;
  createdAt: string;
  editedAt: string | null;
  author: Record<string, unknown>;
  linkPreview: Record<string, unknown> | null;
  images: { id: string; width: number; height: number; alt: string }[];
  reactions: { kind: string; count: number }[];
  myReactions: string[];
  actionItems: Record<string, unknown>[];
};

async function main() {
  const url = process.env.FLOOR_DATABASE_URL;
  const userId = process.env.FLOOR_USER_ID;
  if (!url || !userId) throw new Error("FLOOR_DATABASE_URL and FLOOR_USER_ID are required.");
  const pool = new pg.Pool({ connectionString: url, max: 10 }); // the app's Prisma pool size
  const found = await pool.query<{ role: string }>(`select role from "User" where id = $1`, [userId]);
  const role = found.rows[0]?.role;
  if (!role) throw new Error(`No user ${userId}.`);

  async function feed(cursor: string | null): Promise<unknown> {
    const [at, id] = decodeCursor(cursor ?? undefined) ?? [];
    const keyed = typeof at === "string" && typeof id === "string";
    // Named statements: each pooled connection plans them once (the plan costs more than running them).
    const { rows } = await pool.query<Row>(
      keyed
        ? { name: "feed-later", text: LATER_PAGE, values: [userId, PAGE_SIZE + 1, at, id] }
        : { name: "feed-first", text: FIRST_PAGE, values: [userId, PAGE_SIZE + 1] },
    );
    const items = rows.slice(0, PAGE_SIZE).map((row) => {
      const canEdit = row.authorId === userId;
      return {
        id: row.id,
        kind: row.kind,
        bodyHtml: row.bodyHtml,
        body: canEdit ? row.body : null,
        pinnedUntil: row.pinnedUntil,
        createdAt: row.createdAt,
        editedAt: row.editedAt,
        author: row.author,
        images: row.images.map((image) => ({ ...image, url: `/api/uploads/images/${image.id}` })),
        linkPreview: row.linkPreview,
        commentCount: row.commentCount,
        reactionCount: row.reactionCount,
        reactions: row.reactions,
        myReactions: row.myReactions,
        canEdit,
        canDelete: canEdit || role === "ADMIN",
        actionItems: row.actionItems,
        canAssignActionItems: role === "LEADER" || role === "ADMIN",
      };
    });
    const last = rows[PAGE_SIZE - 1];
    return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.createdAt, last.id]) : null };
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://floor");
    if (url.pathname === "/api/health") return send(res, 200, { status: "ok" });
    if (url.pathname !== "/api/feed" || req.method !== "GET") return send(res, 404, { error: { code: "NOT_FOUND" } });
    if ((url.searchParams.get("tab") ?? "latest") !== "latest") return send(res, 400, { error: { code: "BAD_INPUT", message: "The floor serves tab=latest only." } });
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

  const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
