import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { RECOUNT_REACTIONS_SQL } from "@/lib/reactions/reaction-counts";

// A large organisation, generated inside PostgreSQL with generate_series: no row-by-row inserts.
// Everything is derived from a row number through hashint8extended, so a run is reproducible, and the
// stored counts are written first and the reaction/comment rows generated from them, so they always agree.

export const BENCH_EMAIL = "bench@bench.example";
export const BENCH_PASSWORD = "bench-password-hearth";
export const BENCH_USER_ID = "u00000";

export const SIZES = {
  users: 10_000,
  departments: 30,
  communities: 300,
  membershipsPerUser: 8,
  posts: 1_000_000,
  linkPreviews: 10_000,
} as const;
// Per post: reactions floor(24·u⁴) plus 1 in 1000 "viral" posts with 200–1000 more (≈ 5.0 per post, 45 % none);
// comments floor(11·u⁴) plus 1 in 1000 with 50–200 more (≈ 2.0 per post). Every third comment is a reply.
// Every 500th post and the three newest carry an action item (a leader's follow-up), shown on the post as a chip.
// 300 communities (every 10th secret, every 5th otherwise private, the rest public), each person a member of 8;
// two posts in five are posted in a community, by a member of it.
const TABLES = [
  "Department",
  "User",
  "Community",
  "CommunityMember",
  "LinkPreview",
  "Post",
  "PostImage",
  "Reaction",
  "Comment",
  "ActionItem",
  "ActionItemAssignee",
] as const;
const LOADED = ["Post", "PostImage", "Reaction", "Comment"] as const; // secondary indexes dropped while loading

const NAMES = {
  first: [
    "Anna",
    "Bram",
    "Chloé",
    "Daan",
    "Emma",
    "Finn",
    "Grace",
    "Hugo",
    "Isa",
    "Jan",
    "Kim",
    "Lars",
    "Mila",
    "Noah",
    "Olga",
    "Pieter",
    "Rosa",
    "Sem",
    "Tess",
    "Yusuf",
  ],
  last: [
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "Kok",
    "Jansen",
    "Öztürk",
    "Nguyen",
  ],
};

