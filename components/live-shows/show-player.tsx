import { Clock, MonitorPlay, Radio } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { formatDate } from "@/lib/format/dates";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";
import { EMBED_ALLOW, EMBED_SANDBOX, streamKindOf } from "@/lib/live-shows/stream";

type Host = { name: string; avatarUrl: string | null };

/**
 * The stream or the recording. A direct .mp4/.webm plays in our own <video>; anything else is a third-party
 * embed: sandboxed, only player features allowed, no referrer, and loaded without cookies (credentialless).
 * Without a stream there is no black box: the host, the time and what to expect.
 */
export function ShowPlayer({
  url,
  title,
  status,
  host,
  startsAt,
  startedAt,
}: {
  url: string | null;
  title: string;
  status: LiveShowStatus;
  host: Host;
  startsAt: string;
  startedAt: string | null;
}) {
  if (!url) return <NoStream status={status} host={host} startsAt={startsAt} startedAt={startedAt} />;
  if (streamKindOf(url) === "video") {
    return (
      <video
        src={url}
        controls
        preload="metadata"
        className="aspect-video w-full rounded-2xl bg-black"
        aria-label={`${title} (video)`}
      />
    );
  }
  return (
    <iframe
      src={url}
      title={`${title} (stream)`}
      sandbox={EMBED_SANDBOX}
      allow={EMBED_ALLOW}
      referrerPolicy="no-referrer"
      loading="lazy"
      {...{ credentialless: "" }}
      className="aspect-video w-full rounded-2xl bg-black"
    />
  );
}

function NoStream({
  status,
  host,
  startsAt,
  startedAt,
}: {
  status: LiveShowStatus;
  host: Host;
  startsAt: string;
  startedAt: string | null;
}) {
  const firstName = host.name.split(" ")[0] ?? host.name;
  const state =
    status === "SCHEDULED"
      ? {
          Icon: Clock,
          title: "The stream starts soon",
          text: `${firstName} goes live on ${formatDate(startsAt, "weekdayTime")}. The stream appears here then; the comments open beside it.`,
        }
      : status === "LIVE"
        ? {
            Icon: Radio,
            title: "Live in the comments",
            text: `${firstName} is live since ${formatDate(startedAt ?? startsAt, "time")} without a video stream: follow along and talk in the comments.`,
          }
        : { Icon: MonitorPlay, title: "No recording", text: "This show has no recording; the comment log is kept." };
  return (
    <div
      data-testid="show-no-stream"
      className="flex items-center gap-4 rounded-2xl bg-gradient-to-br from-ember-50 to-white p-4 ring-1 ring-ember-200 sm:p-5"
    >
      <Avatar name={host.name} src={host.avatarUrl} size="lg" />
      <div className="min-w-0">
        <p className="flex items-center gap-1.5 text-base font-semibold text-stone-900">
          <state.Icon className="size-4 shrink-0 text-ember-700" aria-hidden="true" /> {state.title}
        </p>
        <p className="mt-0.5 text-sm text-stone-700">{state.text}</p>
      </div>
    </div>
  );
}
