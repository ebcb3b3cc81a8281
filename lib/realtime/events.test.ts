import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { HeardEvent } from "@/components/realtime/realtime-provider";
import { createComment } from "@/lib/comments/create-comment";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { createPost } from "@/lib/posts/create-post";
import { EVENT_NAME, idsOf, rooms, type RealtimeEvent, type RealtimeEventOf } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { createUser } from "@/lib/test/factories";
import { startRealtimeHarness, type RealtimeHarness } from "@/lib/test/realtime-harness";

// The event registry (lib/realtime/events.ts) is the one contract between publishers and listeners.

describe("[REALTIME] event registry", () => {
  it("[REALTIME] the server's publish and the client's handler read one payload type per event", () => {
    // What publish accepts is exactly the registry's union…
    expectTypeOf<Parameters<typeof publish>[1]>().toEqualTypeOf<RealtimeEvent>();
    // …and a client listening for comment.created hears that same shape, named ids included (or a resync).
    expectTypeOf<Exclude<HeardEvent<"comment.created">, { type: "resync" }>>().toEqualTypeOf<
      RealtimeEventOf<"comment.created">
    >();
    expectTypeOf<RealtimeEventOf<"comment.created">>().toHaveProperty("postId").toEqualTypeOf<string>();
    expectTypeOf<RealtimeEventOf<"comment.created">>().toHaveProperty("commentId").toEqualTypeOf<string>();
    // @ts-expect-error: positional ids are gone; a publisher must name them.
    publish(rooms.everyone, { type: "post.created", ids: ["x"] });
    // @ts-expect-error: an unknown event type does not compile.
    publish(rooms.everyone, { type: "post.exploded", postId: "x" });
  });

  it("[REALTIME] idsOf lists the named ids of an event and nothing else", () => {
    expect(idsOf({ type: "comment.created", postId: "p", commentId: "c" })).toEqual(["p", "c"]);
    expect(idsOf({ type: "actionItem.updated", actionItemId: "a", sourceId: null })).toEqual(["a"]);
    expect(idsOf({ type: "notification.read" })).toEqual([]);
  });
});

describe("[REALTIME] a domain event reaches only its room", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await startRealtimeHarness();
  });
  afterAll(async () => harness?.close());

  it("[REALTIME] a comment in a private community reaches its members with named ids, and not an outsider", async () => {
    const community = await createCommunityRow("PRIVATE");
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    await addMemberRow(community.id, member, "OWNER");
    const post = await createPost(member, { body: "Members only", communityId: community.id });

    const memberSocket = await harness.connectAs(member.id);
    const outsiderSocket = await harness.connectAs(outsider.id);
    const outsiderHeard: RealtimeEvent[] = [];
    outsiderSocket.on(EVENT_NAME, (event: RealtimeEvent) => outsiderHeard.push(event));
    // The member's handler is typed as a client's: it reads the named fields.
    const arrived = new Promise<HeardEvent<"comment.created">>((resolve) =>
      memberSocket.on(EVENT_NAME, (event: RealtimeEvent) => event.type === "comment.created" && resolve(event)),
    );

    const comment = await createComment(member, { postId: post.id, body: "Only for us" });
    expect(await arrived).toEqual({ type: "comment.created", postId: post.id, commentId: comment.id });

    // Same-server ordering: once the outsider hears its own marker, the comment would have arrived before it.
    const marker = new Promise((resolve) => outsiderSocket.once(EVENT_NAME, resolve));
    publish(rooms.user(outsider.id), { type: "notification.read" });
    await marker;
    expect(outsiderHeard).toEqual([{ type: "notification.read" }]);
  });
});
