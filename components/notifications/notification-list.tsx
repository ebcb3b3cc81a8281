"use client";

import clsx from "clsx";
import {
  AlarmClock,
  AtSign,
  Award,
  CalendarClock,
  CircleCheckBig,
  CircleX,
  DoorOpen,
  Download,
  EyeOff,
  Flag,
  Heart,
  HeartHandshake,
  Lightbulb,
  ListChecks,
  Megaphone,
  MessageCircle,
  MessageCircleQuestion,
  Radio,
  Reply,
  Share2,
  ShieldCheck,
  Snowflake,
  Sparkles,
  Trophy,
  UserPlus,
  Users,
} from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { markNotificationsReadAction } from "@/app/(app)/posts/actions";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { NotificationGroup } from "@/lib/notifications/list-notifications";

const icons = {
  COMMENT: MessageCircle,
  REPLY: Reply,
  MENTION: AtSign,
  REACTION: Heart,
  ANNOUNCEMENT: Megaphone,
  FOLLOW: UserPlus,
  QUESTION_ASKED: MessageCircleQuestion,
  QUESTION_ANSWERED: CircleCheckBig,
  QUESTION_HANDED_OVER: Share2,
  QUESTION_HIDDEN: EyeOff,
  ACTION_ASSIGNED: ListChecks,
  ACTION_UPDATED: ListChecks,
  ACTION_OVERDUE: AlarmClock,
  COMMUNITY_JOIN_REQUEST: DoorOpen,
  COMMUNITY_JOIN_APPROVED: Users,
  COMMUNITY_JOIN_DECLINED: CircleX,
  COMMUNITY_INVITED: UserPlus,
  COMMUNITY_ROLE_CHANGED: ShieldCheck,
  COMMUNITY_REVIEW_DUE: CalendarClock,
  COMMUNITY_GOING_COLD: Snowflake,
  COMMUNITY_POST: MessageCircle,
  CONTENT_REMOVED: EyeOff,
  REPORT_FILED: Flag,
  PRIDE_TAGGED: Award,
  APPRECIATED: HeartHandshake,
  CHALLENGE_OPENED: Trophy,
  CHALLENGE_WON: Sparkles,
  LIVE_SHOW_SCHEDULED: CalendarClock,
  LIVE_SHOW_REMINDER: AlarmClock,
  LIVE_SHOW_STARTED: Radio,
  NUDGE: Lightbulb,
  DATA_EXPORT_READY: Download,
} as const satisfies Record<NotificationGroup["type"], unknown>;

function who(group: NotificationGroup) {
  const [first, second] = group.actors;
  // No actor: anonymous (a question asked anonymously never names its asker) or the system.
  if (!first) return group.type === "QUESTION_ASKED" ? "A colleague (anonymously)" : "Someone";
  if (group.actorCount <= 1) return first.name;
  if (group.actorCount === 2 && second) return `${first.name} and ${second.name}`;
  const others = group.actorCount - 1;
  return `${first.name} and ${others} other${others === 1 ? "" : "s"}`;
}

