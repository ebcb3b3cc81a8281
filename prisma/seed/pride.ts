import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";

// Demo pride and fun: moments of pride across departments (this week and earlier) crediting colleagues and values,
// Maria's thank-yous on a few posts and a comment, and two polls (one open, one closed). Times are relative to the
// seed moment; the content is fixed.

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);

type Moment = {
  author: string;
  hoursAgo: number;
  tagged: string[];
  values: string[];
  body: string;
  reactions?: string[];
  thanks?: string; // Maria's appreciation message
  comment?: { author: string; body: string; thanks?: string };
};

const MOMENTS: Moment[] = [
  {
    author: "lotte",
    hoursAgo: 5,
    tagged: ["sophie", "daan", "noor"],
    values: ["customers-first", "make-it-together"],
    body: "**We won the shelf reset at FreshMart — 140 stores!** 🎉\n\nSophie rebuilt the pitch around what shoppers told us in the store visits, Daan ran the numbers twice, and Noor had every sample on their desk the next morning.",
    reactions: ["jan", "maria", "bram", "freja", "emma", "kees"],
    thanks: "This is what customers first looks like. Thank you, all three of you.",
  },
  {
    author: "sophie",
    hoursAgo: 2,
    tagged: ["lotte"],
    values: ["be-open"],
    body: "Lotte sat with me through my first big negotiation and let me lead it. I learnt more in that hour than in a month of training. Thank you! 🙏",
    reactions: ["noor", "daan"],
  },
  {
    author: "ruben",
    hoursAgo: 26,
    tagged: ["lisa", "jonas"],
    values: ["customers-first", "be-open"],
    body: "During the lid recall Lisa and Jonas answered **1,214 customer questions** in four days, in three languages, with a 4.8 satisfaction score. Calm, honest and kind, every single time.",
    reactions: ["thomas", "maria", "kees", "anouk"],
    thanks: "You turned a hard week into trust. Thank you.",
  },
  {
    author: "elif",
    hoursAgo: 50,
    tagged: ["sara", "mats"],
    values: ["proud-of-our-craft"],
    body: "The order system moved to the new servers last night with **zero downtime**. Sara rewrote the data sync, Mats kept every warehouse scanner talking. Not a single order lost.",
    reactions: ["ravi", "noah", "thomas"],
  },
  {
    author: "julia",
    hoursAgo: 70,
    tagged: ["tim", "eva", "youssef"],
    values: ["have-fun-doing-it", "make-it-together"],
    body: "Our *Cook with Northwind* series just passed **one million views**. Tim's design, Eva's videos and Youssef's recipes — made in a borrowed kitchen with a lot of laughter.",
    reactions: ["emma", "maria", "sanne", "ines"],
    comment: {
      author: "tim",
      body: "The behind-the-scenes clips were Eva's idea, and they are the part people share most.",
      thanks: "Lovely to see you give the credit on. Thank you, Tim.",
    },
  },
  {
    author: "kees",
    hoursAgo: 290,
    tagged: ["fatima", "milan"],
    values: ["proud-of-our-craft"],
    body: "Fatima spotted a hairline crack pattern in a batch of lids before it left Rotterdam, and Milan re-tuned the press the same night. Thousands of customers will never know — that is the point.",
    reactions: ["thomas", "anouk"],
  },
  {
    author: "sanne",
    hoursAgo: 720,
    tagged: ["claire", "sem", "zoe"],
    values: ["make-it-together", "have-fun-doing-it"],
    body: "Twelve new colleagues started this month, in four countries, and every one of them had a buddy, a laptop and a welcome lunch on day one. Claire, Sem and Zoë: you made it look easy.",
    reactions: ["maria", "amir"],
  },
];

type DemoPoll = {
  author: string;
  hoursAgo: number;
  body: string;
  question: string;
  options: string[];
  multiple?: boolean;
  isPublic?: boolean;
  closesInHours: number; // negative: already closed
  votes: [string, number[]][]; // person, option indexes
};

const POLLS: DemoPoll[] = [
  {
    author: "eva",
    hoursAgo: 3,
    body: "December team outing: let's decide together! 🎄",
    question: "What shall we do for the December outing?",
    options: ["Cooking workshop", "Escape room", "Bowling", "Christmas market"],
    closesInHours: 5 * 24,
    votes: [
      ["julia", [0]],
      ["tim", [1]],
      ["youssef", [0]],
      ["ines", [3]],
      ["emma", [0]],
    ],
  },
  {
    author: "noah",
    hoursAgo: 100,
    body: "Help me plan Hearth's next steps. Pick as many as you like.",
    question: "Which Hearth improvement would help you most?",
    options: ["Dark mode", "Calendar sync", "Better search", "Offline reading"],
    multiple: true,
    isPublic: true,
    closesInHours: -24,
    votes: [
      ["elif", [0, 2]],
      ["sara", [2]],
      ["mats", [0, 3]],
      ["ravi", [1, 2]],
      ["lotte", [2]],
      ["kees", [3]],
    ],
  },
];

