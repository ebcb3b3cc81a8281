import { describe, expect, it } from "vitest";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/notify";
import { setMute } from "@/lib/notifications/set-mute";
import { createPost, createUser } from "@/lib/test/factories";

describe("[NOTIFY] mutes", () => {
  it("a muted community, post thread or question tells the reader nothing; unmuted, it does again", async () => {
    const { user: reader, actor } = await createUser();
    const { user: author } = await createUser();
    const community = await createCommunityRow("PUBLIC");
    const post = await createPost(author.id, { communityId: community.id });
    const notify = () =>
      db.$transaction((tx) =>
        createNotifications(tx, [
          { recipientId: reader.id, type: "COMMENT", actorId: author.id, postId: post.id, groupKey: `c:${post.id}` },
        ]),
      );
    await setMute(actor, { subject: "community", id: community.id, muted: true });
    expect(await notify()).toEqual([]);
    await setMute(actor, { subject: "community", id: community.id, muted: false });
    await setMute(actor, { subject: "post", id: post.id, muted: true });
    expect(await notify()).toEqual([]);
    await setMute(actor, { subject: "post", id: post.id, muted: false });
    expect(await notify()).toEqual([reader.id]);
  });

  it("what the reader may not see cannot be muted (404)", async () => {
    const { actor } = await createUser();
    const secret = await createCommunityRow("SECRET");
    const { user: member } = await createUser();
    await addMemberRow(secret.id, member);
    await expect(setMute(actor, { subject: "community", id: secret.id, muted: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
