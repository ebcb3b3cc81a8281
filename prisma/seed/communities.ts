import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import type { CommunityKind, CommunityRole, CommunityVisibility } from "@/lib/generated/prisma/enums";

// Demo communities: work and interest ones, public, private and one secret, with members in every role,
// posts, and the private "Rebut the top 3 buyer objections" with a live focus board (two of its top three
// objections already have an accepted rebuttal). Times are relative to the seed moment.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

type DemoFocusItem = {
  author: string;
  title: string;
  body?: string;
  voters: string[];
  answers?: { by: string; body: string; accepted?: boolean }[];
};
type DemoCommunity = {
  slug: string;
  name: string;
  description: string;
  kind: CommunityKind;
  category: string;
  visibility: CommunityVisibility;
  purpose?: { goal: string; success: string; target: number; reviewInDays: number };
  members: [key: string, role: CommunityRole][];
  requests?: { by: string; message: string }[];
  posts: { author: string; hoursAgo: number; body: string; pinned?: boolean }[];
  focus?: DemoFocusItem[];
  createdDaysAgo: number;
};

const OWNER = "OWNER" as const;
const MOD = "MODERATOR" as const;
const MEMBER = "MEMBER" as const;
const members = (keys: string[]): [string, CommunityRole][] => keys.map((key) => [key, MEMBER]);

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    slug: "rebut-the-top-3-buyer-objections",
    name: "Rebut the top 3 buyer objections",
    description:
      "Account managers collect the objections retail buyers raise, vote on the ones that cost us most, and write the rebuttals together. When the top three have an answer we all trust, we are done.",
    kind: "WORK",
    category: "Sales",
    visibility: "PRIVATE",
    purpose: {
      goal: "Identify and rebut the top 3 buyer objections by 1 March",
      success: "Every account manager can answer the three objections we hear most, with a one-page rebuttal each.",
      target: 3,
      reviewInDays: 60,
    },
    members: [
      ["lotte", OWNER],
      ["bram", MOD],
      ...members(["jan", "sophie", "freja", "lukas", "astrid", "mila", "oskar"]),
    ],
    requests: [{ by: "noor", message: "I hear the minimum order objection on the phone every day." }],
    createdDaysAgo: 21,
    posts: [
      {
        author: "lotte",
        hoursAgo: 300,
        pinned: true,
        body: "Welcome! How this works: **propose** an objection on the focus board, **upvote** the ones you hear most, and **answer** in each item's thread. Bram and I mark the rebuttal we trust as accepted.",
      },
      {
        author: "sophie",
        hoursAgo: 30,
        body: "Used the supplier-switch rebuttal at a garden centre in Haarlem today. The buyer asked for the one-pager, so it works on paper too.",
      },
      {
        author: "jan",
        hoursAgo: 20,
        body: "De drie bezwaren die ik deze week bij inkopers hoorde: de prijs, de minimale afname en de levertijd voor de kerst. Voor de eerste twee hebben we een goed antwoord; wie weet er een voor de levertijd?",
      },
      {
        author: "freja",
        hoursAgo: 6,
        body: "In the Nordics the minimum order objection comes up more than price. Could we try a mixed-pallet offer as the answer?",
      },
    ],
    focus: [
      {
        author: "sophie",
        title: "“Your prices are higher than the supermarket's own brand”",
        body: "Heard weekly from independent kitchen stores.",
        voters: ["lotte", "bram", "jan", "freja", "lukas", "astrid", "mila"],
        answers: [
          {
            by: "bram",
            body: "Compare cost per year, not price per pan: our pans carry a 10-year warranty and return rates under 1%. Bring the lifetime-cost sheet.",
          },
          {
            by: "lotte",
            accepted: true,
            body: "**Margin, not price.** Own-brand pans sell at a 20% margin, ours at 38% with our shelf support. Show the margin calculator, then the return rate.",
          },
        ],
      },
      {
        author: "bram",
        title: "“We already have a supplier for cookware”",
        voters: ["lotte", "sophie", "jan", "freja", "oskar", "mila"],
        answers: [
          {
            by: "bram",
            accepted: true,
            body: "Don't ask them to switch: offer one shelf metre for a trial quarter, with sell-through data every month and free take-back of what doesn't sell.",
          },
        ],
      },
      {
        author: "freja",
        title: "“Your minimum order is too large for a small store”",
        voters: ["sophie", "astrid", "oskar", "lukas", "bram"],
        answers: [
          { by: "astrid", body: "Mixed pallets from the Rotterdam warehouse: any six SKUs make a minimum order." },
          { by: "lukas", body: "In DACH we let two neighbouring stores share one order and one delivery." },
        ],
      },
      {
        author: "lukas",
        title: "“Delivery takes too long before the holiday season”",
        voters: ["mila", "jan"],
        answers: [{ by: "jan", body: "Pre-book holiday stock in September with a 5% early-order discount." }],
      },
      { author: "oskar", title: "“Customers don't ask for your brand”", voters: ["astrid"] },
    ],
  },
  {
    slug: "sales-enablement",
    name: "Sales Enablement",
    description:
      "Pitch decks, product training, battle cards and what works in the field. For everyone who sells Northwind.",
    kind: "WORK",
    category: "Sales",
    visibility: "PUBLIC",
    members: [
      ["jan", OWNER],
      ["lotte", MOD],
      ...members(["lukas", "freja", "sophie", "daan", "noor", "bram", "mila", "felix", "astrid", "oskar", "youssef"]),
    ],
    createdDaysAgo: 60,
    posts: [
      {
        author: "jan",
        hoursAgo: 50,
        body: "New battle card for the **Copper Line** is up on the shared drive. Key message: heats evenly, lasts a lifetime, looks great on the shelf.",
      },
      {
        author: "youssef",
        hoursAgo: 20,
        body: "Product marketing here: we are filming short demo videos of the non-stick range next week. Which questions do buyers ask most? Reply below.",
      },
    ],
  },
  {
    slug: "cooking-club",
    name: "Cooking Club",
    description:
      "Recipes, kitchen wins and kitchen disasters. We test our own pans so you don't have to. Friday cook-offs in Amsterdam and Antwerp.",
    kind: "INTEREST",
    category: "Cooking",
    visibility: "PUBLIC",
    members: [
      ["sanne", OWNER],
      ["lisa", MOD],
      ...members([
        "maria",
        "emma",
        "lukas",
        "sophie",
        "felix",
        "julia",
        "youssef",
        "milan",
        "claire",
        "elif",
        "zoe",
        "mila",
        "fatima",
      ]),
    ],
    createdDaysAgo: 90,
    posts: [
      {
        author: "sanne",
        hoursAgo: 70,
        pinned: true,
        body: "This Friday's cook-off theme: **one-pan dinners**. Bring your best, we'll bring the pans.",
      },
      {
        author: "milan",
        hoursAgo: 26,
        body: "Shakshuka in the 28 cm sauté pan for the night shift. Gone in ten minutes.",
      },
      {
        author: "elif",
        hoursAgo: 4,
        body: "Anyone have a good vegan ramen broth? Mine tastes like hot water with ambition.",
      },
    ],
  },
  {
    slug: "running-crew",
    name: "Running Crew",
    description: "Lunch runs, weekend long runs and race plans. All paces welcome.",
    kind: "INTEREST",
    category: "Sport",
    visibility: "PUBLIC",
    purpose: {
      goal: "Run the Rotterdam 10K together on 12 April",
      success: "Twenty Northwinders at the start, in our orange shirts.",
      target: 1,
      reviewInDays: -1,
    },
    members: [
      ["thomas", OWNER],
      ["eva", MOD],
      ...members(["lotte", "sophie", "astrid", "kees", "ruben", "sem", "noah", "sara"]),
    ],
    createdDaysAgo: 45,
    posts: [
      { author: "eva", hoursAgo: 40, body: "Lunch run from the Amsterdam office, Tuesday 12:15. 5 km, chatty pace." },
      {
        author: "kees",
        hoursAgo: 12,
        body: "The Rotterdam crew ran the Maasboulevard loop at 6 this morning. Coffee after was the best part.",
      },
    ],
    focus: [
      {
        author: "thomas",
        title: "Who needs a training plan for the 10K?",
        voters: ["sophie", "sara"],
        answers: [{ by: "eva", body: "I'll share a 8-week plan: three runs a week, one long." }],
      },
    ],
  },
  {
    slug: "photography",
    name: "Photography",
    description: "Share your shots, swap tips, and help us shoot our own product photos.",
    kind: "INTEREST",
    category: "Photography",
    visibility: "PUBLIC",
    members: [["emma", OWNER], ["tim", MOD], ...members(["freja", "noor", "oskar", "fatima", "hanna", "sem", "mats"])],
    createdDaysAgo: 80,
    posts: [
      {
        author: "tim",
        hoursAgo: 90,
        body: "Photo walk through the Antwerp docks on Saturday morning. Golden hour starts at 8:10.",
      },
      {
        author: "hanna",
        hoursAgo: 16,
        body: "Copenhagen harbour at blue hour, shot on my phone. The trick: lean on a railing and hold your breath.",
      },
    ],
  },
  {
    slug: "board-games",
    name: "Board Games",
    description: "Friday game nights in Hamburg and online. From Catan to Wingspan.",
    kind: "INTEREST",
    category: "Games",
    visibility: "PUBLIC",
    members: [["mila", OWNER], ...members(["jonas", "mats", "anouk", "pieter"])],
    createdDaysAgo: 30,
    posts: [{ author: "mila", hoursAgo: 100, body: "Game night this Friday: Wingspan and pizza. Who's in?" }],
  },
  {
    slug: "warehouse-rotterdam",
    name: "Warehouse Rotterdam",
    description: "Shift swaps, safety notes and news for the Rotterdam warehouse team.",
    kind: "WORK",
    category: "Operations",
    visibility: "PRIVATE",
    members: [["kees", OWNER], ["milan", MOD], ...members(["anouk", "fatima", "thomas"])],
    createdDaysAgo: 120,
    posts: [
      {
        author: "kees",
        hoursAgo: 36,
        body: "Reminder: the new loading dock opens Monday. Safety briefing at 7:45 for both shifts.",
      },
    ],
  },
  {
    slug: "leadership-offsite-2027",
    name: "Leadership offsite 2027",
    description: "Planning the 2027 leadership offsite: agenda, venue, pre-reads.",
    kind: "WORK",
    category: "Leadership",
    visibility: "SECRET",
    members: [["maria", OWNER], ["sanne", MOD], ...members(["thomas", "jan", "emma", "ravi"])],
    createdDaysAgo: 14,
    posts: [
      {
        author: "maria",
        hoursAgo: 22,
        body: "Draft agenda for the offsite is in. Day one: the 2027 plan. Day two: what we stop doing. Comments by Friday please.",
      },
    ],
  },
];

