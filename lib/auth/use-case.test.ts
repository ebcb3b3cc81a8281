import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { createUser, randomKey } from "@/lib/test/factories";
import { startRealtimeHarness, type RealtimeHarness } from "@/lib/test/realtime-harness";

// A use case that writes in a transaction and registers its effects from inside it, as real ones may.
const probe = defineUseCase({
  input: z.object({ title: z.string(), fail: z.boolean() }),
  permission: "posts.read",
  run: async ({ actor, input, afterCommit }) => {
    const seen: (string | null)[] = [];
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: { title: input.title } });
      // Another connection reads the title: it sees the new one only once the transaction has committed.
      afterCommit(async () => {
        seen.push((await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { title: true } })).title);
      });
      afterCommit.publish(rooms.user(actor.id), { type: "notification.read" });
      if (input.fail) throw new AppError("CONFLICT", "Rolled back on purpose.");
    });
    return seen;
  },
});

describe("[USE CASES] afterCommit", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await startRealtimeHarness();
  });
  afterAll(async () => harness?.close());

  it("[USE CASES] effects run after the transaction committed, in order, and the event is published", async () => {
    const { actor } = await createUser();
    const socket = await harness.connectAs(actor.id);
    const arrived = new Promise<RealtimeEvent>((resolve) => socket.once(EVENT_NAME, resolve));
    const title = `Committed ${randomKey()}`;

    const seen = await probe(actor, { title, fail: false });
    // The effect ran after run returned, so the array it filled is already complete when we read it.
    expect(seen).toEqual([title]);
    expect(await arrived).toEqual({ type: "notification.read" });
  });

  it("[USE CASES] a rolled-back transaction publishes nothing", async () => {
    const { actor } = await createUser();
    const socket = await harness.connectAs(actor.id);
    const heard: RealtimeEvent[] = [];
    socket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));

    await expect(probe(actor, { title: "Never stored", fail: true })).rejects.toMatchObject({ code: "CONFLICT" });
    // Same-server ordering: once the marker arrives, an event published by the probe would have arrived first.
    const marker = new Promise((resolve) => socket.once(EVENT_NAME, resolve));
    publish(rooms.user(actor.id), { type: "banner.changed", bannerId: "marker" });
    await marker;
    expect(heard).toEqual([{ type: "banner.changed", bannerId: "marker" }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { title: true } })).title).not.toBe(
      "Never stored",
    );
  });
});
