import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { visibleChallengeSql } from "@/lib/challenges/visibility";
import { visibleCommunitySql } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, encodeCursor } from "@/lib/pagination";
import { personRefJson, type PersonRef } from "@/lib/people/person-ref";
import { visiblePostSql } from "@/lib/posts/visibility";
import { iso } from "@/lib/posts/sql-json";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { shownQuestionSql } from "@/lib/questions/visibility";
import { parseSearch } from "@/lib/search/search-query";
import { ZSearchInput, type SearchInput, type SearchType } from "@/lib/search/search-input";
import { MARK_END, MARK_START } from "@/lib/search/snippet";

// One search over everything a person may read. Every branch carries the same visibility rule as the screen the
// result links to (lib/posts/visibility.ts for posts and comments, the question rules, community visibility), in
// the query itself: what a reader may not see is never matched, counted or named. Anonymous askers are never joined.

export type ContentType = Exclude<SearchType, "all" | "people">;

export type SearchHit = {
  type: ContentType;
  id: string;
  href: string;
  /** A title where the thing has one (question, community, show …), else null. Marked like the snippet. */
  title: string | null;
  /** Text around the matches; matches are wrapped in MARK_START … MARK_END. */
  snippet: string;
  author: PersonRef | null;
  community: { slug: string; name: string } | null;
  /** What kind of post, or the context a comment or answer belongs to. */
  context: string | null;
  createdAt: string;
};

export type PersonHit = PersonRef & { department: string | null };
export type SearchResults = {
  query: string;
  hits: SearchHit[];
  people: PersonHit[];
  nextCursor: string | null;
  /** Set when the query had nothing searchable (e.g. only -exclusions). */
  empty: boolean;
};

const PAGE = 20;
const PEOPLE_SHOWN = 6;

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** ts_headline in both languages: the English one when it marked something, else the Dutch one. */
function headline(text: Prisma.Sql): Prisma.Sql {
  const clean = Prisma.sql`translate(${text}, ${MARK_START + MARK_END}, '[]')`;
  return Prisma.sql`(select case when position(${MARK_START} in en) > 0 then en else nl end from (select
      ts_headline('hearth_en', ${clean}, sq.q, ${HEADLINE_OPTIONS}) as en,
      ts_headline('hearth_nl', ${clean}, sq.q, ${HEADLINE_OPTIONS}) as nl) h)`;
}

type Filters = {
  communityId: string | null;
  authorId: string | null;
  from: Date | null;
  to: Date | null;
};

