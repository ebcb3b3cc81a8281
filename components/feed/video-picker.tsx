"use client";

import { Film, X } from "lucide-react";
import { useId, useState } from "react";
import { capturePosterFrame } from "@/components/feed/capture-poster";
import type { VideoRef } from "@/lib/uploads/video-ref";

const MAX_BYTES = 50 * 1024 * 1024;

/** Uploads one MP4 or WebM video with a poster frame captured here; the form submits only its id. */
export function VideoPicker({
  video,
  onVideoChange,
  inputName = "videoId",
}: {
  video: VideoRef | null;
  onVideoChange: (video: VideoRef | null) => void;
  inputName?: string;
}) {
  const inputId = useId();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_BYTES) return setError(`${file.name}: videos can be at most 50 MB.`);
    setUploading(true);
    const frame = await capturePosterFrame(file);
    const form = new FormData();
    form.set("file", file);
    if (frame.poster) form.set("poster", frame.poster, "poster.jpg");
    if (frame.width > 0) form.set("width", String(frame.width));
    if (frame.height > 0) form.set("height", String(frame.height));
    if (frame.durationSec !== null) form.set("durationSec", String(frame.durationSec));
    const response = await fetch("/api/uploads/videos", { method: "POST", body: form }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as (VideoRef & { error?: { message: string } }) | null;
    setUploading(false);
    if (response?.ok && body) onVideoChange({ id: body.id, url: body.url, posterUrl: body.posterUrl });
    else setError(`${file.name}: ${body?.error?.message ?? "the upload failed. Try again."}`);
  }

  return (
    <div>
      {video && <input type="hidden" name={inputName} value={video.id} />}
      {video ? (
        <div className="relative inline-block">
          <video
            src={video.url}
            poster={video.posterUrl ?? undefined}
            preload="metadata"
            controls
            muted
            aria-label="Attached video"
            data-testid="attached-video"
            className="h-32 rounded-lg bg-stone-900 ring-1 ring-stone-200"
          />
          <button
            type="button"
            onClick={() => onVideoChange(null)}
            aria-label="Remove video"
            className="absolute -right-1.5 -top-1.5 rounded-full bg-stone-900 p-0.5 text-white"
          >
            <X className="size-3.5" aria-hidden="true" />
          </button>
        </div>
      ) : (
        <label
          htmlFor={inputId}
          className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100 focus-within:ring-2 focus-within:ring-ember-600"
        >
          <Film className="size-4" aria-hidden="true" /> Add a video
          <input
            id={inputId}
            type="file"
            accept="video/mp4,video/webm"
            className="sr-only"
            disabled={uploading}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
              event.target.value = "";
            }}
          />
        </label>
      )}
      {uploading && (
        <span role="status" className="ml-2 text-sm text-stone-500">
          Uploading the video…
        </span>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
