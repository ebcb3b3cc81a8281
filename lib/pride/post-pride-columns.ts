import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { flag, iso } from "@/lib/posts/sql-json";
import { personRefJson, type PersonRef } from "@/lib/people/person-ref";

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
  appreciations: {
    id: string;
    message: string;
    createdAt: string;
    leader: { id: string; handle: string; name: string; title: string };
  }[];
  appreciatedByMe: boolean;
  canAppreciate: boolean;
  poll: PollView | null;
};

const MAX_VOTERS_SHOWN = 50;

/**
 * The moment-of-pride, appreciation and poll fields of a post view, as `'key', value` pairs for the view's
 * json_build_object over "Post" aliased `p` joined with postPrideJoins (correlated subselects, no per-post queries). Only moments of pride
 * carry tags and values (lib/pride/attach-pride.ts, a challenge's winners announcement), so only they look. Shaped for the actor
 * in SQL: poll counts are null and voters absent until results are visible (after voting, once closed, or to
 * the author), so hidden results never leave the database; voters are selected only for public polls. What
 * the actor's role allows (appreciate, vote) is decided by `can` here and passed in as a bound flag.
 */
export function postPrideFieldsJson(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    'prideTags', case when p.kind = 'PRIDE' then coalesce((select json_agg(${personRefJson("tu")} order by tu.name)
                   from "PrideTag" t join "User" tu on tu.id = t."userId" where t."postId" = p.id), '[]') else '[]' end,
    'values', case when p.kind = 'PRIDE' then coalesce((select json_agg(json_build_object('id', cv.id, 'slug', cv.slug, 'name', cv.name, 'emoji', cv.emoji) order by cv.position, cv.name)
                from "PostValue" pv join "CompanyValue" cv on cv.id = pv."valueId" where pv."postId" = p.id), '[]') else '[]' end,
    'appreciations', coalesce(apx.list, '[]'), 'appreciatedByMe', coalesce(apx.mine, false),
    'canAppreciate', ${flag(can(actor, "appreciation.give"))},
    'poll', (select json_build_object(
              'id', pl.id, 'question', pl.question, 'multiple', pl.multiple, 'isPublic', pl."isPublic", 'voterCount', pl."voterCount",
              'closesAt', ${iso(Prisma.sql`pl."closesAt"`)}, 'isClosed', st.closed, 'resultsVisible', st.visible, 'myVotes', st.mine,
              'canVote', not st.closed and ${flag(can(actor, "polls.vote"))},
              'options', coalesce((select json_agg(json_build_object(
                            'id', o.id, 'label', o.label, 'count', case when st.visible then o."voteCount" end,
                            'voters', case when st.visible and pl."isPublic" then coalesce((select json_agg(${personRefJson("vu")} order by vu.name)
                                        from (select vu.* from "PollVote" ov join "User" vu on vu.id = ov."userId" where ov."optionId" = o.id
                                              order by ov."createdAt" limit ${Prisma.raw(String(MAX_VOTERS_SHOWN))}) vu), '[]') end) order by o.position)
                          from "PollOption" o where o."pollId" = pl.id), '[]'))
     from "Poll" pl
     cross join lateral (select closed, mine, closed or json_array_length(mine) > 0 or p."authorId" = ${actor.id} as visible
                         from (select pl."closesAt" is not null and pl."closesAt" <= now() at time zone 'utc' as closed,
                                      coalesce((select json_agg(mv."optionId" order by mv."optionId") from "PollVote" mv
                                                where mv."pollId" = pl.id and mv."userId" = ${actor.id}), '[]') as mine) s) st
     where pl."postId" = p.id)`;
}

/** The join postPrideFieldsJson reads appreciations from (one look per post for the list and "mine"), after "Post" p. */
export function postPrideJoins(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    left join lateral (select json_agg(json_build_object('id', ap.id, 'message', ap.message, 'createdAt', ${iso(Prisma.sql`ap."createdAt"`)},
                                                         'leader', json_build_object('id', lu.id, 'handle', lu.handle, 'name', lu.name, 'title', lu.title))
                                       order by ap."createdAt", ap.id) as list,
                              bool_or(ap."leaderId" = ${actor.id}) as mine
                       from "Appreciation" ap join "User" lu on lu.id = ap."leaderId" where ap."postId" = p.id) apx on true`;
}
