import { simpleParser, type ParsedMail } from "mailparser";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { queueDigests } from "@/lib/mail/queue-digests";
import { queueImmediateMail } from "@/lib/mail/queue-immediate-mail";
import { sendPendingMail } from "@/lib/mail/send-pending-mail";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { createNotifications, EMAIL_AFTER_MS } from "@/lib/notifications/notify";
import { DEFAULT_PREFS } from "@/lib/notifications/preferences";
import { localMinutes } from "@/lib/notifications/quiet-hours";
import { createDepartment, createPost, createUser, randomKey } from "@/lib/test/factories";

// A real SMTP server in this process; what arrives is parsed as a mail client would.
const received: ParsedMail[] = [];
const PORT = 4800 + Math.floor(Math.random() * 90);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});
const smtp = () => createTransport({ host: "127.0.0.1", port: PORT, secure: false, ignoreTLS: true });
const FROM = "Hearth <hearth@northwind.test>";

beforeAll(() => new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mailsTo = (address: string) => received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
const HOUR = 3_600_000;
/** A header as it was sent (mailparser restructures the List-* ones). */
const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "");

/** A reader in a department, member of one public community; a secret community they are not in. */
async function digestWorld() {
  const department = await createDepartment();
  const { user: reader, actor } = await createUser({ departmentId: department.id, name: `Rea ${randomKey()}` });
  const { user: colleague } = await createUser({ departmentId: department.id });
  const mine = await createCommunityRow("PUBLIC");
  await addMemberRow(mine.id, actor);
  const secret = await createCommunityRow("SECRET");
  await addMemberRow(secret.id, colleague);
  const now = new Date();
  const recent = new Date(now.getTime() - 2 * 86_400_000);
  const visiblePride = await createPost(colleague.id, {
    kind: "PRIDE",
    body: `Visible pride ${randomKey()}`,
    createdAt: recent,
    prideTags: { create: [{ userId: reader.id }] },
  });
  const secretPride = await createPost(colleague.id, {
    kind: "PRIDE",
    communityId: secret.id,
    body: `Secret pride ${randomKey()}`,
    createdAt: recent,
    reactionCount: 99,
  });
  const popular = await createPost(colleague.id, {
    communityId: mine.id,
    body: `Popular in mine ${randomKey()}`,
    createdAt: recent,
    reactionCount: 5,
  });
  const secretPopular = await createPost(colleague.id, {
    communityId: secret.id,
    body: `Secret popular ${randomKey()}`,
    createdAt: recent,
    reactionCount: 50,
  });
  return { reader, actor, visiblePride, secretPride, popular, secretPopular, now };
}

describe("[MAIL] digests over SMTP", () => {
  it("a digest contains what the reader may see and nothing from a secret community they are not in", async () => {
    const world = await digestWorld();
    const { queued } = await queueDigests(db, world.now, { only: [world.reader.id] });
    expect(queued).toBe(1);
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: world.now });
    const [mail, ...more] = mailsTo(world.reader.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe("Your week on Hearth");
    expect(mail?.text).toContain(world.visiblePride.body);
    expect(mail?.text).toContain(world.popular.body);
    expect(mail?.html).toContain(world.visiblePride.body);
    for (const part of [mail?.text, mail?.html]) {
      expect(part).not.toContain(world.secretPride.body);
      expect(part).not.toContain(world.secretPopular.body);
    }
    expect(mail?.text).toMatch(new RegExp(`http://[^ ]+/posts/${world.visiblePride.id}`));
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(rawHeader(mail, "list-unsubscribe")).toMatch(/^<http:\/\/[^>]+\/api\/unsubscribe\?token=[^>]+>$/);
  });

  it("a restart never sends twice: queueing and sending again add no mail", async () => {
    const world = await digestWorld();
    await queueDigests(db, world.now, { only: [world.reader.id] });
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: world.now });
    // A new process: a new transport, the jobs run again from the start.
    expect(await queueDigests(db, world.now, { only: [world.reader.id] })).toEqual({ queued: 0, empty: 0 });
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: new Date(world.now.getTime() + HOUR) });
    expect(mailsTo(world.reader.email)).toHaveLength(1);
    expect(await db.outboxMail.count({ where: { recipientId: world.reader.id } })).toBe(1);
  });

  it("someone who visited within their period gets no digest", async () => {
    const world = await digestWorld();
    await db.userActivityDay.create({
      data: { userId: world.reader.id, day: new Date(world.now.getTime() - 86_400_000) },
    });
    expect(await queueDigests(db, world.now, { only: [world.reader.id] })).toEqual({ queued: 0, empty: 0 });
  });

  it("one-click unsubscribe ends the digest; a forged token changes nothing", async () => {
    const world = await digestWorld();
    await queueDigests(db, world.now, { only: [world.reader.id] });
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: world.now });
    const header = rawHeader(mailsTo(world.reader.email)[0], "list-unsubscribe")!;
    const token = new URL(header.slice(1, -1)).searchParams.get("token")!;
    await expect(unsubscribe(`${token.slice(0, -2)}xx`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unsubscribe(token)).resolves.toEqual({ scope: "digest" });
    const nextWeek = new Date(world.now.getTime() + 8 * 86_400_000);
    expect(await queueDigests(db, nextWeek, { only: [world.reader.id] })).toEqual({ queued: 0, empty: 0 });
  });

  it("a failed delivery is retried later, then sent once", async () => {
    const world = await digestWorld();
    await queueDigests(db, world.now, { only: [world.reader.id] });
    const closed = createTransport({ host: "127.0.0.1", port: 4899, secure: false, ignoreTLS: true });
    await sendPendingMail(db, { transport: closed, from: FROM, now: world.now });
    const row = await db.outboxMail.findFirstOrThrow({ where: { recipientId: world.reader.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).not.toBe("");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(world.now.getTime());
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: world.now });
    expect(mailsTo(world.reader.email)).toHaveLength(0); // not due yet
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: row.nextAttemptAt });
    expect(mailsTo(world.reader.email)).toHaveLength(1);
  });
});

