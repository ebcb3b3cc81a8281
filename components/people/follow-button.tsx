"use client";

import { useState } from "react";
import { setFollowAction } from "@/app/(app)/posts/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

export function FollowButton({
  userId,
  name,
  initialFollowing,
  initialFollowers,
}: {
  userId: string;
  name: string;
  initialFollowing: boolean;
  initialFollowers: number;
}) {
  const [following, setFollowing] = useState(initialFollowing);
  const [followers, setFollowers] = useState(initialFollowers);
  const { run, pending, error } = useServerAction(setFollowAction, {
    onSuccess: (_, __, next) => {
      setFollowing(next);
      setFollowers((count) => count + (next ? 1 : -1));
    },
  });
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant={following ? "secondary" : "primary"}
        aria-pressed={following}
        disabled={pending}
        onClick={() => run(userId, !following)}
      >
        {following ? `Following ${name.split(" ")[0]}` : `Follow ${name.split(" ")[0]}`}
      </Button>
      <span className="text-xs text-stone-600">
        {followers} follower{followers === 1 ? "" : "s"}
      </span>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