export async function seedPride(tx: Tx, ids: Map<string, string>) {
  const id = (key: string) => ids.get(key)!;
  const maria = id("maria");
  const values = new Map(
    (await tx.companyValue.findMany({ select: { id: true, slug: true } })).map((value) => [value.slug, value.id]),
  );
  const thank = async (
    target: { postId: string } | { commentId: string },
    postId: string,
    recipientId: string,
    message: string,
    when: Date,
  ) => {
    await tx.appreciation.create({ data: { leaderId: maria, ...target, message, createdAt: when } });
    const key = "commentId" in target ? target.commentId : postId;
    await tx.notification.create({
      data: {
        recipientId,
        type: "APPRECIATED",
        actorId: maria,
        postId,
        ...("commentId" in target && { commentId: target.commentId }),
        detail: message,
        groupKey: `appreciation:${key}`,
        createdAt: when,
      },
    });
  };

  for (const moment of MOMENTS) {
    const post = await tx.post.create({
      data: {
        authorId: id(moment.author),
        kind: "PRIDE",
        body: moment.body,
        bodyHtml: renderMarkdown(moment.body, { mentions: new Map() }),
        createdAt: at(moment.hoursAgo),
        reactionCount: moment.reactions?.length ?? 0,
        commentCount: moment.comment ? 1 : 0,
        prideTags: { create: moment.tagged.map((key) => ({ userId: id(key), createdAt: at(moment.hoursAgo) })) },
        values: { create: moment.values.map((slug) => ({ valueId: values.get(slug)! })) },
        reactions: {
          create: (moment.reactions ?? []).map((key) => ({
            userId: id(key),
            kind: "CELEBRATE" as const,
            createdAt: at(moment.hoursAgo - 0.5),
          })),
        },
      },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: moment.tagged.map((key) => ({
        recipientId: id(key),
        type: "PRIDE_TAGGED" as const,
        actorId: id(moment.author),
        postId: post.id,
        groupKey: `pride:${post.id}`,
        createdAt: at(moment.hoursAgo),
      })),
    });
    if (moment.thanks)
      await thank({ postId: post.id }, post.id, id(moment.author), moment.thanks, at(moment.hoursAgo - 1));
    if (moment.comment) {
      const comment = await tx.comment.create({
        data: {
          postId: post.id,
          authorId: id(moment.comment.author),
          body: moment.comment.body,
          bodyHtml: renderMarkdown(moment.comment.body, { mentions: new Map() }),
          createdAt: at(moment.hoursAgo - 2),
        },
        select: { id: true },
      });
      if (moment.comment.thanks)
        await thank(
          { commentId: comment.id },
          post.id,
          id(moment.comment.author),
          moment.comment.thanks,
          at(moment.hoursAgo - 3),
        );
    }
  }

  // Maria also thanks an ordinary post from the demo feed: appreciation is for any good work, not only pride posts.
  const record = await tx.post.findFirst({
    where: { body: { startsWith: "Rotterdam shipped" } },
    select: { id: true, authorId: true, createdAt: true },
  });
  if (record)
    await thank(
      { postId: record.id },
      record.id,
      record.authorId,
      "Record days like this are built on every night shift before it. Thank you, Rotterdam.",
      new Date(record.createdAt.getTime() + 2 * HOUR),
    );

  for (const poll of POLLS) {
    const post = await tx.post.create({
      data: {
        authorId: id(poll.author),
        body: poll.body,
        bodyHtml: renderMarkdown(poll.body, { mentions: new Map() }),
        createdAt: at(poll.hoursAgo),
      },
      select: { id: true },
    });
    const created = await tx.poll.create({
      data: {
        postId: post.id,
        question: poll.question,
        multiple: poll.multiple ?? false,
        isPublic: poll.isPublic ?? false,
        closesAt: at(-poll.closesInHours),
        createdAt: at(poll.hoursAgo),
        voterCount: poll.votes.length,
        options: {
          create: poll.options.map((label, position) => ({
            label,
            position,
            voteCount: poll.votes.filter(([, chosen]) => chosen.includes(position)).length,
          })),
        },
      },
      select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    await tx.pollVote.createMany({
      data: poll.votes.flatMap(([key, chosen]) =>
        chosen.map((index) => ({
          pollId: created.id,
          optionId: created.options[index]!.id,
          userId: id(key),
          createdAt: at(poll.hoursAgo - 1),
        })),
      ),
    });
  }
}
