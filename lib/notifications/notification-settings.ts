import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { CATEGORIES, DIGEST_FREQUENCIES, prefsOf, type NotificationPrefs } from "@/lib/notifications/preferences";

export type NotificationSettingsView = NotificationPrefs & {
  timeZone: string;
  mutes: { id: string; label: string; href: string }[];
};

/** The actor's own preferences (defaults when never saved), time zone and what they muted. */
export const findNotificationSettings = defineUseCase({
  input: z.object({}),
  permission: "notifications.configure",
  run: async ({ actor }): Promise<NotificationSettingsView> => {
    const user = await db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        timeZone: true,
        notificationSettings: true,
        mutes: {
          orderBy: { createdAt: "desc" },
          take: 50,
          select: {
            id: true,
            community: { select: { name: true, slug: true } },
            post: { select: { id: true, body: true } },
            question: { select: { id: true, title: true } },
          },
        },
      },
    });
    return {
      ...prefsOf(user.notificationSettings),
      timeZone: user.timeZone,
      mutes: user.mutes.map((mute) =>
        mute.community
          ? { id: mute.id, label: `Community: ${mute.community.name}`, href: `/communities/${mute.community.slug}` }
          : mute.question
            ? { id: mute.id, label: `Question: ${mute.question.title}`, href: `/ask/${mute.question.id}` }
            : { id: mute.id, label: `Post: ${(mute.post?.body ?? "").slice(0, 60)}`, href: `/posts/${mute.post?.id}` },
      ),
    };
  },
});

// "22:00" from a time field, or minutes after midnight.
const ZMinutes = z.preprocess(
  (value) => {
    if (typeof value !== "string" || !value.includes(":")) return value;
    const [hours, minutes] = value.split(":").map(Number);
    return (hours ?? 0) * 60 + (minutes ?? 0);
  },
  z.coerce.number({ error: "Choose a time" }).int("Choose a time").min(0, "Choose a time").max(1439, "Choose a time"),
);
const ZCategories = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(CATEGORIES)),
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ZUpdateNotificationSettingsInput = z
  .object({
    inApp: ZCategories,
    email: ZCategories,
    digest: z.enum(DIGEST_FREQUENCIES, { error: "Choose how often" }),
    quietHours: z.preprocess((value) => value === "on" || value === true, z.boolean()),
    quietStart: ZMinutes,
    quietEnd: ZMinutes,
    timeZone: z
      .string()
      .trim()
      .min(1, "Choose a time zone")
      .max(64)
      .refine(isTimeZone, "Time zone is not one we know (e.g. Europe/Amsterdam)"),
  })
  .superRefine((input, ctx) => {
    if (input.quietHours && input.quietStart === input.quietEnd)
      ctx.addIssue({
        code: "custom",
        path: ["quietEnd"],
        message: "Quiet hours must end at another time than they start",
      });
  });

/** Saves the actor's own preferences; quiet hours off are stored as start = end. */
export const updateNotificationSettings = defineUseCase({
  input: ZUpdateNotificationSettingsInput,
  permission: "notifications.configure",
  run: async ({ actor, input }) => {
    const data = {
      inApp: input.inApp,
      email: input.email,
      digest: input.digest,
      quietStart: input.quietHours ? input.quietStart : 0,
      quietEnd: input.quietHours ? input.quietEnd : 0,
    };
    await db.$transaction([
      db.notificationSettings.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, ...data },
        update: data,
      }),
      db.user.update({ where: { id: actor.id }, data: { timeZone: input.timeZone } }),
    ]);
  },
});