const steps: [string, string][] = [
  [
    "departments",
    `
    insert into "Department" (id, slug, name, "createdAt")
    select 'd' || lpad(n::text, 3, '0'), 'department-' || n, 'Department ' || n, pg_temp.t0() - interval '2 years'
    from generate_series(0, ${SIZES.departments - 1}) n`,
  ],
  [
    "users",
    `
    insert into "User" (id, email, handle, name, "passwordHash", role, title, location, "departmentId", "managerId", "createdAt", "updatedAt")
    select pg_temp.uid(n),
           case when n = 0 then '${BENCH_EMAIL}' else 'user' || n || '@bench.example' end,
           case when n = 0 then 'bench' else 'user-' || n end,
           case when n = 0 then 'Bench User' else ($2::text[])[1 + n % 20] || ' ' || ($3::text[])[1 + (n / 20) % 20] end,
           $1,
           (case when n % 2000 = 7 then 'ADMIN' when n % 100 = 1 then 'LEADER' else 'EMPLOYEE' end)::"Role",
           'Role ' || (n % 97), 'Office ' || (n % 12),
           'd' || lpad((n % ${SIZES.departments})::text, 3, '0'),
           case when n > 0 then pg_temp.uid((n - 1) / 10) end,
           pg_temp.t0() - interval '2 years', pg_temp.t0() - interval '2 years'
    from generate_series(0, ${SIZES.users - 1}) n`,
  ],
  [
    "communities",
    `
    insert into "Community" (id, slug, name, kind, category, visibility, "memberCount", "createdAt", "updatedAt", "lastActivityAt")
    select pg_temp.cid(n), 'community-' || n, 'Community ' || n,
           (case when n % 3 = 0 then 'WORK' else 'INTEREST' end)::"CommunityKind", 'Category ' || (n % 12),
           (case when n % 10 = 9 then 'SECRET' when n % 5 = 4 then 'PRIVATE' else 'PUBLIC' end)::"CommunityVisibility",
           0, pg_temp.t0() - interval '2 years', pg_temp.t0() - interval '2 years', pg_temp.t0()
    from generate_series(0, ${SIZES.communities - 1}) n`,
  ],
  // Person n belongs to communities (n + 37·k) mod 300 for k < 8: distinct, and every community gets ≈ 267 people.
  [
    "community members",
    `
    insert into "CommunityMember" ("communityId", "userId", role, "joinedAt")
    select pg_temp.cid(((n + 37 * k) % ${SIZES.communities})::int), pg_temp.uid(n),
           (case when n < ${SIZES.communities} and k = 0 then 'OWNER' else 'MEMBER' end)::"CommunityRole",
           pg_temp.t0() - interval '1 year'
    from generate_series(0, ${SIZES.users - 1}) n, generate_series(0, ${SIZES.membershipsPerUser - 1}) k`,
  ],
  [
    "community counts",
    `
    update "Community" c set "memberCount" = m.n
    from (select "communityId", count(*)::int as n from "CommunityMember" group by "communityId") m
    where m."communityId" = c.id`,
  ],
  [
    "link previews",
    `
    insert into "LinkPreview" (id, url, title, description, "siteName", "fetchedAt")
    select 'l' || lpad(n::text, 5, '0'), 'https://example.com/article/' || n, 'Article ' || n, 'What article ' || n || ' is about.', 'Example', pg_temp.t0()
    from generate_series(0, ${SIZES.linkPreviews - 1}) n`,
  ],
  [
    "posts",
    `
    insert into "Post" (id, "authorId", "communityId", kind, body, "bodyHtml", "linkUrl", "linkPreviewId", "commentCount", "reactionCount", "createdAt", "updatedAt")
    select pg_temp.pid(i), pg_temp.uid(author), case when i % 5 in (1, 2) then pg_temp.cid(((author + 37 * (i % 8)) % ${SIZES.communities})::int) end, 'POST',
           'Update ' || i || ': a short note about the week.', '<p>Update ' || i || ': a short note about the week.</p>',
           case when i % 20 = 0 then 'https://example.com/article/' || (i / 20) % ${SIZES.linkPreviews} end,
           case when i % 20 = 0 then 'l' || lpad(((i / 20) % ${SIZES.linkPreviews})::text, 5, '0') end,
           floor(11 * pg_temp.rnd(i, 2) ^ 4)::int + case when pg_temp.rnd(i, 3) < 0.001 then floor(50 + 150 * pg_temp.rnd(i, 4))::int else 0 end,
           floor(24 * pg_temp.rnd(i, 5) ^ 4)::int + case when pg_temp.rnd(i, 6) < 0.001 then floor(200 + 800 * pg_temp.rnd(i, 7))::int else 0 end,
           created, created
    from generate_series(1, ${SIZES.posts}) i,
         lateral (select floor(pg_temp.rnd(i, 1) * ${SIZES.users})::int as author) a,
         lateral (select pg_temp.t0() - interval '365 days' * ((${SIZES.posts} - i)::float8 / ${SIZES.posts})
                         - interval '1 millisecond' * floor(20000 * pg_temp.rnd(i, 8)) as created) c`,
  ],
  [
    "post images",
    `
    insert into "PostImage" (id, "uploaderId", "postId", "storageKey", "contentType", width, height, bytes, alt, position, "createdAt")
    select 'i' || substr(p.id, 2) || '-' || k, p."authorId", p.id, 'bench/' || p.id || '-' || k || '.webp', 'image/webp', 1600, 1200, 180000,
           'Photo ' || k, k, p."createdAt"
    from "Post" p, generate_series(0, case when substr(p.id, 2)::int % 50 = 3 then 1 else 0 end) k
    where substr(p.id, 2)::int % 10 = 3`,
  ],
  // (post, user) is unique because user = (7919·post + 101·j) mod 10000 is distinct for j < 10000.
  [
    "reactions",
    `
    insert into "Reaction" (id, "postId", "userId", kind, "createdAt")
    select 'r' || substr(p.id, 2) || '-' || lpad(j::text, 4, '0'), p.id,
           pg_temp.uid(((substr(p.id, 2)::int::bigint * 7919 + j * 101) % ${SIZES.users})::int),
           (array['LIKE','LIKE','LIKE','LIKE','LIKE','CELEBRATE','CELEBRATE','LOVE','INSIGHTFUL','FUNNY'])[1 + floor(10 * pg_temp.rnd(substr(p.id, 2)::int * 1000 + j, 9))::int]::"ReactionKind",
           least(p."createdAt" + interval '1 minute' * (j + 1), pg_temp.t0())
    from "Post" p, generate_series(0, p."reactionCount" - 1) j`,
  ],
  [
    "comments",
    `
    insert into "Comment" (id, "postId", "authorId", "parentId", body, "bodyHtml", "createdAt")
    select 'c' || substr(p.id, 2) || '-' || lpad(j::text, 3, '0'), p.id,
           pg_temp.uid(floor(pg_temp.rnd(substr(p.id, 2)::int * 1000 + j, 10) * ${SIZES.users})::int),
           case when j % 3 = 2 then 'c' || substr(p.id, 2) || '-000' end,
           'Comment ' || j, '<p>Comment ' || j || '</p>',
           least(p."createdAt" + interval '7 minutes' * (j + 1), pg_temp.t0())
    from "Post" p, generate_series(0, p."commentCount" - 1) j`,
  ],
  [
    "action items",
    `
    insert into "ActionItem" (id, title, "dueDate", status, "assignerId", "postId", "createdAt", "updatedAt")
    select 'a' || substr(p.id, 2), 'Follow up on update ' || substr(p.id, 2)::int, p."createdAt" + interval '14 days',
           (array['OPEN','IN_PROGRESS','DONE'])[1 + substr(p.id, 2)::int % 3]::"ActionItemStatus",
           pg_temp.uid(1 + 100 * (substr(p.id, 2)::int % 50)), p.id, p."createdAt", p."createdAt"
    from "Post" p
    where substr(p.id, 2)::int % 500 = 0 or substr(p.id, 2)::int > ${SIZES.posts - 3}`,
  ],
  [
    "action item assignees",
    `
    insert into "ActionItemAssignee" ("actionItemId", "userId")
    select a.id, pg_temp.uid(2 + (substr(a.id, 2)::int / 500 + k) % ${SIZES.users - 2})
    from "ActionItem" a, generate_series(0, (substr(a.id, 2)::int / 500) % 2) k`,
  ],
];

