import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { handleFromName } from "@/lib/people/handle";
import { RECOUNT_REACTIONS_SQL } from "@/lib/reactions/reaction-counts";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { extractMentionHandles } from "@/lib/content/extract";
import type { Tx } from "@/lib/db/client";
import { seedActionItems } from "./action-items";
import { seedCommunities } from "./communities";
import { seedChallenges } from "./challenges";
import { DEMO_FOLLOWS, DEMO_POSTS } from "./feed";
import { seedInsights } from "./insights";
import { seedModeration } from "./moderation";
import { seedCalmNotifications } from "./notify";
import { seedPride } from "./pride";
import { seedLiveShows } from "./live-shows";
import { seedQuestions } from "./questions";
import { COMPANY_VALUES, DEMO_PASSWORD, DEPARTMENTS, PEOPLE, emailOf } from "./organisation";

/** Seeds Northwind Housewares into an empty database. Returns false (and writes nothing) when people exist. */
export async function seedDemoOrganisation(db: Db): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(
    async (tx) => {
      const departments = new Map<string, string>();
      for (const department of DEPARTMENTS) {
        const created = await tx.department.create({ data: department });
        departments.set(department.slug, created.id);
      }
      await tx.companyValue.createMany({ data: COMPANY_VALUES.map((value, position) => ({ ...value, position })) });

      const ids = new Map<string, string>();
      for (const person of PEOPLE) {
        const created = await tx.user.create({
          data: {
            email: emailOf(person.key),
            handle: handleFromName(person.name),
            name: person.name,
            passwordHash,
            role: person.role ?? "EMPLOYEE",
            title: person.title,
            location: person.location,
            bio: person.bio ?? "",
            pronouns: person.pronouns ?? "",
            interests: person.interests ?? [],
            departmentId: departments.get(person.department),
          },
          select: { id: true },
        });
        ids.set(person.key, created.id);
      }
      for (const person of PEOPLE) {
        if (person.manager) {
          await tx.user.update({ where: { id: ids.get(person.key) }, data: { managerId: ids.get(person.manager) } });
        }
      }
      await seedFeed(tx, ids);
      await seedQuestions(tx, ids);
      await seedActionItems(tx, ids); // after the questions: items hang off their answers
      await seedCommunities(tx, ids);
      await seedModeration(tx, ids);
      await seedPride(tx, ids); // after the feed: Maria also thanks one of its posts
      await seedChallenges(tx, ids);
      await seedLiveShows(tx, ids);
      await seedInsights(tx, ids); // visit days follow from everything above
      // The seeds write reactions as rows; the per-kind counts on each post follow from them.
      await tx.$executeRawUnsafe(RECOUNT_REACTIONS_SQL);
      await seedCalmNotifications(tx, ids); // last: nudges and digests read everything above
      await tx.banner.create({
        data: {
          authorId: ids.get("noah")!,
          message: "Welcome to Hearth, Northwind's new home online. Say hello in the feed!",
          tone: "CELEBRATION",
          endsAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
        },
      });
      // A colleague who left: /admin/people lists them under Deactivated; nobody can pick or mention them.
      const former = await tx.user.create({
        data: {
          email: emailOf("wim.hendriks"),
          handle: "wim-hendriks",
          name: "Wim Hendriks",
          title: "Warehouse Planner",
          location: "Rotterdam",
          departmentId: departments.get("operations") ?? null,
          deactivatedAt: new Date(Date.now() - 20 * 24 * 60 * 60 * 1000),
          deactivatedBy: "admin",
          sessionVersion: 1,
        },
        select: { id: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: ids.get("noah")!,
          action: "people.deactivated",
          targetType: "User",
          targetId: former.id,
          reason: "Left Northwind",
          data: { via: "admin" },
          createdAt: new Date(Date.now() - 20 * 24 * 60 * 60 * 1000),
        },
      });
    },
    { timeout: 120_000 },
  );
  return true;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/** Posts, comments, reactions, follows and the notifications they would have caused. */
