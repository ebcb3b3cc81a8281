import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { iso, person } from "@/lib/posts/sql-json";

type PersonRef = { id: string; handle: string; name: string; title: string; avatarUrl: string | null };

export type PollView = {
  id: string;
  question: string;
  multiple: boolean;
  isPublic: boolean;
  closesAt: string | null;
  isClosed: boolean;
  voterCount: number;
  /** Counts show after voting, when closed, and to the post's author; before that, nobody's choice can sway anyone. */
  resultsVisible: boolean;
  myVotes: string[];
  canVote: boolean;
  /** count: null while results are hidden. voters: only on public polls with visible results, else null. */
  options: { id: string; label: string; count: number | null; voters: PersonRef[] | null }[];
};

export type PostPrideFields = {
  prideTags: PersonRef[];
  values: { id: string; slug: string; name: string; emoji: string }[];
  appreciations: { id: string; message: string; createdAt: string; leader: { id: string; handle: string; name: string; title: string } }[];
  appreciatedByMe: boolean;
  canAppreciate: boolean;
  poll: PollView | null;
};

type PollRow = Omit<PollView, "resultsVisible" | "canVote" | "options"> & { options: { id: string; label: string; count: number; voters: PersonRef[] | null }[] };
export type PostPrideRow = Pick<PostPrideFields, "prideTags" | "values" | "appreciations"> & { poll: PollRow | null };

const MAX_VOTERS_SHOWN = 50;

/**
 * The moment-of-pride, appreciation and poll columns of a post view, for "Post" aliased `p` (one statement:
 * correlated subselects, no per-post queries). Voters are selected only for public polls.
 */
export function postPrideColumns(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    coalesce((select json_agg(${person("tu")} order by tu.name) from "PrideTag" t join "User" tu on tu.id = t."userId" where t."postId" = p.id), '[]') as "prideTags",
    coalesce((select json_agg(json_build_object('id', cv.id, 'slug', cv.slug, 'name', cv.name, 'emoji', cv.emoji) order by cv.position, cv.name)
              from "PostValue" pv join "CompanyValue" cv on cv.id = pv."valueId" where pv."postId" = p.id), '[]') as "values",
    coalesce((select json_agg(json_build_object('id', ap.id, 'message', ap.message, 'createdAt', ${iso(Prisma.sql`ap."createdAt"`)},
                                                'leader', json_build_object('id', lu.id, 'handle', lu.handle, 'name', lu.name, 'title', lu.title)) order by ap."createdAt", ap.id)
              from "Appreciation" ap join "User" lu on lu.id = ap."leaderId" where ap."postId" = p.id), '[]') as appreciations,
    (select json_build_object(
              'id', pl.id, 'question', pl.question, 'multiple', pl.multiple, 'isPublic', pl."isPublic", 'voterCount', pl."voterCount",
              'closesAt', ${iso(Prisma.sql`pl."closesAt"`)},
              'isClosed', pl."closesAt" is not null and pl."closesAt" <= now() at time zone 'utc',
              'myVotes', coalesce((select json_agg(mv."optionId") from "PollVote" mv where mv."pollId" = pl.id and mv."userId" = ${actor.id}), '[]'),
              'options', coalesce((select json_agg(json_build_object(
                            'id', o.id, 'label', o.label, 'count', o."voteCount",
                            'voters', case when pl."isPublic" then coalesce((select json_agg(${person("vu")} order by vu.name)
                                        from (select vu.* from "PollVote" ov join "User" vu on vu.id = ov."userId" where ov."optionId" = o.id
                                              order by ov."createdAt" limit ${MAX_VOTERS_SHOWN}) vu), '[]') end) order by o.position)
                          from "PollOption" o where o."pollId" = pl.id), '[]'))
     from "Poll" pl where pl."postId" = p.id) as poll`;
}

/** Shapes the columns for the actor: hidden poll results are dropped here, on the server, never sent. */
export function toPostPrideFields(actor: Actor, authorId: string, row: PostPrideRow): PostPrideFields {
  return {
    prideTags: row.prideTags,
    values: row.values,
    appreciations: row.appreciations,
    appreciatedByMe: row.appreciations.some((appreciation) => appreciation.leader.id === actor.id),
    canAppreciate: can(actor, "appreciation.give"),
    poll: row.poll && toPollView(actor, authorId, row.poll),
  };
}

function toPollView(actor: Actor, authorId: string, poll: PollRow): PollView {
  const resultsVisible = poll.isClosed || poll.myVotes.length > 0 || authorId === actor.id;
  return {
    ...poll,
    resultsVisible,
    canVote: !poll.isClosed && can(actor, "polls.vote"),
    options: poll.options.map((option) => ({
      id: option.id,
      label: option.label,
      count: resultsVisible ? option.count : null,
      voters: resultsVisible && poll.isPublic ? option.voters : null,
    })),
  };
}
