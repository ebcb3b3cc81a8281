import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createUploadStorage } from "@/lib/uploads/create-storage";
import { contentTypeFor, type UploadStorage } from "@/lib/uploads/storage-backends";

// Demo challenges: the cook-off in its voting window (video entries, votes shown live), a closed one whose
// winner was announced as a moment of pride, and an upcoming one. The videos under ./media were recorded in
// Chromium (MediaRecorder, canvas animation), their poster frames captured from them and encoded as WebP, so
// the seed needs no network and no ffmpeg. Files go to the app's storage through lib/uploads/create-storage.ts
// (no `server-only`, so the seed can use it outside Next); keys follow its pattern.

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR);
const MEDIA = path.join(import.meta.dirname, "media");

type DemoVideo = { file: string; poster: string; contentType: "video/webm" | "video/mp4" };
const VIDEOS = {
  stroopwafel: { file: "stroopwafel-stack.webm", poster: "stroopwafel-stack-poster.webp", contentType: "video/webm" },
  pan: { file: "pan-flip.webm", poster: "pan-flip-poster.webp", contentType: "video/webm" },
  soup: { file: "soup-steam.mp4", poster: "soup-steam-poster.webp", contentType: "video/mp4" },
} satisfies Record<string, DemoVideo>;

type DemoEntry = { author: string; body: string; video: keyof typeof VIDEOS; hoursAgo: number; voters: string[] };
type DemoChallenge = {
  creator: string;
  title: string;
  slug: string;
  rules: string;
  windows: { submissionStartsAt: Date; submissionEndsAt: Date; votingStartsAt: Date; votingEndsAt: Date };
  votesPerPerson: number;
  showVotesLive: boolean;
  entries: DemoEntry[];
  closed?: boolean;
};

const CHALLENGES: DemoChallenge[] = [
  {
    creator: "emma",
    title: "Cook-off with our products",
    slug: "cook-off-with-our-products",
    rules:
      "Cook something delicious using **at least one Northwind product** (a pan, a pot, the waffle iron…) and film it.\n\n- Keep the video short: under a minute is perfect.\n- One entry per person; teams may enter under one name.\n- Vote for your three favourites. The winner gets the golden spatula and a team lunch.",
    windows: {
      submissionStartsAt: at(-24 * 6),
      submissionEndsAt: at(-20),
      votingStartsAt: at(-20),
      votingEndsAt: at(24 * 2 + 4),
    },
    votesPerPerson: 3,
    showVotesLive: true,
    entries: [
      {
        author: "kees",
        body: "The warehouse team's **stroopwafel tower**, baked on the Northwind waffle iron. Twelve layers before it fell over!",
        video: "stroopwafel",
        hoursAgo: 70,
        voters: ["anouk", "milan", "fatima", "mats", "lotte", "julia"],
      },
      {
        author: "eva",
        body: "Pancake flips in our 28 cm non-stick pan. Not one landed on the floor (this time).",
        video: "pan",
        hoursAgo: 50,
        voters: ["tim", "julia", "youssef", "daan"],
      },
      {
        author: "ruben",
        body: "Grandma's pea soup in the big Dutch oven: it simmered for three hours and the lid never rattled once.",
        video: "soup",
        hoursAgo: 30,
        voters: ["lisa", "jonas", "anouk"],
      },
    ],
  },
  {
    creator: "sanne",
    title: "Lunchbox hack week",
    slug: "lunchbox-hack-week",
    rules:
      "Show us your smartest packed lunch made with Northwind storage boxes. One short video each; one vote per person.",
    windows: {
      submissionStartsAt: at(-24 * 20),
      submissionEndsAt: at(-24 * 14),
      votingStartsAt: at(-24 * 14),
      votingEndsAt: at(-24 * 10),
    },
    votesPerPerson: 1,
    showVotesLive: false,
    closed: true,
    entries: [
      {
        author: "elif",
        body: "Remote-worker bento: five compartments, zero soggy crackers.",
        video: "soup",
        hoursAgo: 24 * 16,
        voters: ["sara", "mats", "ravi", "victor", "amir"],
      },
      {
        author: "noor",
        body: "Overnight oats stacked in the slim boxes, ready for the train to Amsterdam.",
        video: "pan",
        hoursAgo: 24 * 15,
        voters: ["sophie", "daan", "bram"],
      },
    ],
  },
  {
    creator: "maria",
    title: "Photo walk: our products in the wild",
    slug: "photo-walk-our-products-in-the-wild",
    rules:
      "Spot a Northwind product out in the world (a café, a friend's kitchen, a film set) and share a photo or a short video.",
    windows: {
      submissionStartsAt: at(24 * 3),
      submissionEndsAt: at(24 * 10),
      votingStartsAt: at(24 * 10),
      votingEndsAt: at(24 * 13),
    },
    votesPerPerson: 2,
    showVotesLive: false,
    entries: [],
  },
];