describe("[MAIL] notification e-mails: preferences and quiet hours", () => {
  async function mention(recipientId: string, actorId: string, now: Date) {
    const post = await createPost(actorId, { body: `Hello @someone ${randomKey()}` });
    await db.$transaction((tx) =>
      createNotifications(
        tx,
        [{ recipientId, type: "MENTION", actorId, postId: post.id, groupKey: `mention:${post.id}` }],
        now,
      ),
    );
    return post;
  }

  it("an unread mention is e-mailed once, batched after a wait; read in time, it is not", async () => {
    const { user: reader } = await createUser();
    const { user: author } = await createUser({ name: `Author ${randomKey()}` });
    const now = new Date();
    const post = await mention(reader.id, author.id, now);
    await queueImmediateMail(db, now);
    expect(await db.outboxMail.count({ where: { recipientId: reader.id } })).toBe(0); // still in the batching wait
    const later = new Date(now.getTime() + EMAIL_AFTER_MS + 1000);
    await queueImmediateMail(db, later);
    await queueImmediateMail(db, later);
    await sendPendingMail(db, { transport: smtp(), from: FROM, now: later });
    const mails = mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`${author.name} mentioned you`);
    expect(mails[0]?.text).toContain(`/posts/${post.id}`);

    const { user: attentive } = await createUser();
    await mention(attentive.id, author.id, now);
    await db.notification.updateMany({
      where: { recipientId: attentive.id },
      data: { readAt: new Date(now.getTime() + 60_000) },
    });
    await queueImmediateMail(db, later);
    expect(await db.outboxMail.count({ where: { recipientId: attentive.id } })).toBe(0);
  });

  it("preferences change what is sent: mentions off by e-mail send nothing; off everywhere write nothing", async () => {
    const { user: reader } = await createUser();
    const { user: author } = await createUser();
    await db.notificationSettings.create({
      data: { userId: reader.id, inApp: DEFAULT_PREFS.inApp, email: ["ACTION_ITEMS"] },
    });
    const now = new Date();
    await mention(reader.id, author.id, now);
    const rows = await db.notification.findMany({ where: { recipientId: reader.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.emailAfter).toBeNull();
    await queueImmediateMail(db, new Date(now.getTime() + EMAIL_AFTER_MS * 2));
    expect(await db.outboxMail.count({ where: { recipientId: reader.id } })).toBe(0);

    await db.notificationSettings.update({ where: { userId: reader.id }, data: { inApp: [], email: [] } });
    await mention(reader.id, author.id, now);
    expect(await db.notification.count({ where: { recipientId: reader.id } })).toBe(1);
  });

  it("quiet hours hold: nothing is e-mailed in them; the mail goes in the morning", async () => {
    const { user: reader } = await createUser({ timeZone: "UTC" });
    const { user: author } = await createUser();
    const now = new Date();
    const minute = localMinutes(now, "UTC");
    // Quiet from an hour ago until two hours from now, in the reader's zone.
    const quietStart = (minute - 60 + 1440) % 1440;
    const quietEnd = (minute + 120) % 1440;
    await db.notificationSettings.create({
      data: { userId: reader.id, inApp: DEFAULT_PREFS.inApp, email: DEFAULT_PREFS.email, quietStart, quietEnd },
    });
    await mention(reader.id, author.id, now);
    const row = await db.notification.findFirstOrThrow({ where: { recipientId: reader.id } });
    expect(row.emailAfter!.getTime()).toBeGreaterThanOrEqual(now.getTime() + 119 * 60_000);
    await queueImmediateMail(db, new Date(now.getTime() + HOUR));
    expect(await db.outboxMail.count({ where: { recipientId: reader.id } })).toBe(0);
    // And no digest inside quiet hours either.
    expect(await queueDigests(db, now, { only: [reader.id] })).toEqual({ queued: 0, empty: 0 });
    await queueImmediateMail(db, new Date(now.getTime() + 3 * HOUR));
    expect(await db.outboxMail.count({ where: { recipientId: reader.id } })).toBe(1);
  });

  it("a reminder written in quiet hours is dated the next morning, in-app too", async () => {
    const { user: reader } = await createUser({ timeZone: "UTC" });
    const now = new Date();
    const minute = localMinutes(now, "UTC");
    await db.notificationSettings.create({
      data: {
        userId: reader.id,
        inApp: DEFAULT_PREFS.inApp,
        email: [],
        quietStart: (minute - 30 + 1440) % 1440,
        quietEnd: (minute + 60) % 1440,
      },
    });
    const community = await createCommunityRow("PUBLIC");
    await db.$transaction((tx) =>
      createNotifications(
        tx,
        [
          {
            recipientId: reader.id,
            type: "COMMUNITY_GOING_COLD",
            actorId: null,
            communityId: community.id,
            groupKey: "x",
          },
          { recipientId: reader.id, type: "COMMUNITY_POST", actorId: null, communityId: community.id, groupKey: "y" },
        ],
        now,
      ),
    );
    const rows = await db.notification.findMany({ where: { recipientId: reader.id }, orderBy: { groupKey: "asc" } });
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThan(now.getTime() + 50 * 60_000);
    expect(rows[1]!.createdAt.getTime()).toBe(now.getTime());
  });
});
