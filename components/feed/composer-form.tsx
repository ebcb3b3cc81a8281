"use client";

import clsx from "clsx";
import { Award, Vote } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { createPostAction, previewPostAction } from "@/app/(app)/posts/actions";
import { PreviewPane, useMarkdownPreview, WritePreviewTabs } from "@/components/content/markdown-preview";
import type { PickedPerson } from "@/components/ui/person-picker";
import { ImagePicker, type PendingImage } from "@/components/feed/image-picker";
import { MentionTextarea } from "@/components/feed/mention-textarea";
import { EMPTY_POLL, PollBuilder, type PollDraft } from "@/components/polls/poll-builder";
import { PrideFields } from "@/components/pride/pride-fields";
import { VideoPicker } from "@/components/feed/video-picker";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { POST_MAX_LENGTH } from "@/lib/posts/post-limits";
import type { VideoRef } from "@/lib/uploads/video-ref";
import { useFormAction } from "@/components/ui/use-server-action";

type Mode = "post" | "pride";

/**
 * Writes a post: markdown with a live preview, @mentions, images, one video, an optional poll and, for leaders
 * and admins, announcements pinned until a date. In "Moment of pride" mode it also tags the colleagues who made
 * it happen and the values it showed (`prideOnly` keeps it there, as on the wall of pride). Everything typed
 * stays in state, so a refused post loses nothing. Loaded by components/feed/composer.tsx, which hands over
 * what was typed before it arrived (`initialBody`, and `autoFocus` when the text box had the focus).
 */
