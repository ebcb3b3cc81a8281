import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { Prisma, type NotificationType } from "@/lib/generated/prisma/client";
import { visibleCommunitySql } from "@/lib/posts/visibility";
import { decodeKeyset, encodeCursor, NEWEST_FIRST, ZCursor, type Page } from "@/lib/pagination";

export type NotificationGroup = {
  key: string; // groupKey + read state, stable for React and for marking read
  groupKey: string;
  type: NotificationType;
  unread: boolean;
  latestAt: string;
  actors: { handle: string; name: string }[];
  actorCount: number;
  href: string;
  excerpt: string;
};

type GroupRow = { groupKey: string; unread: boolean; latestAt: Date; latestId: string; actorCount: number };

// Notifications about deleted, removed or hidden posts or comments, or about posts in a community the recipient
// may no longer read (they left a private one), disappear from the list and the count alike; except the one
// telling an author why a moderator removed their words.
export function visibleSubject(actor: Actor): Prisma.Sql {
  // A reminder dated after the reader's quiet hours waits until then (lib/notifications/notify.ts).
  return Prisma.sql`n."createdAt" <= now() and (n."postId" is null or (p."deletedAt" is null and ${visibleCommunitySql(actor)})) and (n."commentId" is null or c."deletedAt" is null)
    and (n.type = 'CONTENT_REMOVED'
         or ((n."postId" is null or (p."removedAt" is null and p."hiddenAt" is null)) and (n."commentId" is null or (c."removedAt" is null and c."hiddenAt" is null))))`;
}

/**
 * The actor's notifications, grouped by what they are about ("Anna and 4 others reacted to your
 * post"); unread and read rows of one subject form separate groups. Keyset on (latest, id); three queries.
 */
export const listNotifications = defineUseCase({
  input: z.object({ cursor: ZCursor, limit: z.coerce.number().int().min(1).max(50).default(20) }),
  permission: "notifications.read",
  run: async ({ actor, input }): Promise<Page<NotificationGroup>> => {
    const [at, id] = decodeKeyset(input.cursor, NEWEST_FIRST) ?? [];
    const having =
      at !== undefined && id !== undefined
        ? Prisma.sql`having (max(n."createdAt"), (array_agg(n.id order by n."createdAt" desc, n.id desc))[1]) < (${at}::timestamptz, ${id})`
        : Prisma.empty;
    const groups = await db.$queryRaw<GroupRow[]>`
      select n."groupKey" as "groupKey",
             (n."readAt" is null) as unread,
             max(n."createdAt") as "latestAt",
             (array_agg(n.id order by n."createdAt" desc, n.id desc))[1] as "latestId",
             count(distinct n."actorId")::int as "actorCount"
      from "Notification" n
      left join "Post" p on p.id = n."postId"
      left join "Comment" c on c.id = n."commentId"
      where n."recipientId" = ${actor.id} and ${visibleSubject(actor)}
      group by n."groupKey", (n."readAt" is null)
      ${having}
      order by "latestAt" desc, "latestId" desc
      limit ${input.limit + 1}`;

    const page = groups.slice(0, input.limit);
    // The two most recent distinct people per group, for "Anna and Ben" / "Anna and 4 others".
    const recentActors =
      page.length === 0
        ? []
        : await db.$queryRaw<{ groupKey: string; unread: boolean; actorId: string }[]>`
            select "groupKey", unread, "actorId" from (
              select n."groupKey", (n."readAt" is null) as unread, n."actorId",
                     row_number() over (partition by n."groupKey", (n."readAt" is null) order by max(n."createdAt") desc) as rank
              from "Notification" n
              where n."recipientId" = ${actor.id} and n."actorId" is not null
                and n."groupKey" = any(${page.map((group) => group.groupKey)})
              group by n."groupKey", (n."readAt" is null), n."actorId"
            ) ranked
            where rank <= 2`;
    const actorIds = [...new Set(recentActors.map((row) => row.actorId))];
    const [latest, people] = await Promise.all([
      db.notification.findMany({
        where: { id: { in: page.map((group) => group.latestId) } },
        select: {
          id: true,
          type: true,
          postId: true,
          commentId: true,
          questionId: true,
          actionItemId: true,
          communityId: true,
          challengeId: true,
          liveShowId: true,
          detail: true,
          community: { select: { slug: true, name: true } },
          challenge: { select: { slug: true, title: true } },
          liveShow: { select: { slug: true, title: true } },
          post: { select: { body: true } },
          comment: { select: { body: true } },
          question: { select: { title: true } },
          actionItem: { select: { title: true } },
          actor: { select: { handle: true } },
          nudge: { select: { href: true } },
        },
      }),
      db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, handle: true, name: true } }),
    ]);
    const latestById = new Map(latest.map((row) => [row.id, row]));
    const personById = new Map(people.map((person) => [person.id, person]));

    const items = page.flatMap((group): NotificationGroup[] => {
      const row = latestById.get(group.latestId);
      if (!row) return [];
      const actors = recentActors
        .filter((row) => row.groupKey === group.groupKey && row.unread === group.unread)
        .flatMap((row) => {
          const person = personById.get(row.actorId);
          return person ? [{ handle: person.handle, name: person.name }] : [];
        });
      const text =
        row.detail ||
        (row.comment?.body ??
          row.post?.body ??
          row.question?.title ??
          row.actionItem?.title ??
          row.challenge?.title ??
          row.liveShow?.title ??
          row.community?.name ??
          "");
      return [
        {
          key: `${group.groupKey}:${group.unread ? "unread" : "read"}`,
          groupKey: group.groupKey,
          type: row.type,
          unread: group.unread,
          latestAt: group.latestAt.toISOString(),
          actors: actors.slice(0, 2),
          actorCount: group.actorCount,
          href: hrefOf(row),
          excerpt: plainTextExcerpt(text, 140),
        },
      ];
    });
    const last = page.at(-1);
    return {
      items,
      nextCursor:
        groups.length > input.limit && last ? encodeCursor([last.latestAt.toISOString(), last.latestId]) : null,
    };
  },
});

type HrefRow = {
  type: NotificationType;
  postId: string | null;
  commentId: string | null;
  questionId: string | null;
  actionItemId: string | null;
  community: { slug: string } | null;
  challenge: { slug: string } | null;
  liveShow: { slug: string } | null;
  actor: { handle: string } | null;
  nudge: { href: string } | null;
};

function hrefOf(row: HrefRow): string {
  if (row.nudge) return row.nudge.href;
  if (row.actionItemId) return `/actions/${row.actionItemId}`;
  if (row.questionId) return `/ask/${row.questionId}`;
  // An anonymous asker's notification names no question (lib/questions/private-asker.ts): theirs are marked on /ask.
  if (row.type.startsWith("QUESTION_")) return "/ask";
  if (row.type === "DATA_EXPORT_READY") return "/settings#your-data";
  if (row.postId) return `/posts/${row.postId}${row.commentId ? `#comment-${row.commentId}` : ""}`;
  if (row.liveShow) return `/events/${row.liveShow.slug}`;
  if (row.challenge) return `/challenges/${row.challenge.slug}`;
  if (row.community) return `/communities/${row.community.slug}`;
  return row.actor ? `/people/${row.actor.handle}` : "/notifications";
}
