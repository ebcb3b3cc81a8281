import { MonitorPlay } from "lucide-react";
import { EMBED_ALLOW, EMBED_SANDBOX, streamKindOf } from "@/lib/live-shows/stream";

/**
 * The stream or the recording. A direct .mp4/.webm plays in our own <video>; anything else is a third-party
 * embed: sandboxed, only player features allowed, no referrer, and loaded without cookies (credentialless).
 */
export function ShowPlayer({ url, title, waiting }: { url: string | null; title: string; waiting: string }) {
  if (!url) {
    return (
      <div className="flex aspect-video w-full flex-col items-center justify-center gap-2 rounded-2xl bg-stone-900 px-6 text-center text-stone-200">
        <MonitorPlay className="size-10 text-ember-300" aria-hidden="true" />
        <p className="text-sm">{waiting}</p>
      </div>
    );
  }
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
