"use client";

import clsx from "clsx";
import { Bell, BellRing } from "lucide-react";
import { useState } from "react";
import { setQuestionFollowAction } from "@/app/(app)/ask/actions";
import { useServerAction } from "@/components/ui/use-server-action";

/** Follow a question to be notified of its answers. */
export function FollowQuestionButton({ questionId, isFollowing }: { questionId: string; isFollowing: boolean }) {
  const [following, setFollowing] = useState(isFollowing);
  const { run, pending, error } = useServerAction(setQuestionFollowAction, {
    onError: (_, __, next) => setFollowing(!next),
  });
  const Icon = following ? BellRing : Bell;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={following}
        disabled={pending}
        title={following ? "You will be notified of answers. Click to stop." : "Be notified when it is answered"}
        onClick={() => {
          setFollowing(!following);
          run(questionId, !following);
        }}
        className={clsx(
          "inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 transition-colors",
          following
            ? "bg-amber-50 text-amber-900 ring-amber-300"
            : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50",
        )}
      >
        <Icon className="size-3.5" aria-hidden="true" />
        {following ? "Following" : "Follow"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
