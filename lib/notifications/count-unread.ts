import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { visibleSubject } from "@/lib/notifications/list-notifications";

/** Unread groups, as the list shows them: what the bell counts. */
export const countUnreadNotifications = defineUseCase({
  input: z.object({}),
  permission: "notifications.read",
  run: async ({ actor }) => {
    const [row] = await db.$queryRaw<{ count: number }[]>`
      select count(distinct n."groupKey")::int as count
      from "Notification" n
      left join "Post" p on p.id = n."postId"
      left join "Comment" c on c.id = n."commentId"
      where n."recipientId" = ${actor.id} and n."readAt" is null and ${visibleSubject(actor)}`;
    return { count: row?.count ?? 0 };
  },
});