/** Writes the demo communities with members, requests, posts and focus boards; counts equal their rows. */
export async function seedCommunities(tx: Tx, ids: Map<string, string>) {
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`seed: unknown person ${key}`);
    return found;
  };
  for (const demo of DEMO_COMMUNITIES) {
    const createdAt = new Date(Date.now() - demo.createdDaysAgo * DAY);
    const lastActivityAt = hoursAgo(Math.min(...demo.posts.map((post) => post.hoursAgo)));
    const owner = demo.members.find(([, role]) => role === "OWNER")![0];
    const community = await tx.community.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        description: demo.description,
        descriptionHtml: renderMarkdown(demo.description),
        kind: demo.kind,
        category: demo.category,
        visibility: demo.visibility,
        purposeGoal: demo.purpose?.goal,
        purposeSuccess: demo.purpose?.success,
        purposeTarget: demo.purpose?.target,
        purposeReviewAt: demo.purpose ? new Date(Date.now() + demo.purpose.reviewInDays * DAY) : null,
        createdById: id(owner),
        memberCount: demo.members.length,
        postCount: demo.posts.length,
        lastActivityAt,
        createdAt,
      },
      select: { id: true },
    });
    await tx.communityMember.createMany({
      data: demo.members.map(([key, role], index) => ({
        communityId: community.id,
        userId: id(key),
        role,
        joinedAt: new Date(createdAt.getTime() + index * HOUR),
      })),
    });
    for (const request of demo.requests ?? []) {
      await tx.communityJoinRequest.create({
        data: { communityId: community.id, userId: id(request.by), message: request.message, createdAt: hoursAgo(8) },
      });
      for (const [key] of demo.members.filter(([, role]) => role !== "MEMBER")) {
        await tx.notification.create({
          data: {
            recipientId: id(key),
            type: "COMMUNITY_JOIN_REQUEST",
            actorId: id(request.by),
            communityId: community.id,
            groupKey: `join-request:${community.id}`,
            createdAt: hoursAgo(8),
          },
        });
      }
    }
    for (const post of demo.posts) {
      await tx.post.create({
        data: {
          authorId: id(post.author),
          communityId: community.id,
          body: post.body,
          bodyHtml: renderMarkdown(post.body),
          createdAt: hoursAgo(post.hoursAgo),
          communityPinnedAt: post.pinned ? hoursAgo(post.hoursAgo - 1) : null,
        },
      });
    }
    for (const [index, item] of (demo.focus ?? []).entries()) {
      const created = await tx.focusItem.create({
        data: {
          communityId: community.id,
          authorId: id(item.author),
          title: item.title,
          body: item.body ?? "",
          bodyHtml: item.body ? renderMarkdown(item.body) : "",
          voteCount: item.voters.length,
          answerCount: item.answers?.length ?? 0,
          createdAt: hoursAgo(280 - index * 20),
        },
        select: { id: true },
      });
      await tx.focusVote.createMany({ data: item.voters.map((key) => ({ itemId: created.id, userId: id(key) })) });
      for (const [answerIndex, answer] of (item.answers ?? []).entries()) {
        const made = await tx.focusAnswer.create({
          data: {
            itemId: created.id,
            authorId: id(answer.by),
            body: answer.body,
            bodyHtml: renderMarkdown(answer.body),
            createdAt: hoursAgo(200 - index * 20 - answerIndex * 5),
          },
          select: { id: true },
        });
        if (answer.accepted)
          await tx.focusItem.update({
            where: { id: created.id },
            data: { acceptedAnswerId: made.id, acceptedAt: hoursAgo(100 - index * 10) },
          });
      }
    }
  }
}
