import { describe, expect, it } from "vitest";
import { findActionItemBoard } from "@/lib/action-items/find-action-item-board";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { countQueries, createActionItemRow } from "@/lib/action-items/test-fixtures";
import type { Actor } from "@/lib/auth/permissions";
import { loadPostViews } from "@/lib/posts/post-view";
import { createPost, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

async function allPages(actor: Actor, input: Record<string, unknown>) {
  const keys: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listActionItems(actor, { ...input, cursor });
    keys.push(...page.items.map((entry) => entry.key));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 50);
  return { keys, pages };
}

describe("listActionItems", () => {
  it("[ACTIONS] overdue first, then by due day, finished last; every item once across pages", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const now = Date.now();
    const overdue = await createActionItemRow(leader.id, [kees.id], {
      title: "overdue",
      dueDate: new Date(now - 2 * DAY),
    });
    const soon = await createActionItemRow(leader.id, [kees.id], {
      title: "soon",
      dueDate: new Date(now + DAY),
      status: "IN_PROGRESS",
    });
    const later = await createActionItemRow(leader.id, [kees.id], { title: "later", dueDate: new Date(now + 9 * DAY) });
    const undated = await createActionItemRow(leader.id, [kees.id], { title: "undated" });
    const done = await createActionItemRow(leader.id, [kees.id], {
      title: "done",
      status: "DONE",
      dueDate: new Date(now - 5 * DAY),
      completedAt: new Date(now - DAY),
    });
    for (let index = 0; index < 20; index += 1)
      await createActionItemRow(leader.id, [kees.id], {
        title: `filler ${index}`,
        dueDate: new Date(now + (3 + (index % 4)) * DAY),
      });

    const first = await listActionItems(actor, { leader: leader.id, limit: 5 });
    expect(first.items.slice(0, 2).map((entry) => entry.item.title)).toEqual(["overdue", "soon"]);
    expect(first.items[0]?.item.isOverdue).toBe(true);
    expect(first.items[1]?.item.isOverdue).toBe(false);

    const { keys, pages } = await allPages(actor, { leader: leader.id, limit: 4 });
    expect(pages).toBe(7);
    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    const ids = keys.map((key) => key.split(":")[1]);
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(undated.id));
    expect(ids.at(-1)).toBe(done.id);
    expect(ids.at(-2)).toBe(undated.id);
    expect(ids[0]).toBe(overdue.id);
    expect(ids[1]).toBe(soon.id);
  });

  it("[ACTIONS] grouped by assignee, an item with two assignees is under each of them once, across pages", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: ann } = await createUser({ name: "Ann Group" });
    const { user: bob } = await createUser({ name: "Bob Group" });
    const shared = await Promise.all(Array.from({ length: 6 }, () => createActionItemRow(leader.id, [ann.id, bob.id])));
    await Promise.all(Array.from({ length: 3 }, () => createActionItemRow(leader.id, [bob.id])));

    const { keys } = await allPages(actor, { group: "assignee", leader: leader.id, limit: 4 });
    expect(keys).toHaveLength(15);
    expect(new Set(keys).size).toBe(15);
    for (const item of shared)
      expect(keys.filter((key) => key.endsWith(`:${item.id}`)).sort()).toEqual(
        [`${ann.id}:${item.id}`, `${bob.id}:${item.id}`].sort(),
      );
    // Groups come in name order, each whole.
    const groupOrder = keys.map((key) => key.split(":")[0]);
    expect(groupOrder).toEqual([...Array(6).fill(ann.id), ...Array(9).fill(bob.id)]);

    const byLeader = await listActionItems(actor, { group: "leader", leader: leader.id, limit: 50 });
    expect(byLeader.items.every((entry) => entry.group?.id === leader.id)).toBe(true);
    expect(byLeader.items).toHaveLength(9);

    const onlyAnn = await allPages(actor, { group: "assignee", assignee: ann.id, limit: 50 });
    expect(onlyAnn.keys).toHaveLength(6);
  });

  it("[ACTIONS] mine, overdue and status filters; the board counts per status", async () => {
    const { user: leader, actor: leaderActor } = await createUser({ role: "LEADER" });
    const { user: kees, actor: keesActor } = await createUser();
    const { user: lotte } = await createUser();
    const now = Date.now();
    await createActionItemRow(leader.id, [kees.id], { dueDate: new Date(now - DAY) });
    await createActionItemRow(leader.id, [lotte.id], { status: "IN_PROGRESS" });
    await createActionItemRow(leader.id, [kees.id, lotte.id], { status: "DONE", completedAt: new Date() });
    await createActionItemRow(leader.id, [lotte.id], { status: "DECLINED", declineReason: "No" });

    expect((await listActionItems(keesActor, { mine: "1", limit: 50 })).items).toHaveLength(2);
    expect((await listActionItems(leaderActor, { mine: "1", limit: 50 })).items).toHaveLength(4);
    expect(
      (await listActionItems(leaderActor, { leader: leader.id, overdue: "1" })).items.map(
        (entry) => entry.item.assignees[0]?.id,
      ),
    ).toEqual([kees.id]);
    expect((await listActionItems(leaderActor, { leader: leader.id, status: "DONE" })).items).toHaveLength(1);

    const board = await findActionItemBoard(leaderActor, { leader: leader.id });
    expect(board.map((column) => [column.status, column.count, column.items.length])).toEqual([
      ["OPEN", 1, 1],
      ["IN_PROGRESS", 1, 1],
      ["DONE", 1, 1],
      ["DECLINED", 1, 1],
    ]);
    const onlyLotte = await findActionItemBoard(leaderActor, {
      leader: leader.id,
      assignee: lotte.id,
      status: "IN_PROGRESS",
    });
    expect(onlyLotte.map((column) => [column.status, column.count])).toEqual([["IN_PROGRESS", 1]]);
  });

  it("[ACTIONS] no N+1: a page of 30 items takes as many queries as a page of 3", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const people = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const post = await createPost(leader.id);
    for (let index = 0; index < 30; index += 1) {
      await createActionItemRow(leader.id, [people[index % 4]!.user.id, people[(index + 1) % 4]!.user.id], {
        postId: index % 3 === 0 ? post.id : null,
      });
    }
    const small = await countQueries(() => listActionItems(actor, { leader: leader.id, limit: 3 }));
    const large = await countQueries(() => listActionItems(actor, { leader: leader.id, limit: 30 }));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
    const grouped = await countQueries(() =>
      listActionItems(actor, { group: "assignee", leader: leader.id, limit: 60 }),
    );
    expect(grouped).toBe(small);
    const board = await countQueries(() => findActionItemBoard(actor, { leader: leader.id, limit: 30 }));
    expect(board).toBeLessThanOrEqual(1 + 4 * small);
  });
});