// The bench user reacted to some of the newest posts, so that the first page has myReactions to show. It runs once
// the indexes are back (ON CONFLICT needs the unique one), after the recount, so it moves the counts itself.
const BENCH_USER_REACTIONS = `
  with mine as (
    insert into "Reaction" (id, "postId", "userId", kind, "createdAt")
    select 'rb' || substr(p.id, 2), p.id, '${BENCH_USER_ID}', 'CELEBRATE', pg_temp.t0()
    from (select id from "Post" order by "createdAt" desc, id desc limit 60) p
    where substr(p.id, 2)::int % 3 = 0
    on conflict ("postId", "userId", kind) do nothing
    returning "postId")
  update "Post" p set "reactionCount" = p."reactionCount" + 1, "celebrateCount" = p."celebrateCount" + 1 from mine where p.id = mine."postId"`;

// Session-only helpers (pg_temp): the schema the migrations own is left exactly as it is.
const HELPERS = [
  `create function pg_temp.rnd(i bigint, seed bigint) returns float8 language sql immutable
     as $$ select (hashint8extended(i, seed) & 4294967295)::float8 / 4294967296 $$`,
  `create function pg_temp.uid(n int) returns text language sql immutable as $$ select 'u' || lpad(n::text, 5, '0') $$`,
  `create function pg_temp.pid(n int) returns text language sql immutable as $$ select 'p' || lpad(n::text, 7, '0') $$`,
  `create function pg_temp.cid(n int) returns text language sql immutable as $$ select 'k' || lpad(n::text, 3, '0') $$`,
  // One fixed "now" for the whole generation, to the millisecond like the columns.
  `create function pg_temp.t0() returns timestamptz language sql stable as $$ select date_trunc('milliseconds', now()) $$`,
];

export async function hasBenchData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const user = await client.query(`select 1 from "User" where email = $1`, [BENCH_EMAIL]);
    if (user.rowCount === 0) return false;
    const posts = await client.query<{ n: string }>(`select count(*) as n from "Post"`);
    const communities = await client.query<{ n: string }>(`select count(*) as n from "Community"`);
    return Number(posts.rows[0]?.n) >= SIZES.posts && Number(communities.rows[0]?.n) >= SIZES.communities;
  } finally {
    await client.end();
  }
}

export type GenerationReport = {
  seconds: number;
  counts: Record<string, number>;
  steps: { name: string; seconds: number }[];
};

/** Fills the (migrated) database in one transaction, then VACUUM ANALYZE. */
export async function generateOrganisation(url: string, log: (line: string) => void): Promise<GenerationReport> {
  const started = performance.now();
  const timings: { name: string; seconds: number }[] = [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await run();
    const seconds = (performance.now() - t) / 1000;
    timings.push({ name, seconds });
    log(`  ${name.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s`);
    return result;
  };
  try {
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    await client.query("begin");
    await client.query("set local maintenance_work_mem = '1GB'");
    await client.query("set local synchronous_commit = off");
    // Days added to a timestamptz follow the session's zone across daylight saving time: count them in UTC, as the app does.
    await client.query("set local time zone 'UTC'");
    const { rows } = await client.query<{ rolsuper: boolean }>(
      "select rolsuper from pg_roles where rolname = current_user",
    );
    // Skips the foreign-key triggers while loading (the rows are consistent by construction); superusers only.
    if (rows[0]?.rolsuper) await client.query("set local session_replication_role = replica");
    for (const sql of HELPERS) await client.query(sql);
    await client.query(`truncate ${TABLES.map((t) => `"${t}"`).join(", ")} cascade`);

    const indexes = await client.query<{ name: string; def: string }>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class t on t.oid = i.indrelid
       where t.relnamespace = current_schema()::regnamespace and t.relname = any($1)
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
      [LOADED],
    );
    for (const index of indexes.rows) await client.query(`drop index ${index.name}`);

    for (const [name, sql] of steps) {
      await timed(name, () => client.query(sql, name === "users" ? [passwordHash, NAMES.first, NAMES.last] : []));
    }
    // Before the indexes come back: the update then writes no index entries.
    await timed("reaction counts by kind", () => client.query(RECOUNT_REACTIONS_SQL));
    await timed(`${indexes.rowCount} indexes`, async () => {
      for (const index of indexes.rows) await client.query(index.def);
    });
    await client.query(BENCH_USER_REACTIONS);
    await client.query("commit");
    await timed("vacuum analyze", () => client.query(`vacuum (analyze) ${TABLES.map((t) => `"${t}"`).join(", ")}`));

    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const result = await client.query<{ n: string }>(`select count(*) as n from "${table}"`);
      counts[table] = Number(result.rows[0]?.n);
    }
    return { seconds: (performance.now() - started) / 1000, counts, steps: timings };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