/** Stores a demo file under a fresh key, in the same storage the app uses (local disk or S3), and returns the key. */
async function storeMedia(kind: "videos" | "images", file: string): Promise<{ key: string; bytes: number }> {
  const data = await readFile(path.join(MEDIA, file));
  const key = `${kind}/seed/${file.replace(/\.\w+$/, "")}-${randomUUID()}${path.extname(file)}`;
  const contentType = contentTypeFor(key);
  if (!contentType) throw new Error(`No content type for demo file ${file}`);
  await (storage ??= createUploadStorage(env())).put(key, data, contentType);
  return { key, bytes: data.length };
}

let storage: UploadStorage | undefined;

export async function seedChallenges(tx: Tx, ids: Map<string, string>) {
  const id = (key: string) => ids.get(key)!;
  const people = await tx.user.findMany({
    where: { id: { in: [...ids.values()] } },
    select: { id: true, handle: true, name: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));

  for (const demo of CHALLENGES) {
    const challenge = await tx.challenge.create({
      data: {
        slug: demo.slug,
        title: demo.title,
        rules: demo.rules,
        rulesHtml: renderMarkdown(demo.rules),
        creatorId: id(demo.creator),
        ...demo.windows,
        votesPerPerson: demo.votesPerPerson,
        showVotesLive: demo.showVotesLive,
        entryCount: demo.entries.length,
        createdAt: new Date(demo.windows.submissionStartsAt.getTime() - 24 * HOUR),
      },
    });
    const entries = [];
    for (const entry of demo.entries) {
      const createdAt = at(-entry.hoursAgo);
      const post = await tx.post.create({
        data: { authorId: id(entry.author), body: entry.body, bodyHtml: renderMarkdown(entry.body), createdAt },
      });
      const video = VIDEOS[entry.video];
      const stored = await storeMedia("videos", video.file);
      const poster = await storeMedia("images", video.poster);
      await tx.postVideo.create({
        data: {
          uploaderId: id(entry.author),
          postId: post.id,
          storageKey: stored.key,
          posterKey: poster.key,
          contentType: video.contentType,
          bytes: stored.bytes,
          width: 320,
          height: 240,
          durationSec: 3.2,
          createdAt,
        },
      });
      const created = await tx.challengeEntry.create({
        data: {
          challengeId: challenge.id,
          postId: post.id,
          authorId: id(entry.author),
          voteCount: entry.voters.length,
          createdAt,
        },
      });
      await tx.challengeVote.createMany({
        data: entry.voters.map((voter) => ({
          entryId: created.id,
          challengeId: challenge.id,
          userId: id(voter),
          createdAt: at(-entry.hoursAgo + 10),
        })),
      });
      entries.push({ ...created, votes: entry.voters.length });
    }
    if (demo.closed) await announceDemoWinner(tx, challenge, entries, byId);
  }
}

/** What the closer (lib/challenges/close-challenges.ts) would have done when voting ended. */
async function announceDemoWinner(
  tx: Tx,
  challenge: { id: string; slug: string; title: string; creatorId: string; votingEndsAt: Date },
  entries: { id: string; authorId: string; votes: number }[],
  people: Map<string, { id: string; handle: string; name: string }>,
) {
  const ranked = [...entries].sort((a, b) => b.votes - a.votes);
  for (const entry of ranked)
    await tx.challengeEntry.update({
      where: { id: entry.id },
      data: { rank: 1 + ranked.filter((other) => other.votes > entry.votes).length },
    });
  const winner = people.get(ranked[0]!.authorId)!;
  const body = `🏆 The **${challenge.title}** challenge is decided! Congratulations to @${winner.handle}, who won with ${ranked[0]!.votes} votes. Thank you to everyone who entered and voted: [see all the entries](/challenges/${challenge.slug}).`;
  const post = await tx.post.create({
    data: {
      authorId: challenge.creatorId,
      kind: "PRIDE",
      body,
      bodyHtml: renderMarkdown(body, { mentions: new Map([[winner.handle, winner]]) }),
      createdAt: challenge.votingEndsAt,
    },
  });
  await tx.prideTag.create({ data: { postId: post.id, userId: winner.id, createdAt: challenge.votingEndsAt } });
  await tx.challenge.update({
    where: { id: challenge.id },
    data: { closedAt: challenge.votingEndsAt, announcementPostId: post.id },
  });
  await tx.notification.create({
    data: {
      recipientId: winner.id,
      type: "CHALLENGE_WON",
      challengeId: challenge.id,
      postId: post.id,
      groupKey: `challenge-won:${challenge.id}`,
      createdAt: challenge.votingEndsAt,
    },
  });
}
