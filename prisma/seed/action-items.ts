import type { Tx } from "@/lib/db/client";
import type { ActionItemStatus, NotificationType } from "@/lib/generated/prisma/enums";
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";

// Demo action items in every status, one of them overdue, told as histories: who assigned what, every
// move and progress update, and the notifications they would have caused. Runs after the questions seed,
// so that the rota item can point at the CEO's answer. Deterministic apart from "now".

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
/** Due dates are calendar days, stored as the last millisecond of the day in UTC. */
const dueInDays = (days: number) =>
  new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T23:59:59.999Z`);

type Step = { who: string; at: number; body?: string; to?: ActionItemStatus }; // at: 0 = creation, 1 = now
type DemoItem = {
  title: string;
  description: string;
  assigner: string;
  assignees: string[];
  status: ActionItemStatus;
  dueDate: Date | null;
  createdAt: Date;
  declineReason?: string;
  source?: { answerId?: string; postId?: string; commentId?: string };
  steps: Step[];
};

export async function seedActionItems(tx: Tx, ids: Map<string, string>): Promise<void> {
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`seedActionItems: no person "${key}"`);
    return found;
  };
  const names = new Map(
    (await tx.user.findMany({ where: { id: { in: [...ids.values()] } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  const nameOf = (key: string) => names.get(id(key)) ?? key;

  // Maria's answer, as the buyer post below is Lotte's: a shared (test) database may hold other questions so titled.
  const answer = await tx.answer.findFirst({
    where: { authorId: id("maria"), question: { title: "Can we get a fairer weekend rota in Rotterdam?" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true },
  });
  const buyerPost = await tx.post.findFirst({
    where: { body: { contains: "buyer" }, authorId: id("lotte"), deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true },
  });
  const after = (date: Date | undefined, fallback: Date) =>
    date ? new Date(Math.min(date.getTime() + 40 * 60_000, Date.now() - 60_000)) : fallback;

  const items: DemoItem[] = [
    {
      title: "Review the weekend rota",
      description:
        "Draft a weekend rota for the Rotterdam warehouse that spreads Saturday and Sunday shifts fairly, test it with the shift leads, and share the result here.",
      assigner: "maria",
      assignees: ["kees"],
      status: "IN_PROGRESS",
      dueDate: dueInDays(19),
      createdAt: after(answer?.createdAt, daysAgo(5)),
      source: answer ? { answerId: answer.id } : undefined,
      steps: [
        { who: "kees", at: 0.15, to: "IN_PROGRESS" },
        {
          who: "kees",
          at: 0.5,
          body: "Talked to both shifts. Most people want fixed weekends off every other week; a few prefer to swap freely. Drafting two options.",
        },
        {
          who: "kees",
          at: 0.85,
          body: "Option A (alternating fixed weekends) is with the shift leads now. Their feedback comes in on Friday, then I share the rota here.",
        },
      ],
    },
    {
      title: "Collect the top 3 buyer objections",
      description:
        "Gather the three objections buyers raise most often, each with the best rebuttal the team has, for the sales community's focus board.",
      assigner: "jan",
      assignees: ["lotte"],
      status: "OPEN",
      dueDate: dueInDays(10),
      createdAt: after(buyerPost?.createdAt, daysAgo(1)),
      source: buyerPost ? { postId: buyerPost.id } : undefined,
      steps: [],
    },
    {
      title: "Share the Q3 sales numbers with every sales team",
      description:
        "One page per region: what we sold, what we expected, and the three accounts that made the difference.",
      assigner: "maria",
      assignees: ["jan", "lukas", "freja"],
      status: "IN_PROGRESS",
      dueDate: dueInDays(6),
      createdAt: daysAgo(3),
      steps: [
        { who: "jan", at: 0.3, to: "IN_PROGRESS" },
        {
          who: "lukas",
          at: 0.7,
          body: "DACH page is done and reviewed. Waiting for the Nordics figures to make the format match.",
        },
      ],
    },
    {
      title: "Publish the new packing checklist",
      description: "Turn the lessons from last quarter's damaged deliveries into a one-page checklist for both shifts.",
      assigner: "thomas",
      assignees: ["kees"],
      status: "DONE",
      dueDate: new Date(dueInDays(-1)),
      createdAt: daysAgo(12),
      steps: [
        { who: "kees", at: 0.2, to: "IN_PROGRESS" },
        { who: "kees", at: 0.6, body: "Tested the checklist with both shifts for a week: fewer dented lids already." },
        { who: "kees", at: 0.75, to: "DONE", body: "The checklist is on the warehouse wall and in the shared drive." },
      ],
    },
    {
      title: "Translate the spring campaign into Polish",
      description: "Prepare the spring campaign in Polish for the retail partners we talked to at the trade fair.",
      assigner: "emma",
      assignees: ["julia"],
      status: "DECLINED",
      dueDate: dueInDays(12),
      createdAt: daysAgo(8),
      declineReason:
        "We have no Polish retail partners signed yet, so translating now would be wasted effort. Happy to pick it up when the Warsaw deal closes.",
      steps: [],
    },
    {
      title: "Update the onboarding checklist for new hires",
      description: "Add the warehouse safety walk and the Hearth introduction to the first-week checklist.",
      assigner: "sanne",
      assignees: ["claire"],
      status: "OPEN",
      dueDate: dueInDays(-4),
      createdAt: daysAgo(14),
      steps: [],
    },
  ];
  const declined = items.find((item) => item.status === "DECLINED");
  if (declined) declined.steps = [{ who: "julia", at: 0.3, to: "DECLINED", body: declined.declineReason }];

  for (const item of items) {
    const span = Date.now() - item.createdAt.getTime();
    const timeOf = (at: number) => new Date(item.createdAt.getTime() + at * span);
    const done = item.steps.find((step) => step.to === "DONE");
    const created = await tx.actionItem.create({
      data: {
        title: item.title,
        description: item.description,
        dueDate: item.dueDate,
        status: item.status,
        declineReason: item.declineReason ?? "",
        assignerId: id(item.assigner),
        answerId: item.source?.answerId,
        postId: item.source?.postId,
        commentId: item.source?.commentId,
        completedAt: done ? timeOf(done.at) : null,
        createdAt: item.createdAt,
        assignees: { createMany: { data: item.assignees.map((key) => ({ userId: id(key) })) } },
      },
      select: { id: true },
    });
    const notifications: {
      recipientId: string;
      type: NotificationType;
      actorId: string;
      actionItemId: string;
      groupKey: string;
      createdAt: Date;
    }[] = [];
    await tx.actionItemUpdate.create({
      data: {
        actionItemId: created.id,
        authorId: id(item.assigner),
        toStatus: "OPEN",
        body: `Assigned to ${listNames(item.assignees.map(nameOf))}.`,
        createdAt: item.createdAt,
      },
    });
    for (const key of item.assignees) {
      if (key !== item.assigner)
        notifications.push({
          recipientId: id(key),
          type: "ACTION_ASSIGNED",
          actorId: id(item.assigner),
          actionItemId: created.id,
          groupKey: actionGroupKey.assigned(created.id),
          createdAt: item.createdAt,
        });
    }
    let status: ActionItemStatus = "OPEN";
    for (const step of item.steps) {
      const at = timeOf(step.at);
      await tx.actionItemUpdate.create({
        data: {
          actionItemId: created.id,
          authorId: id(step.who),
          body: step.body ?? "",
          fromStatus: step.to ? status : null,
          toStatus: step.to ?? null,
          createdAt: at,
        },
      });
      if (step.to) status = step.to;
      for (const key of new Set([item.assigner, ...item.assignees])) {
        if (key !== step.who)
          notifications.push({
            recipientId: id(key),
            type: "ACTION_UPDATED",
            actorId: id(step.who),
            actionItemId: created.id,
            groupKey: actionGroupKey.updated(created.id),
            createdAt: at,
          });
      }
    }
    if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
  }
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
