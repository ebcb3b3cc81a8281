import { plainTextExcerpt } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import type { ReactionKind } from "@/lib/generated/prisma/enums";
import { askerKeyOf } from "@/lib/privacy/asker-key";

// Demo live shows: Maria's upcoming "Friday Fireside" with RSVPs and questions collected ahead, and last
// month's town hall, ended, with its comment log (some highlighted, some thanked), reactions and
// attendance. Times are relative to the seed moment; everything else is fixed.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The next day-after-tomorrow at 15:00 UTC: always ahead, always a sensible hour. */
function upcomingStart(now: Date): Date {
  const start = new Date(now.getTime() + 2 * DAY);
  start.setUTCHours(15, 0, 0, 0);
  return start;
}

const FIRESIDE = {
  slug: "friday-fireside-with-maria",
  title: "Friday Fireside with Maria",
  description:
    "Half an hour on the sofa with Maria: how the year went, what she is proud of, and what worries her.\n\n- Ask your questions **now** and upvote the ones you want answered\n- Maria thanks a few of you on air for what you did this quarter\n- Comments open when we go live",
  durationMin: 30,
  rsvps: [
    "sophie",
    "lotte",
    "daan",
    "noor",
    "milan",
    "anouk",
    "fatima",
    "julia",
    "tim",
    "eva",
    "kees",
    "ruben",
    "elif",
    "zoe",
  ],
  questions: [
    {
      asker: "milan",
      title: "What was your proudest moment this year?",
      votes: ["anouk", "fatima", "kees", "sophie", "daan"],
    },
    {
      asker: "julia",
      anonymous: true,
      title: "Will there be a bonus round for the stores team after peak season?",
      votes: ["tim", "eva", "noor", "lotte", "ruben", "zoe", "elif"],
    },
    {
      asker: "sophie",
      title: "Which product launch are you most excited about for next spring?",
      votes: ["lotte", "noor"],
    },
    {
      asker: "elif",
      title: "How do you decide what to automate in the warehouses, and what stays human?",
      votes: ["mats", "anouk"],
    },
  ],
};

type LogLine = { who: string; at: number; body: string; highlight?: boolean; thanked?: boolean };

const TOWN_HALL = {
  slug: "q3-town-hall-live",
  title: "Q3 town hall, live from Rotterdam",
  description:
    "Maria and Thomas look back on the third quarter from the warehouse floor, and thank the people who carried peak season.",
  durationMin: 45,
  daysAgo: 9,
  // Minutes after the start, who said what.
  log: [
    { who: "sophie", at: 1, body: "Hello from Amsterdam! 👋" },
    { who: "kees", at: 1, body: "The whole night shift is watching in the canteen 😄" },
    { who: "lotte", at: 3, body: "Great to see the warehouse on screen, most of us have never been there." },
    {
      who: "milan",
      at: 5,
      body: "Shout-out to the weekend crew, they packed **4,000** orders in September.",
      highlight: true,
      thanked: true,
    },
    { who: "anouk", at: 7, body: "The new planning board really helped, we had no missed pick-ups in August." },
    { who: "daan", at: 9, body: "Can you show the new lid line again?" },
    {
      who: "fatima",
      at: 11,
      body: "Quality returns went down 30% since we changed the packaging test.",
      highlight: true,
      thanked: true,
    },
    { who: "julia", at: 13, body: "That packaging story would make a great post, Fatima!" },
    { who: "noor", at: 15, body: "Will the Antwerp team get a visit like this too?" },
    { who: "ruben", at: 17, body: "Customer service saw the difference too: fewer broken-item calls." },
    { who: "tim", at: 19, body: "Love the new brand colours on the trucks 🚚" },
    { who: "elif", at: 21, body: "The scanner app crashed twice this week, we have a fix going out on Monday." },
    { who: "eva", at: 23, body: "Clip of Kees's forklift tour is going on our socials tomorrow." },
    {
      who: "zoe",
      at: 25,
      body: "Onboarding for the seasonal staff took half the time this year, thanks to the buddy system.",
      thanked: true,
    },
    { who: "mats", at: 27, body: "Thanks for the patience with the Wi-Fi in hall B, new access points are in." },
    { who: "lisa", at: 30, body: "What is the plan for the Christmas rush?" },
    {
      who: "bram",
      at: 33,
      body: "Our biggest buyer asked about the warehouse tour, can we invite them?",
      highlight: true,
    },
    { who: "sophie", at: 36, body: "Thank you Maria and Thomas, this was really nice to watch." },
    { who: "hanna", at: 39, body: "Procurement locked in cardboard prices for next year, one less worry." },
    { who: "kees", at: 42, body: "Proud of this team. See you all at the barbecue on Friday!" },
  ] satisfies LogLine[],
  viewers: [
    "sophie",
    "kees",
    "lotte",
    "milan",
    "anouk",
    "daan",
    "fatima",
    "julia",
    "noor",
    "ruben",
    "tim",
    "elif",
    "eva",
    "zoe",
    "mats",
    "lisa",
    "bram",
    "hanna",
    "jan",
    "emma",
    "sanne",
    "pieter",
  ],
  rsvps: [
    "sophie",
    "kees",
    "lotte",
    "milan",
    "anouk",
    "fatima",
    "julia",
    "noor",
    "ruben",
    "tim",
    "zoe",
    "freja",
    "lukas",
    "oskar",
  ],
  peakViewers: 19,
  reactions: [
    ["sophie", "CELEBRATE"],
    ["kees", "LOVE"],
    ["milan", "LIKE"],
    ["anouk", "CELEBRATE"],
    ["fatima", "LOVE"],
    ["julia", "LIKE"],
    ["tim", "FUNNY"],
    ["eva", "CELEBRATE"],
    ["ruben", "LIKE"],
    ["zoe", "LOVE"],
    ["lotte", "INSIGHTFUL"],
    ["daan", "LIKE"],
  ] as [string, ReactionKind][],
};