async function seedFeed(tx: Tx, ids: Map<string, string>) {
  const people = await tx.user.findMany({ select: { id: true, handle: true, name: true } });
  const byHandle = new Map(people.map((person) => [person.handle, person]));
  const id = (key: string) => ids.get(key)!;
  const render = (body: string) => {
    const mentions = new Map(
      extractMentionHandles(body).flatMap((handle) =>
        byHandle.has(handle) ? [[handle, byHandle.get(handle)!] as const] : [],
      ),
    );
    return { html: renderMarkdown(body, { mentions }), mentioned: [...mentions.values()].map((person) => person.id) };
  };

  for (const post of DEMO_POSTS) {
    const rendered = render(post.body);
    const comments = (post.comments ?? []).flatMap((comment) => [comment, ...(comment.replies ?? [])]);
    const created = await tx.post.create({
      data: {
        authorId: id(post.author),
        kind: post.announcementPinDays ? "ANNOUNCEMENT" : "POST",
        pinnedUntil: post.announcementPinDays ? new Date(Date.now() + post.announcementPinDays * 86_400_000) : null,
        body: post.body,
        bodyHtml: rendered.html,
        createdAt: hoursAgo(post.hoursAgo),
        commentCount: comments.length,
        reactionCount: post.reactions?.length ?? 0,
      },
    });
    for (const recipientId of rendered.mentioned) {
      await tx.notification.create({
        data: {
          recipientId,
          type: "MENTION",
          actorId: id(post.author),
          postId: created.id,
          groupKey: `mention:${created.id}`,
          createdAt: hoursAgo(post.hoursAgo),
        },
      });
    }
    for (const comment of post.comments ?? []) {
      const top = await tx.comment.create({
        data: {
          postId: created.id,
          authorId: id(comment.author),
          body: comment.body,
          bodyHtml: render(comment.body).html,
          createdAt: hoursAgo(comment.hoursAgo),
        },
      });
      if (comment.author !== post.author) {
        await tx.notification.create({
          data: {
            recipientId: id(post.author),
            type: "COMMENT",
            actorId: id(comment.author),
            postId: created.id,
            commentId: top.id,
            groupKey: `comment:${created.id}`,
            createdAt: hoursAgo(comment.hoursAgo),
          },
        });
      }
      for (const reply of comment.replies ?? []) {
        const rendered = render(reply.body);
        const made = await tx.comment.create({
          data: {
            postId: created.id,
            authorId: id(reply.author),
            parentId: top.id,
            body: reply.body,
            bodyHtml: rendered.html,
            createdAt: hoursAgo(reply.hoursAgo),
          },
        });
        if (reply.author !== comment.author) {
          await tx.notification.create({
            data: {
              recipientId: id(comment.author),
              type: "REPLY",
              actorId: id(reply.author),
              postId: created.id,
              commentId: made.id,
              groupKey: `reply:${top.id}`,
              createdAt: hoursAgo(reply.hoursAgo),
            },
          });
        }
      }
    }
    for (const [who, kind] of post.reactions ?? []) {
      await tx.reaction.create({
        data: { postId: created.id, userId: id(who), kind, createdAt: hoursAgo(post.hoursAgo - 0.5) },
      });
      await tx.notification.create({
        data: {
          recipientId: id(post.author),
          type: "REACTION",
          actorId: id(who),
          postId: created.id,
          groupKey: `reaction:${created.id}`,
          createdAt: hoursAgo(post.hoursAgo - 0.5),
        },
      });
    }
  }
  for (const [follower, followee] of DEMO_FOLLOWS) {
    await tx.follow.create({ data: { followerId: id(follower), followeeId: id(followee), createdAt: hoursAgo(60) } });
    await tx.notification.create({
      data: {
        recipientId: id(followee),
        type: "FOLLOW",
        actorId: id(follower),
        groupKey: `follow:${id(followee)}`,
        createdAt: hoursAgo(60),
      },
    });
  }
}
