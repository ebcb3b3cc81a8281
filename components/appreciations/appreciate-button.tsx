"use client";

import clsx from "clsx";
import { HeartHandshake } from "lucide-react";
import { useId, useState } from "react";
import { setAppreciationAction } from "@/app/(app)/pride/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

const MAX = 280;

/**
 * A leader's "thank you" on a post or comment: a short optional message, sent once; withdrawn with one click.
 * Shown only to those who may appreciate (the server refuses everyone else anyway).
 */
export function AppreciateButton({
  target,
  appreciated,
  onChanged,
  onError,
  small,
}: {
  target: { postId: string } | { commentId: string };
  appreciated: boolean;
  onChanged: () => void;
  onError: (message: string) => void;
  small?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const id = useId();
  const { run, pending } = useServerAction(setAppreciationAction, {
    onSuccess: () => {
      setOpen(false);
      setMessage("");
      onChanged();
    },
    onError: (failure) => onError(failure.fieldErrors.message ?? failure.error),
  });
  const send = (active: boolean) => run(target, active, active ? message : "");

  if (appreciated) {
    return (
      <button
        type="button"
        disabled={pending}
        onClick={() => send(false)}
        className={clsx(
          "inline-flex items-center gap-1.5 font-medium text-violet-800 hover:text-violet-950",
          small ? "text-xs" : "text-sm",
        )}
      >
        <HeartHandshake className={small ? "size-3.5" : "size-4"} aria-hidden="true" />{" "}
        {pending ? "Withdrawing…" : "Withdraw thanks"}
      </button>
    );
  }
  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((value) => !value)}
        className={clsx(
          "inline-flex items-center gap-1.5 font-medium text-violet-700 hover:text-violet-900",
          small ? "text-xs" : "text-sm",
        )}
      >
        <HeartHandshake className={small ? "size-3.5" : "size-4"} aria-hidden="true" /> Say thank you
      </button>
      {open && (
        <form
          id={`${id}-form`}
          onSubmit={(event) => (event.preventDefault(), send(true))}
          onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
          className="absolute right-0 z-20 mt-2 flex w-72 max-w-[80vw] flex-col gap-2 rounded-xl bg-violet-50 p-3 shadow-lg ring-1 ring-violet-200"
        >
          <label className="text-sm text-violet-950">
            <span className="block font-medium">A short thank-you (optional)</span>
            <input
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              maxLength={MAX}
              placeholder="What made this stand out?"
              className="mt-1 block w-full rounded-lg border-0 bg-white px-3 py-1.5 text-sm ring-1 ring-inset ring-violet-300 focus:ring-2 focus:ring-violet-600 focus:outline-none"
            />
          </label>
          <Button type="submit" size="sm" disabled={pending} className="self-end !bg-violet-700 hover:!bg-violet-800">
            {pending ? "Sending…" : "Send thanks"}
          </Button>
        </form>
      )}
    </div>
  );
}
