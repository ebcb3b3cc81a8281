import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { shownCommentSql, shownCommentWhere } from "@/lib/posts/visibility";
import { createPost, createUser } from "@/lib/test/factories";

describe("shownCommentSql", () => {
  it("[FEED] picks exactly the comments shownCommentWhere picks, for members, outsiders and admins", async () => {
    const { actor: author } = await createUser();
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const ids: string[] = [];
    for (const visibility of [null, "PUBLIC", "PRIVATE", "SECRET"] as const) {
      const community = visibility ? await createCommunityRow(visibility) : null;
      if (community) for (const actor of [author, member]) await addMemberRow(community.id, actor);
      for (const postGone of [null, "removedAt", "hiddenAt", "deletedAt"] as const) {
        const post = await createPost(author.id, {
          communityId: community?.id ?? null,
          ...(postGone ? { [postGone]: new Date() } : {}),
        });
        for (const commentGone of [null, "removedAt", "hiddenAt", "deletedAt"] as const) {
          const comment = await db.comment.create({
            data: {
              postId: post.id,
              authorId: author.id,
              body: "c",
              bodyHtml: "<p>c</p>",
              ...(commentGone ? { [commentGone]: new Date() } : {}),
            },
          });
          ids.push(comment.id);
        }
      }
    }
    const seen: Record<string, number> = {};
    for (const [name, actor] of Object.entries({ author, member, outsider, admin }) as [string, Actor][]) {
      const byPrisma = await db.comment.findMany({
        where: { id: { in: ids }, ...shownCommentWhere(actor) },
        select: { id: true },
      });
      const bySql = await db.$queryRaw<{ id: string }[]>`
        select c.id from "Comment" c join "Post" p on p.id = c."postId"
        where c.id = any(${ids}) and ${shownCommentSql(actor)}`;
      expect(bySql.map((row) => row.id).sort(), name).toEqual(byPrisma.map((row) => row.id).sort());
      seen[name] = bySql.length;
    }
    // Only a shown comment on a shown post: company-wide and public for all, private and secret for members and admins.
    expect(seen).toEqual({ author: 4, member: 4, outsider: 2, admin: 4 });
  });
});
