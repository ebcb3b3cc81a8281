"use client";

import clsx from "clsx";
import { useActionState, useEffect, useState } from "react";
import { createPostAction, previewPostAction } from "@/app/(app)/posts/actions";
import { PreviewPane, useMarkdownPreview, WritePreviewTabs } from "@/components/content/markdown-preview";
import { ImagePicker, type PendingImage } from "@/components/feed/image-picker";
import { MentionTextarea } from "@/components/feed/mention-textarea";
import { VideoPicker } from "@/components/feed/video-picker";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/action-state";
import type { VideoRef } from "@/lib/uploads/video-ref";

const MAX_LENGTH = 5000;

/**
 * Writes a post: markdown with a live preview, @mentions, images, one video and, for leaders and admins,
 * announcements pinned until a date. Everything typed stays in state, so a refused post loses nothing.
 */
export function Composer({ me, canAnnounce, onPosted }: { me: { name: string }; canAnnounce: boolean; onPosted: (postId: string) => void }) {
  const [body, setBody] = useState("");
  const [images, setImages] = useState<PendingImage[]>([]);
  const [video, setVideo] = useState<VideoRef | null>(null);
  const [announcement, setAnnouncement] = useState(false);
  const [pinnedUntil, setPinnedUntil] = useState("");
  const { tab, setTab, preview, previewing, showPreview } = useMarkdownPreview(previewPostAction);
  const [state, action, pending] = useActionState<ActionState, FormData>(createPostAction, { status: "idle" });

  useEffect(() => {
    if (state.status !== "ok" || !state.id) return;
    onPosted(state.id);
    // Reset happens in response to the server's answer, which is what an effect is for.
    /* eslint-disable react-hooks/set-state-in-effect */
    setBody("");
    setImages([]);
    setVideo(null);
    setAnnouncement(false);
    setPinnedUntil("");
    setTab("write");
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [state, onPosted, setTab]);

  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const over = body.length > MAX_LENGTH;
  return (
    <form action={action} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5" aria-label="New post" noValidate>
      <div className="flex gap-3">
        <Avatar name={me.name} className="hidden sm:inline-flex" />
        <div className="min-w-0 flex-1 space-y-3">
          <WritePreviewTabs
            label="Composer mode"
            tab={tab}
            onWrite={() => setTab("write")}
            onPreview={() => showPreview(body)}
            className="text-sm"
            buttonClassName="rounded-lg px-3 py-1"
          />
          <input type="hidden" name="body" value={body} />
          {images.map((image) => (
            <input key={image.id} type="hidden" name="imageIds" value={image.id} />
          ))}
          <div hidden={tab !== "write"}>
            <label htmlFor="composer-body" className="sr-only">
              Post text
            </label>
            <MentionTextarea
              id="composer-body"
              value={body}
              onValueChange={setBody}
              rows={body.split("\n").length > 3 ? 6 : 3}
              placeholder={`What's happening, ${me.name.split(" ")[0]}? Use @ to mention a colleague.`}
              aria-invalid={errors.body || over ? true : undefined}
              aria-describedby="composer-hint"
              className={clsx(
                "block w-full resize-y rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none",
                errors.body || over ? "ring-red-600" : "ring-stone-300",
              )}
            />
          </div>
          {tab === "preview" && <PreviewPane preview={preview} previewing={previewing} />}
          <p id="composer-hint" className={clsx("text-xs", errors.body || over ? "text-red-700" : "text-stone-500")}>
            {errors.body ?? (over ? `Posts can be at most ${MAX_LENGTH} characters.` : "**bold**, *italic*, lists, > quotes, `code` and links work.")}{" "}
            <span className="tabular-nums">
              {body.length}/{MAX_LENGTH}
            </span>
          </p>
          <div className="flex flex-wrap items-start gap-x-2">
            <ImagePicker images={images} onImagesChange={setImages} />
            <VideoPicker video={video} onVideoChange={setVideo} />
          </div>
          {canAnnounce && (
            <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-200">
              <legend className="sr-only">Announcement</legend>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="kind" value="ANNOUNCEMENT" checked={announcement} onChange={(event) => setAnnouncement(event.target.checked)} className="size-4 accent-ember-700" />
                Post as an announcement (notifies everyone)
              </label>
              {announcement && (
                <label className="inline-flex items-center gap-2">
                  Pin until
                  <input
                    type="date"
                    name="pinnedUntil"
                    value={pinnedUntil}
                    onChange={(event) => setPinnedUntil(event.target.value)}
                    aria-invalid={errors.pinnedUntil ? true : undefined}
                    className="rounded-md border-0 px-2 py-1 ring-1 ring-stone-300"
                  />
                </label>
              )}
              {errors.pinnedUntil && <span className="w-full text-red-700">{errors.pinnedUntil}</span>}
            </fieldset>
          )}
          {state.status === "error" && <FormMessage status="error" message={state.message} />}
          <div className="flex justify-end">
            <Button type="submit" disabled={pending || over || body.trim().length === 0}>
              {pending ? "Posting…" : "Post"}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}