export function describe(group: NotificationGroup) {
  const actors = who(group);
  switch (group.type) {
    case "COMMENT":
      return `${actors} commented on your post`;
    case "REPLY":
      return `${actors} replied to your comment`;
    case "MENTION":
      return `${actors} mentioned you`;
    case "REACTION":
      return `${actors} reacted to your post`;
    case "ANNOUNCEMENT":
      return `${actors} posted an announcement`;
    case "FOLLOW":
      return `${actors} started following you`;
    case "QUESTION_ASKED":
      return `${actors} asked leadership a question`;
    case "QUESTION_ANSWERED":
      return `${actors} answered a question you follow`;
    case "QUESTION_HANDED_OVER":
      return `${actors} asked you to take a question`;
    case "QUESTION_HIDDEN":
      return "A question of yours was hidden by a moderator";
    case "ACTION_ASSIGNED":
      return `${actors} assigned you an action item`;
    case "ACTION_UPDATED":
      return `${actors} updated an action item`;
    case "ACTION_OVERDUE":
      return "An action item is overdue";
    case "COMMUNITY_JOIN_REQUEST":
      return `${actors} asked to join a community you moderate`;
    case "COMMUNITY_JOIN_APPROVED":
      return "Your request to join a community was approved";
    case "COMMUNITY_JOIN_DECLINED":
      return "Your request to join a community was declined";
    case "COMMUNITY_INVITED":
      return `${actors} invited you to a community`;
    case "COMMUNITY_ROLE_CHANGED":
      return `${actors} changed your role in a community`;
    case "COMMUNITY_REVIEW_DUE":
      return "Your community's purpose is due for review: renew, widen or close it";
    case "COMMUNITY_GOING_COLD":
      return "A community you own is going cold";
    case "COMMUNITY_POST":
      return `${actors} posted in a community`;
    case "CONTENT_REMOVED":
      return "A moderator removed something you wrote";
    case "REPORT_FILED":
      return "New report to review";
    case "PRIDE_TAGGED":
      return `${actors} credited you in a moment of pride`;
    case "APPRECIATED":
      return `${actors} thanked you`;
    case "CHALLENGE_OPENED":
      return `${actors} opened a challenge`;
    case "CHALLENGE_WON":
      return "You won a challenge!";
    case "LIVE_SHOW_SCHEDULED":
      return `${actors} scheduled a live show`;
    case "LIVE_SHOW_REMINDER":
      return "A live show you RSVP'd to starts soon";
    case "LIVE_SHOW_STARTED":
      return "A live show you RSVP'd to is live now";
    case "NUDGE":
      return "A suggestion for you";
    case "DATA_EXPORT_READY":
      return "Your data export is ready to download for 7 days";
  }
}

const READ = { ok: true, data: null } as const;

export function NotificationList({ initial }: { initial: { items: NotificationGroup[]; nextCursor: string | null } }) {
  const [groups, setGroups] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  // Marking read is a nicety: the list reloads and a notification opens whatever the server answered.
  const { run, pending } = useServerAction(callAction);
  const router = useRouter();

  const reload = useCallback(async () => {
    const response = await fetch("/api/notifications", { cache: "no-store" });
    if (!response.ok) return;
    const page = (await response.json()) as { items: NotificationGroup[]; nextCursor: string | null };
    setGroups(page.items);
    setCursor(page.nextCursor);
  }, []);
  useRealtimeEvent(["notification.created", "notification.read"], () => void reload());

  async function more() {
    if (!cursor) return;
    const response = await fetch(`/api/notifications?cursor=${encodeURIComponent(cursor)}`);
    if (!response.ok) return;
    const page = (await response.json()) as { items: NotificationGroup[]; nextCursor: string | null };
    setGroups((current) => [...current, ...page.items]);
    setCursor(page.nextCursor);
  }

  const unread = groups.some((group) => group.unread);
  return (
    <>
      <div className="mb-4 flex justify-end">
        <Button
          variant="secondary"
          size="sm"
          disabled={!unread || pending}
          onClick={() =>
            run(async () => {
              const result = await markNotificationsReadAction();
              await reload();
              return result;
            })
          }
        >
          Mark all as read
        </Button>
      </div>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
        {groups.map((group) => {
          const Icon = icons[group.type];
          return (
            <li key={group.key}>
              <a
                href={group.href}
                onClick={(event) => {
                  event.preventDefault();
                  run(async () => {
                    const result = group.unread ? await markNotificationsReadAction(group.groupKey) : READ;
                    router.push(group.href);
                    return result;
                  });
                }}
                className={clsx("flex gap-3 px-4 py-3 hover:bg-stone-50", group.unread && "bg-ember-50/60")}
              >
                <span
                  className={clsx(
                    "mt-0.5 inline-flex size-8 shrink-0 items-center justify-center rounded-full",
                    group.unread ? "bg-ember-100 text-ember-800" : "bg-stone-100 text-stone-500",
                  )}
                >
                  <Icon className="size-4" aria-hidden="true" />
                </span>
                <span className="min-w-0 flex-1">
                  <span
                    className={clsx("block text-sm", group.unread ? "font-semibold text-stone-900" : "text-stone-800")}
                  >
                    {describe(group)}
                    {group.unread && <span className="sr-only"> (unread)</span>}
                  </span>
                  {group.excerpt && (
                    <span className="mt-0.5 line-clamp-2 block text-sm text-stone-600">“{group.excerpt}”</span>
                  )}
                  <span className="mt-0.5 block text-xs text-stone-500">
                    <RelativeTime iso={group.latestAt} />
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {cursor && (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={() => void more()}>
            Load older notifications
          </Button>
        </div>
      )}
    </>
  );
}
