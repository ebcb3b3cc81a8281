"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { submitEntryAction } from "@/app/(app)/challenges/actions";
import { ImagePicker, type PendingImage } from "@/components/feed/image-picker";
import { VideoPicker } from "@/components/feed/video-picker";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { POST_MAX_LENGTH } from "@/lib/posts/post-limits";
import type { VideoRef } from "@/lib/uploads/video-ref";
import { useFormAction } from "@/components/ui/use-server-action";

/** Enters the challenge: a few words and photos or one video. What was typed and attached survives a refusal. */
export function EntryForm({ challengeId }: { challengeId: string }) {
  const [body, setBody] = useState("");
  const [images, setImages] = useState<PendingImage[]>([]);
  const [video, setVideo] = useState<VideoRef | null>(null);
  const { state, action, pending, fieldErrors: errors } = useFormAction(submitEntryAction);
  const router = useRouter();

  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);

  const mediaError = errors.media ?? errors.imageIds ?? errors.videoId;
  if (state.status === "ok") return <FormMessage status="ok" message={state.message} />;
  return (
    <form
      action={action}
      aria-label="Your entry"
      noValidate
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <h2 className="text-base font-semibold text-stone-900">Your entry</h2>
      <input type="hidden" name="challengeId" value={challengeId} />
      {images.map((image) => (
        <input key={image.id} type="hidden" name="imageIds" value={image.id} />
      ))}
      <div>
        <label htmlFor="entry-body" className="block text-sm font-medium text-stone-800">
          Tell colleagues about it
        </label>
        <textarea
          id="entry-body"
          name="body"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          rows={3}
          placeholder="What did you make, and with which of our products?"
          aria-invalid={errors.body ? true : undefined}
          aria-describedby="entry-body-hint"
          className={clsx(
            "mt-1.5 block w-full resize-y rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none",
            errors.body ? "ring-red-600" : "ring-stone-300",
          )}
        />
        <p id="entry-body-hint" className={clsx("mt-1 text-xs", errors.body ? "text-red-700" : "text-stone-600")}>
          {errors.body ?? "Markdown and @mentions work."}{" "}
          <span className="tabular-nums">
            {body.length}/{POST_MAX_LENGTH}
          </span>
        </p>
      </div>
      <div>
        <p className="text-sm font-medium text-stone-800">Photos or a video</p>
        <div
          className={clsx(
            "mt-1.5 flex flex-wrap items-start gap-2 rounded-lg p-2 ring-1 ring-inset",
            mediaError ? "ring-red-600" : "ring-stone-200",
          )}
        >
          {!video && <ImagePicker images={images} onImagesChange={setImages} />}
          {images.length === 0 && <VideoPicker video={video} onVideoChange={setVideo} />}
        </div>
        {mediaError && <p className="mt-1 text-sm text-red-700">{mediaError}</p>}
      </div>
      {state.status === "error" && <FormMessage status="error" message={state.message} />}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Entering…" : "Enter the challenge"}
        </Button>
      </div>
    </form>
  );
}
