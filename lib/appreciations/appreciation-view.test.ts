import { describe, expect, it } from "vitest";
import { appreciationSelect, toAppreciationFields, ZAppreciationFields } from "@/lib/appreciations/appreciation-view";
import { setAppreciation } from "@/lib/appreciations/set-appreciation";
import { db } from "@/lib/db";
import { loadPostViews } from "@/lib/posts/post-view";
import { createPost, createUser } from "@/lib/test/factories";

describe("appreciations", () => {
  it("[VIEWS] the appreciations a post view builds in SQL equal toAppreciationFields's, for each reader", async () => {
    const { user: author } = await createUser();
    const [maria, kees, { actor: employee }] = await Promise.all([
      createUser({ role: "LEADER", title: "CEO" }),
      createUser({ role: "LEADER", avatarUrl: "/api/avatars/k.webp" }),
      createUser(),
    ]);
    const post = await createPost(author.id);
    const bare = await createPost(author.id);
    await setAppreciation(maria.actor, { postId: post.id, message: "Thank you, this mattered.", active: true });
    await setAppreciation(kees.actor, { postId: post.id, message: "", active: true });

    for (const reader of [maria.actor, kees.actor, employee]) {
      const views = await loadPostViews(reader, [post.id, bare.id]);
      const rows = await db.post.findMany({
        where: { id: { in: [post.id, bare.id] } },
        orderBy: { id: "asc" },
        select: { id: true, appreciations: appreciationSelect },
      });
      const mapped = new Map(rows.map((row) => [row.id, toAppreciationFields(reader, row.appreciations)]));
      for (const view of views) {
        const { appreciations, appreciatedByMe, canAppreciate } = view;
        expect(ZAppreciationFields.parse({ appreciations, appreciatedByMe, canAppreciate })).toEqual(
          mapped.get(view.id),
        );
      }
    }
    // The cases the comparison covers: two appreciations, the reader's own, none, and a reader who may not give one.
    const [asMaria, bareAsMaria] = await loadPostViews(maria.actor, [post.id, bare.id]);
    expect(asMaria).toMatchObject({ appreciatedByMe: true, canAppreciate: true });
    expect(asMaria?.appreciations.map((a) => a.leader.id)).toEqual([maria.user.id, kees.user.id]);
    expect(bareAsMaria).toMatchObject({ appreciations: [], appreciatedByMe: false });
    expect((await loadPostViews(employee, [post.id]))[0]).toMatchObject({
      appreciatedByMe: false,
      canAppreciate: false,
    });
  });
});