function dateSql(column: Prisma.Sql, f: Filters): Prisma.Sql {
  const parts = [Prisma.sql`true`];
  if (f.from) parts.push(Prisma.sql`${column} >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`${column} < ${f.to}`);
  return Prisma.join(parts, " and ");
}
const eq = (column: Prisma.Sql, value: string | null) => (value ? Prisma.sql`${column} = ${value}` : Prisma.sql`true`);

/** Relevance, lifted for recent things (a month-old match counts about 1.5×, a fresh one 2×), fixed at `asOf`. */
function scoreSql(vector: Prisma.Sql, at: Prisma.Sql, asOf: Date): Prisma.Sql {
  return Prisma.sql`(ts_rank(${vector}, sq.q, 1) * (1 + 1 / (1 + greatest(0, extract(epoch from (${asOf}::timestamptz - ${at}))) / 2592000)))::float8`;
}

function visibleCommunityRowSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."archivedAt" is null and ${visibleCommunitySql(actor, alias)}`;
}

type Branch = { type: ContentType; sql: (asOf: Date) => Prisma.Sql };

function branches(actor: Actor, f: Filters): Branch[] {
  const noCommunity = f.communityId !== null;
  const list: Branch[] = [
    {
      type: "posts",
      sql: (
        asOf,
      ) => Prisma.sql`select 'posts'::text as type, p.id, ${scoreSql(Prisma.sql`p."searchVector"`, Prisma.sql`p."createdAt"`, asOf)} as score
        from "Post" p where p."searchVector" @@ sq.q and ${visiblePostSql(actor)}
        and ${eq(Prisma.sql`p."communityId"`, f.communityId)} and ${eq(Prisma.sql`p."authorId"`, f.authorId)}
        and ${dateSql(Prisma.sql`p."createdAt"`, f)}`,
    },
    {
      type: "comments",
      sql: (
        asOf,
      ) => Prisma.sql`select 'comments'::text as type, c.id, ${scoreSql(Prisma.sql`c."searchVector"`, Prisma.sql`c."createdAt"`, asOf)} as score
        from "Comment" c join "Post" p on p.id = c."postId"
        where c."searchVector" @@ sq.q and c."deletedAt" is null and c."removedAt" is null and c."hiddenAt" is null
        and ${visiblePostSql(actor)}
        and ${eq(Prisma.sql`p."communityId"`, f.communityId)} and ${eq(Prisma.sql`c."authorId"`, f.authorId)}
        and ${dateSql(Prisma.sql`c."createdAt"`, f)}`,
    },
    {
      type: "challenges",
      sql: (
        asOf,
      ) => Prisma.sql`select 'challenges'::text as type, ch.id, ${scoreSql(Prisma.sql`ch."searchVector"`, Prisma.sql`ch."createdAt"`, asOf)} as score
        from "Challenge" ch where ch."searchVector" @@ sq.q and ${visibleChallengeSql(actor, "ch")}
        and ${eq(Prisma.sql`ch."communityId"`, f.communityId)} and ${eq(Prisma.sql`ch."creatorId"`, f.authorId)}
        and ${dateSql(Prisma.sql`ch."createdAt"`, f)}`,
    },
  ];
  if (noCommunity) return list;
  return [
    ...list,
    {
      type: "questions",
      // The author filter reads only a public asker: an anonymous question is never found by who asked it.
      sql: (
        asOf,
      ) => Prisma.sql`select 'questions'::text as type, qn.id, ${scoreSql(Prisma.sql`qn."searchVector"`, Prisma.sql`qn."createdAt"`, asOf)} as score
        from "Question" qn where qn."searchVector" @@ sq.q and ${shownQuestionSql("qn")}
        and ${f.authorId ? Prisma.sql`qn."isAnonymous" = false and qn."publicAskerId" = ${f.authorId}` : Prisma.sql`true`}
        and ${dateSql(Prisma.sql`qn."createdAt"`, f)}`,
    },
    {
      type: "answers",
      sql: (
        asOf,
      ) => Prisma.sql`select 'answers'::text as type, an.id, ${scoreSql(Prisma.sql`an."searchVector"`, Prisma.sql`an."createdAt"`, asOf)} as score
        from "Answer" an join "Question" qn on qn.id = an."questionId"
        where an."searchVector" @@ sq.q and ${shownQuestionSql("qn")}
        and ${eq(Prisma.sql`an."authorId"`, f.authorId)} and ${dateSql(Prisma.sql`an."createdAt"`, f)}`,
    },
    {
      type: "actionItems",
      sql: (
        asOf,
      ) => Prisma.sql`select 'actionItems'::text as type, a.id, ${scoreSql(Prisma.sql`a."searchVector"`, Prisma.sql`a."createdAt"`, asOf)} as score
        from "ActionItem" a where a."searchVector" @@ sq.q
        and ${eq(Prisma.sql`a."assignerId"`, f.authorId)} and ${dateSql(Prisma.sql`a."createdAt"`, f)}`,
    },
    {
      type: "communities",
      sql: (
        asOf,
      ) => Prisma.sql`select 'communities'::text as type, co.id, ${scoreSql(Prisma.sql`co."searchVector"`, Prisma.sql`co."lastActivityAt"`, asOf)} as score
        from "Community" co where co."searchVector" @@ sq.q and ${visibleCommunityRowSql(actor, "co")}
        and ${eq(Prisma.sql`co."createdById"`, f.authorId)} and ${dateSql(Prisma.sql`co."createdAt"`, f)}`,
    },
    {
      type: "liveShows",
      sql: (
        asOf,
      ) => Prisma.sql`select 'liveShows'::text as type, ls.id, ${scoreSql(Prisma.sql`ls."searchVector"`, Prisma.sql`ls."startsAt"`, asOf)} as score
        from "LiveShow" ls where ls."searchVector" @@ sq.q and ls.status <> 'CANCELLED'
        and ${eq(Prisma.sql`ls."hostId"`, f.authorId)} and ${dateSql(Prisma.sql`ls."startsAt"`, f)}`,
    },
  ];
}

type HitKey = { type: ContentType; id: string; score: number };

const SEARCH_KEY = ["date", "number", "string", "string"] as const;

export async function findHits(
  actor: Actor,
  input: { tsquery: string; type: SearchType; filters: Filters; cursor?: string; limit?: number },
): Promise<{ keys: HitKey[]; nextCursor: string | null }> {
  const limit = input.limit ?? PAGE;
  const after = decodeKeyset(input.cursor, SEARCH_KEY);
  const asOf = after ? new Date(after[0]) : new Date();
  const chosen = branches(actor, input.filters).filter((branch) => input.type === "all" || branch.type === input.type);
  if (chosen.length === 0) return { keys: [], nextCursor: null };
  const union = Prisma.join(
    chosen.map((branch) => branch.sql(asOf)),
    " union all ",
  );
  const keyset = after
    ? Prisma.sql`where (hits.score, hits.type, hits.id) < (${after[1]}::float8, ${after[2]}, ${after[3]})`
    : Prisma.empty;
  const rows = await db.$queryRaw<HitKey[]>`
    with sq as (select (to_tsquery('hearth_en', ${input.tsquery}) || to_tsquery('hearth_nl', ${input.tsquery})) as q)
    select hits.type, hits.id, hits.score from sq, lateral (${union}) hits
    ${keyset}
    order by hits.score desc, hits.type desc, hits.id desc
    limit ${limit + 1}`;
  const keys = rows.slice(0, limit);
  const last = keys.at(-1);
  return {
    keys,
    nextCursor: rows.length > limit && last ? encodeCursor([asOf.toISOString(), last.score, last.type, last.id]) : null,
  };
}

type Detail = Omit<SearchHit, "type" | "id"> & { id: string };

/** The page's hits, read back with their snippets: one query per type present, never per hit. */
async function describeHits(tsquery: string, keys: HitKey[]): Promise<SearchHit[]> {
  const idsOf = (type: ContentType) => keys.filter((key) => key.type === type).map((key) => key.id);
  const sq = Prisma.sql`(select (to_tsquery('hearth_en', ${tsquery}) || to_tsquery('hearth_nl', ${tsquery})) as q) sq`;
  const queries: Partial<Record<ContentType, (ids: string[]) => Promise<Detail[]>>> = {
    posts: (ids) => db.$queryRaw<Detail[]>`
      select p.id, '/posts/' || p.id as href, null as title, ${headline(Prisma.sql`p.body`)} as snippet,
        ${personRefJson("u")} as author,
        case when co.id is null then null else json_build_object('slug', co.slug, 'name', co.name) end as community,
        p.kind::text as context, ${iso(Prisma.sql`p."createdAt"`)} as "createdAt"
      from "Post" p join "User" u on u.id = p."authorId" left join "Community" co on co.id = p."communityId", ${sq}
      where p.id = any(${ids})`,
    comments: (ids) => db.$queryRaw<Detail[]>`
      select c.id, '/posts/' || c."postId" || '#comment-' || c.id as href, null as title,
        ${headline(Prisma.sql`c.body`)} as snippet, ${personRefJson("u")} as author,
        case when co.id is null then null else json_build_object('slug', co.slug, 'name', co.name) end as community,
        left(p.body, 90) as context, ${iso(Prisma.sql`c."createdAt"`)} as "createdAt"
      from "Comment" c join "Post" p on p.id = c."postId" join "User" u on u.id = c."authorId"
        left join "Community" co on co.id = p."communityId", ${sq}
      where c.id = any(${ids})`,
    questions: (ids) => db.$queryRaw<Detail[]>`
      select qn.id, '/ask/' || qn.id as href, ${headline(Prisma.sql`qn.title`)} as title,
        ${headline(Prisma.sql`qn.body`)} as snippet,
        case when qn."isAnonymous" or pa.id is null then null else ${personRefJson("pa")} end as author,
        null as community, qn.status::text as context, ${iso(Prisma.sql`qn."createdAt"`)} as "createdAt"
      from "Question" qn left join "User" pa on pa.id = qn."publicAskerId" and not qn."isAnonymous", ${sq}
      where qn.id = any(${ids})`,
    answers: (ids) => db.$queryRaw<Detail[]>`
      select an.id, '/ask/' || an."questionId" || '#answer-' || an.id as href, null as title,
        ${headline(Prisma.sql`an.body`)} as snippet, ${personRefJson("u")} as author, null as community,
        qn.title as context, ${iso(Prisma.sql`an."createdAt"`)} as "createdAt"
      from "Answer" an join "Question" qn on qn.id = an."questionId" join "User" u on u.id = an."authorId", ${sq}
      where an.id = any(${ids})`,
    actionItems: (ids) => db.$queryRaw<Detail[]>`
      select a.id, '/actions/' || a.id as href, ${headline(Prisma.sql`a.title`)} as title,
        ${headline(Prisma.sql`a.description`)} as snippet, ${personRefJson("u")} as author, null as community,
        a.status::text as context, ${iso(Prisma.sql`a."createdAt"`)} as "createdAt"
      from "ActionItem" a join "User" u on u.id = a."assignerId", ${sq}
      where a.id = any(${ids})`,
    communities: (ids) => db.$queryRaw<Detail[]>`
      select co.id, '/communities/' || co.slug as href, ${headline(Prisma.sql`co.name`)} as title,
        ${headline(Prisma.sql`coalesce(co."purposeGoal" || ' — ', '') || co.description`)} as snippet,
        null as author, json_build_object('slug', co.slug, 'name', co.name) as community,
        co."memberCount"::text as context, ${iso(Prisma.sql`co."createdAt"`)} as "createdAt"
      from "Community" co, ${sq}
      where co.id = any(${ids})`,
    liveShows: (ids) => db.$queryRaw<Detail[]>`
      select ls.id, '/events/' || ls.slug as href, ${headline(Prisma.sql`ls.title`)} as title,
        ${headline(Prisma.sql`ls.description`)} as snippet, ${personRefJson("u")} as author, null as community,
        ls.status::text as context, ${iso(Prisma.sql`ls."startsAt"`)} as "createdAt"
      from "LiveShow" ls join "User" u on u.id = ls."hostId", ${sq}
      where ls.id = any(${ids})`,
    challenges: (ids) => db.$queryRaw<Detail[]>`
      select ch.id, '/challenges/' || ch.slug as href, ${headline(Prisma.sql`ch.title`)} as title,
        ${headline(Prisma.sql`ch.rules`)} as snippet, ${personRefJson("u")} as author,
        case when co.id is null then null else json_build_object('slug', co.slug, 'name', co.name) end as community,
        null as context, ${iso(Prisma.sql`ch."createdAt"`)} as "createdAt"
      from "Challenge" ch join "User" u on u.id = ch."creatorId" left join "Community" co on co.id = ch."communityId", ${sq}
      where ch.id = any(${ids})`,
  };
  const byKey = new Map<string, Detail>();
  await Promise.all(
    (Object.keys(queries) as ContentType[]).map(async (type) => {
      const ids = idsOf(type);
      if (ids.length === 0) return;
      for (const row of await queries[type]!(ids)) byKey.set(`${type}:${row.id}`, row);
    }),
  );
  return keys.flatMap((key) => {
    const detail = byKey.get(`${key.type}:${key.id}`);
    return detail ? [{ ...detail, type: key.type }] : [];
  });
}

/** People by name or handle, typo-tolerant ("Mariia" finds Maria), or by title; deactivated people are not found. */
export async function findPeople(text: string, limit = PEOPLE_SHOWN): Promise<PersonHit[]> {
  const term = text.trim().slice(0, 100);
  if (term.length < 2) return [];
  const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
  const like = `%${escaped}%`;
  const startsLike = `${escaped}%`;
  const wordStartsLike = `% ${escaped}%`;
  return db.$queryRaw<PersonHit[]>`
    select u.id, u.handle, u.name, u.title, u."avatarUrl", d.name as department
    from "User" u left join "Department" d on d.id = u."departmentId"
    where u."deactivatedAt" is null
      and (${term} <% u.name or ${term} % u.handle or u.name ilike ${like} or u.handle ilike ${like} or u.title ilike ${like})
    order by (u.name ilike ${startsLike}) desc, (u.name ilike ${wordStartsLike} or u.handle ilike ${startsLike}) desc,
      greatest(word_similarity(${term}, u.name), similarity(${term}, u.handle)) desc, u.name, u.id
    limit ${limit}`;
}

async function resolveFilters(actor: Actor, input: SearchInput): Promise<Filters | null> {
  const [community, author] = await Promise.all([
    input.community
      ? db.$queryRaw<{ id: string }[]>`select co.id from "Community" co
          where co.slug = ${input.community} and ${visibleCommunityRowSql(actor, "co")}`
      : null,
    input.author ? db.user.findUnique({ where: { handle: input.author }, select: { id: true } }) : null,
  ]);
  // A community the reader may not see filters to nothing, the same as one that does not exist.
  if (input.community && community?.length !== 1) return null;
  if (input.author && !author) return null;
  const day = (value: string | undefined, plus = 0) =>
    value ? new Date(Date.parse(`${value}T00:00:00Z`) + plus * 86_400_000) : null;
  return {
    communityId: community?.[0]?.id ?? null,
    authorId: author?.id ?? null,
    from: day(input.from),
    to: day(input.to, 1),
  };
}

export const search = defineUseCase({
  input: ZSearchInput,
  permission: "search.use",
  run: async ({ actor, input }): Promise<SearchResults> => {
    await enforceWriteLimit("search", actor.id);
    const parsed = parseSearch(input.q);
    const nothing = { query: input.q, hits: [], people: [], nextCursor: null, empty: parsed.tsquery === null };
    if (!input.q) return nothing;
    const filters = await resolveFilters(actor, input);
    if (!filters) return nothing;
    const wantsPeople = (input.type === "all" || input.type === "people") && !input.cursor && !input.community;
    const [people, found] = await Promise.all([
      wantsPeople ? findPeople(input.q, input.type === "people" ? 30 : PEOPLE_SHOWN) : [],
      parsed.tsquery && input.type !== "people"
        ? findHits(actor, { tsquery: parsed.tsquery, type: input.type, filters, cursor: input.cursor })
        : { keys: [], nextCursor: null },
    ]);
    const hits = parsed.tsquery ? await describeHits(parsed.tsquery, found.keys) : [];
    return { query: input.q, hits, people, nextCursor: found.nextCursor, empty: parsed.tsquery === null };
  },
});