export async function seedLiveShows(tx: Tx, ids: Map<string, string>, now = new Date()) {
  const id = (key: string) => ids.get(key)!;
  const maria = id("maria");

  // The fireside: scheduled, RSVPs and questions collected ahead.
  const fireside = await tx.liveShow.create({
    data: {
      slug: FIRESIDE.slug,
      title: FIRESIDE.title,
      description: FIRESIDE.description,
      descriptionHtml: renderMarkdown(FIRESIDE.description),
      hostId: maria,
      createdById: maria,
      startsAt: upcomingStart(now),
      durationMin: FIRESIDE.durationMin,
      rsvpCount: FIRESIDE.rsvps.length,
      createdAt: new Date(now.getTime() - 3 * DAY),
    },
  });
  await tx.liveShowRsvp.createMany({ data: FIRESIDE.rsvps.map((key) => ({ showId: fireside.id, userId: id(key) })) });
  for (const [index, question] of FIRESIDE.questions.entries()) {
    const created = await tx.question.create({
      data: {
        askerKey: askerKeyOf(id(question.asker)),
        publicAskerId: question.anonymous ? null : id(question.asker),
        isAnonymous: question.anonymous ?? false,
        targetLeaderId: maria,
        liveShowId: fireside.id,
        title: question.title,
        voteCount: question.votes.length,
        createdAt: new Date(now.getTime() - (2 * DAY - index * 3 * 60 * MINUTE)),
      },
      select: { id: true },
    });
    await tx.questionVote.createMany({
      data: question.votes.map((key) => ({ questionId: created.id, userId: id(key) })),
    });
    if (!question.anonymous)
      await tx.questionFollow.create({ data: { questionId: created.id, userId: id(question.asker) } });
  }

  // The town hall: ended, with its log, thanks, reactions and attendance.
  const startedAt = new Date(now.getTime() - TOWN_HALL.daysAgo * DAY);
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const townHall = await tx.liveShow.create({
    data: {
      slug: TOWN_HALL.slug,
      title: TOWN_HALL.title,
      description: TOWN_HALL.description,
      descriptionHtml: renderMarkdown(TOWN_HALL.description),
      hostId: maria,
      createdById: id("thomas"),
      startsAt: startedAt,
      durationMin: TOWN_HALL.durationMin,
      status: "ENDED",
      startedAt,
      endedAt: at(TOWN_HALL.durationMin),
      rsvpCount: TOWN_HALL.rsvps.length,
      commentCount: TOWN_HALL.log.length,
      peakViewers: TOWN_HALL.peakViewers,
      reminderSentAt: at(-15),
      createdAt: new Date(startedAt.getTime() - 7 * DAY),
    },
  });
  await tx.liveShowRsvp.createMany({ data: TOWN_HALL.rsvps.map((key) => ({ showId: townHall.id, userId: id(key) })) });
  for (const [index, line] of TOWN_HALL.log.entries()) {
    const createdAt = at(line.at + index / 100);
    const comment = await tx.liveComment.create({
      data: {
        showId: townHall.id,
        authorId: id(line.who),
        body: line.body,
        bodyHtml: renderMarkdown(line.body),
        createdAt,
        highlightedAt: line.highlight ? at(line.at + 1) : null,
      },
    });
    if (!line.thanked) continue;
    await tx.appreciation.create({ data: { leaderId: maria, liveCommentId: comment.id, createdAt: at(line.at + 1) } });
    await tx.notification.create({
      data: {
        recipientId: id(line.who),
        type: "APPRECIATED",
        actorId: maria,
        liveShowId: townHall.id,
        detail: plainTextExcerpt(line.body, 160),
        groupKey: `live-thanked:${comment.id}`,
        createdAt: at(line.at + 1),
      },
    });
  }
  await tx.liveReaction.createMany({
    data: TOWN_HALL.reactions.map(([key, kind], index) => ({
      showId: townHall.id,
      userId: id(key),
      kind,
      createdAt: at(2 + index * 3),
    })),
  });
  await tx.liveAttendance.createMany({
    data: TOWN_HALL.viewers.map((key, index) => ({
      showId: townHall.id,
      userId: id(key),
      firstSeenAt: at(index % 5),
      lastSeenAt: at(TOWN_HALL.durationMin - (index % 7)),
    })),
  });
}
