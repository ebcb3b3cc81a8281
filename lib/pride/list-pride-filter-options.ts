import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { visiblePostSql } from "@/lib/posts/visibility";

/** What the wall can be filtered by: departments, active values, and the people who gave or earned moments. */
export const listPrideFilterOptions = defineUseCase({
  input: z.object({}),
  permission: "pride.read",
  run: async ({ actor }) => {
    const [departments, values, people] = await Promise.all([
      db.department.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
      db.companyValue.findMany({
        where: { archivedAt: null },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, emoji: true },
      }),
      db.$queryRaw<{ handle: string; name: string }[]>`
        select u.handle, u.name from "User" u
        where u.id in (select p."authorId" from "Post" p where p.kind = 'PRIDE' and ${visiblePostSql(actor)}
                       union select t."userId" from "PrideTag" t join "Post" p on p.id = t."postId" where ${visiblePostSql(actor)})
        order by u.name`,
    ]);
    return { departments, values, people };
  },
});
