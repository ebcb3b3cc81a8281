import "server-only";
import type { Tx } from "@/lib/db";
import type { z } from "zod";
import type { ZPollInput } from "@/lib/polls/poll-input";

/** Writes a new post's poll and its options, in the post's transaction. */
export async function attachPoll(tx: Tx, postId: string, poll: z.output<typeof ZPollInput>): Promise<void> {
  await tx.poll.create({
    data: {
      postId,
      question: poll.question,
      multiple: poll.multiple,
      isPublic: poll.isPublic,
      closesAt: poll.closesAt ?? null,
      options: { create: poll.options.map((label, position) => ({ label, position })) },
    },
  });
}