export function ComposerForm({
  me,
  canAnnounce,
  onPosted,
  community,
  prideOnly = false,
  initialBody = "",
  autoFocus = false,
  initial,
}: {
  me: { name: string };
  canAnnounce: boolean;
  onPosted: (postId: string) => void;
  community?: { id: string; name: string }; // posting into this community
  prideOnly?: boolean;
  initialBody?: string;
  autoFocus?: boolean;
  /** Pre-filled, e.g. by a nudge's one-click thank-you or welcome. */
  initial?: { body?: string; tagged?: PickedPerson[] };
}) {
  const [mode, setMode] = useState<Mode>(prideOnly ? "pride" : "post");
  const [tagged, setTagged] = useState<PickedPerson[]>(initial?.tagged ?? []);
  const [valueIds, setValueIds] = useState<string[]>([]);
  const [poll, setPoll] = useState<PollDraft | null>(null);
  const [body, setBody] = useState(initialBody || initial?.body || "");
  const focusOnce = useRef(autoFocus);
  useEffect(() => {
    if (!focusOnce.current) return;
    focusOnce.current = false;
    const field = document.getElementById("composer-body") as HTMLTextAreaElement | null;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);
  const [images, setImages] = useState<PendingImage[]>([]);
  const [video, setVideo] = useState<VideoRef | null>(null);
  const [announcement, setAnnouncement] = useState(false);
  const [pinnedUntil, setPinnedUntil] = useState("");
  const [mustRead, setMustRead] = useState(false);
  const { tab, setTab, preview, previewing, showPreview } = useMarkdownPreview(previewPostAction);
  const { state, action, pending, fieldErrors: errors } = useFormAction(createPostAction);

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
    setMustRead(false);
    setTagged([]);
    setValueIds([]);
    setPoll(null);
    setTab("write");
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [state, onPosted, setTab]);

  const over = body.length > POST_MAX_LENGTH;
  const isPride = mode === "pride";
  return (
    <form
      action={action}
      className={clsx(
        "rounded-2xl p-4 shadow-sm sm:p-5",
        isPride ? "bg-gradient-to-br from-white to-ember-50 ring-2 ring-ember-200" : "bg-white ring-1 ring-stone-200",
      )}
      aria-label={isPride ? "New moment of pride" : "New post"}
      noValidate
      onSubmit={(event) => {
        if (!over) return;
        // Too long to post: nothing is sent (a submit from the keyboard or a script too), the field says why.
        event.preventDefault();
        setTab("write");
        requestAnimationFrame(() => document.getElementById("composer-body")?.focus());
      }}
    >
      <div className="flex gap-3">
        <div className="hidden shrink-0 sm:block">
          <Avatar name={me.name} />
        </div>
        <div className="min-w-0 flex-1 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            {!prideOnly && (
              <div
                role="radiogroup"
                aria-label="What are you sharing?"
                className="flex gap-1 rounded-lg bg-stone-100 p-0.5 text-sm"
              >
                {(["post", "pride"] as const).map((option) => (
                  <label
                    key={option}
                    className={clsx(
                      "inline-flex cursor-pointer items-center gap-1.5 rounded-md px-3 py-1 font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ember-600",
                      mode === option ? "bg-white text-stone-900 shadow-sm" : "text-stone-600 hover:text-stone-900",
                    )}
                  >
                    <input
                      type="radio"
                      name="composer-mode"
                      className="sr-only"
                      checked={mode === option}
                      onChange={() => (setMode(option), option === "pride" && setAnnouncement(false))}
                    />
                    {option === "pride" && <Award className="size-4 text-ember-700" aria-hidden="true" />}
                    {option === "post" ? "Post" : "Moment of pride"}
                  </label>
                ))}
              </div>
            )}
            <WritePreviewTabs
              label="Composer mode"
              tab={tab}
              onWrite={() => setTab("write")}
              onPreview={() => showPreview(body)}
              className="text-sm"
              buttonClassName="rounded-lg px-3 py-1"
            />
          </div>
          <input type="hidden" name="body" value={body} />
          {community && <input type="hidden" name="communityId" value={community.id} />}
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
              placeholder={
                isPride
                  ? "What happened? Tell the story of what your colleagues made happen."
                  : community
                    ? `Write to ${community.name}…`
                    : `What's happening, ${me.name.split(" ")[0]}? Use @ to mention a colleague.`
              }
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
            {errors.body ??
              (over
                ? `Posts can be at most ${POST_MAX_LENGTH} characters.`
                : "**bold**, *italic*, lists, > quotes, `code` and links work.")}{" "}
            <span className="tabular-nums">
              {body.length}/{POST_MAX_LENGTH}
            </span>
          </p>
          {isPride && (
            <PrideFields
              tagged={tagged}
              onTaggedChange={setTagged}
              valueIds={valueIds}
              onValueIdsChange={setValueIds}
              errors={errors}
            />
          )}
          <div className="flex flex-wrap items-start gap-x-2">
            <ImagePicker images={images} onImagesChange={setImages} />
            <VideoPicker video={video} onVideoChange={setVideo} />
          </div>
          {poll ? (
            <PollBuilder poll={poll} onChange={setPoll} onRemove={() => setPoll(null)} errors={errors} />
          ) : (
            <button
              type="button"
              onClick={() => setPoll(EMPTY_POLL)}
              className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-700 hover:text-stone-900"
            >
              <Vote className="size-4" aria-hidden="true" /> Add a poll
            </button>
          )}
          {canAnnounce && !isPride && !community && (
            <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-200">
              <legend className="sr-only">Announcement</legend>
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  name="kind"
                  value="ANNOUNCEMENT"
                  checked={announcement}
                  onChange={(event) => setAnnouncement(event.target.checked)}
                  className="size-4 accent-ember-700"
                />
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
              {announcement && (
                <label className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="mustRead"
                    checked={mustRead}
                    onChange={(event) => setMustRead(event.target.checked)}
                    className="size-4 accent-ember-700"
                  />
                  Must read: ask readers to confirm
                </label>
              )}
              {errors.pinnedUntil && <span className="w-full text-red-700">{errors.pinnedUntil}</span>}
            </fieldset>
          )}
          {state.status === "error" && <FormMessage status="error" message={state.message} />}
          <div className="flex justify-end">
            <Button type="submit" disabled={pending || over || body.trim().length === 0}>
              {pending ? "Posting…" : isPride ? "Share the moment" : "Post"}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}
