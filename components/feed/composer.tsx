"use client";

import clsx from "clsx";
import { useEffect, useRef, useState } from "react";
import type { ComposerForm as ComposerFormType } from "@/components/feed/composer-form";
import { Avatar } from "@/components/ui/avatar";

type Props = Parameters<typeof ComposerFormType>[0];

const importForm = () => import("@/components/feed/composer-form");

/**
 * The composer, in two steps so that a page's first paint carries none of its code (markdown preview, mentions,
 * image/video pickers, poll builder, pride fields): first its outline, with a real text box so typing can start
 * at once, then the full form, loaded when the page is idle or as soon as someone points at or focuses it.
 * What was typed in the meantime moves into the full form, focus included.
 */
export function Composer(props: Omit<Props, "initialBody" | "autoFocus">) {
  const [Form, setForm] = useState<typeof ComposerFormType | null>(null);
  const [draft, setDraft] = useState(props.initial?.body ?? "");
  const [focused, setFocused] = useState(false);
  const started = useRef(false);
  const start = () => {
    if (started.current) return;
    started.current = true;
    void importForm().then((module) => setForm(() => module.ComposerForm));
  };
  useEffect(() => {
    // Called on `window`: a detached requestIdleCallback throws "Illegal invocation".
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(start, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(start, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }, []);

  if (Form) return <Form {...props} initialBody={draft} autoFocus={focused} />;
  const isPride = props.prideOnly;
  return (
    <div
      onPointerEnter={start}
      onFocusCapture={start}
      aria-busy="true"
      className={clsx(
        "rounded-2xl p-4 shadow-sm sm:p-5",
        isPride ? "bg-gradient-to-br from-white to-ember-50 ring-2 ring-ember-200" : "bg-white ring-1 ring-stone-200",
      )}
    >
      <div className="flex gap-3">
        <div className="hidden shrink-0 sm:block">
          <Avatar name={props.me.name} />
        </div>
        <div className="min-w-0 flex-1 space-y-3">
          {/* The toolbar's outline; its controls arrive with the form. */}
          <div className="flex h-7.5 items-center justify-between gap-2" aria-hidden="true" inert>
            {!isPride && <div className="h-7.5 w-56 rounded-lg bg-stone-100" />}
            <div className="h-7.5 w-32 rounded-lg bg-stone-100" />
          </div>
          <label htmlFor="composer-body" className="sr-only">
            Post text
          </label>
          <textarea
            id="composer-body"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            rows={3}
            placeholder={placeholder(props)}
            className="block w-full resize-y rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-stone-300 placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none"
          />
          {/* The hint, pickers, poll and Post button of the full form: reserved so the feed does not jump. */}
          <div className="h-36" aria-hidden="true" />
        </div>
      </div>
    </div>
  );
}

function placeholder({ prideOnly, community, me }: Omit<Props, "initialBody" | "autoFocus">) {
  if (prideOnly) return "What happened? Tell the story of what your colleagues made happen.";
  if (community) return `Write to ${community.name}…`;
  return `What's happening, ${me.name.split(" ")[0]}? Use @ to mention a colleague.`;
}
