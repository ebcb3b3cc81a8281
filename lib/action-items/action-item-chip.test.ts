import { describe, expect, it } from "vitest";
import { loadActionItemChips, ZActionItemChip } from "@/lib/action-items/action-item-chip";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { loadPostViews } from "@/lib/posts/post-view";
import { createPost, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

describe("action item chips", () => {
  it("[VIEWS] the chips a post view builds in SQL equal toChip's for the same items", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER", avatarUrl: "/api/avatars/l.webp" });
    const [{ user: ann }, { user: bob }] = await Promise.all([
      createUser({ name: "Ann Chip" }),
      createUser({ name: "Bob Chip", title: "Nurse" }),
    ]);
    const post = await createPost(leader.id);
    const past = new Date(Date.now() - 3 * DAY);
    const future = new Date(Date.now() + 3 * DAY);
    // Overdue (open, in progress), not overdue (no due date, due later, finished late), one or two assignees.
    await createActionItemRow(leader.id, [bob.id, ann.id], { postId: post.id, dueDate: past });
    await createActionItemRow(leader.id, [ann.id], { postId: post.id, dueDate: past, status: "IN_PROGRESS" });
    await createActionItemRow(leader.id, [ann.id], { postId: post.id });
    await createActionItemRow(leader.id, [bob.id], { postId: post.id, dueDate: future });
    await createActionItemRow(leader.id, [bob.id], { postId: post.id, dueDate: past, status: "DONE" });
    await createActionItemRow(leader.id, [bob.id], { postId: post.id, dueDate: past, status: "DECLINED" });

    const [view] = await loadPostViews(actor, [post.id]);
    const mapped = await loadActionItemChips({ postIds: [post.id] });
    expect(mapped.map((chip) => chip.isOverdue)).toEqual([true, true, false, false, false, false]);
    expect(view?.actionItems.map((chip) => ZActionItemChip.parse(chip))).toEqual(mapped);
  });
});
