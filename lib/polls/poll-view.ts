import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { personRefJson, personRefSelect, ZPersonRef } from "@/lib/people/person-ref";
import { flag, iso } from "@/lib/posts/sql-json";

// A post's poll as the actor sees it. One shape and one rule, written twice for speed: pollJson builds it in SQL
// inside the post view (hidden results never leave the database), toPollView is the same rule over Prisma rows;
// poll-view.test.ts holds the two equal for the same rows.

export const MAX_VOTERS_SHOWN = 50;

export const ZPollView = z.strictObject({
  id: z.string(),
  question: z.string(),
  multiple: z.boolean(),
  isPublic: z.boolean(),
  voterCount: z.number().int(),
  closesAt: z.string().nullable(),
  isClosed: z.boolean(),
  /** Counts show after voting, when closed, and to the post's author; before that, nobody's choice can sway anyone. */
  resultsVisible: z.boolean(),
  myVotes: z.array(z.string()),
  canVote: z.boolean(),
  /** count: null while results are hidden. voters: only on public polls with visible results, else null. */
  options: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      count: z.number().int().nullable(),
      voters: z.array(ZPersonRef).nullable(),
    }),
  ),
});
export type PollView = z.infer<typeof ZPollView>;

/** What toPollView needs, for a Prisma select of a post's `poll`. */
export function pollViewSelect(actor: Actor) {
  return {
    id: true,
    question: true,
    multiple: true,
    isPublic: true,
    voterCount: true,
    closesAt: true,
    post: { select: { authorId: true } },
    votes: { where: { userId: actor.id }, select: { optionId: true } },
    options: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        label: true,
        voteCount: true,
        votes: { orderBy: { createdAt: "asc" }, take: MAX_VOTERS_SHOWN, select: { user: { select: personRefSelect } } },
      },
    },
  } as const satisfies Prisma.PollSelect;
}

type PollRow = Prisma.PollGetPayload<{ select: ReturnType<typeof pollViewSelect> }>;

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function toPollView(actor: Actor, poll: PollRow, now = new Date()): PollView {
  const isClosed = poll.closesAt !== null && poll.closesAt.getTime() <= now.getTime();
  const myVotes = poll.votes.map((vote) => vote.optionId).sort();
  const resultsVisible = isClosed || myVotes.length > 0 || poll.post.authorId === actor.id;
  return {
    id: poll.id,
    question: poll.question,
    multiple: poll.multiple,
    isPublic: poll.isPublic,
    voterCount: poll.voterCount,
    closesAt: poll.closesAt?.toISOString() ?? null,
    isClosed,
    resultsVisible,
    myVotes,
    canVote: !isClosed && can(actor, "polls.vote"),
    options: poll.options.map((option) => ({
      id: option.id,
      label: option.label,
      count: resultsVisible ? option.voteCount : null,
      voters: resultsVisible && poll.isPublic ? option.votes.map((vote) => vote.user).sort(byName) : null,
    })),
  };
}

/**
 * toPollView in SQL: the poll of "Post" aliased `p` as JSON, or null. Counts are null and voters absent until
 * results are visible, so hidden results never leave the database; voters are selected only for public polls.
 * What the actor's role allows (vote) is decided by `can` and bound as a flag.
 */
export function pollJson(actor: Actor): Prisma.Sql {
  return Prisma.sql`(select json_build_object(
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
                         from (select pl."closesAt" is not null and pl."closesAt" <= now() as closed,
                                      coalesce((select json_agg(mv."optionId" order by mv."optionId") from "PollVote" mv
                                                where mv."pollId" = pl.id and mv."userId" = ${actor.id}), '[]') as mine) s) st
     where pl."postId" = p.id)`;
}
