import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPostViews } from "@/lib/posts/post-view";
import { createValue } from "@/lib/pride/pride-fixtures";
import { prideFieldsSelect, toPrideFields, ZPrideFields } from "@/lib/pride/pride-view";
import { createPost, createUser } from "@/lib/test/factories";

describe("pride views", () => {
  it("[VIEWS] the tags and values a post view builds in SQL equal toPrideFields's", async () => {
    const { user: author, actor } = await createUser();
    const [{ user: ann }, { user: bob }] = await Promise.all([
      createUser({ name: "Ann Pride", avatarUrl: "/api/avatars/a.webp" }),
      createUser({ name: "Bob Pride" }),
    ]);
    const [care, craft] = await Promise.all([createValue(), createValue()]);
    const pride = await createPost(author.id, {
      kind: "PRIDE",
      prideTags: { create: [{ userId: bob.id }, { userId: ann.id }] },
      values: { create: [{ valueId: craft.id }, { valueId: care.id }] },
    });
    const bare = await createPost(author.id, { kind: "PRIDE" });
    // A plain post shows no tags or values even if rows exist for it.
    const plain = await createPost(author.id, { prideTags: { create: [{ userId: ann.id }] } });

    const ids = [pride.id, bare.id, plain.id];
    const views = await loadPostViews(actor, ids);
    const rows = await db.post.findMany({ where: { id: { in: ids } }, select: { id: true, ...prideFieldsSelect } });
    const mapped = new Map(rows.map((row) => [row.id, toPrideFields(row)]));
    expect(views).toHaveLength(3);
    for (const view of views)
      expect(ZPrideFields.parse({ prideTags: view.prideTags, values: view.values })).toEqual(mapped.get(view.id));
    expect(views[0]?.prideTags.map((tag) => tag.id)).toEqual([ann.id, bob.id]);
    expect(views[0]?.values).toHaveLength(2);
    expect(views[2]?.prideTags).toEqual([]);
  });
});