describe("loadPostViews with action items", () => {
  it("[ACTIONS] posts carry their action items as chips, loaded in a fixed number of queries", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: kees, actor: keesActor } = await createUser();
    const posts = await Promise.all(Array.from({ length: 12 }, () => createPost(leader.id)));
    for (const post of posts)
      await createActionItemRow(leader.id, [kees.id], { postId: post.id, title: `For ${post.id}` });
    const [first] = posts;
    await createActionItemRow(leader.id, [kees.id], { postId: first!.id, title: "Second item", status: "IN_PROGRESS" });

    const [view] = await loadPostViews(actor, [first!.id]);
    expect(view?.actionItems.map((item) => [item.title, item.status, item.assignees[0]?.id, item.assigner.id])).toEqual(
      [
        [`For ${first!.id}`, "OPEN", kees.id, leader.id],
        ["Second item", "IN_PROGRESS", kees.id, leader.id],
      ],
    );
    expect(view?.canAssignActionItems).toBe(true);
    expect((await loadPostViews(keesActor, [first!.id]))[0]?.canAssignActionItems).toBe(false);

    const one = await countQueries(() => loadPostViews(actor, [first!.id]));
    const twelve = await countQueries(() =>
      loadPostViews(
        actor,
        posts.map((post) => post.id),
      ),
    );
    expect(twelve).toBe(one);
  });
});
