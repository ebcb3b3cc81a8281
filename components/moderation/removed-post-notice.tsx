import { ShieldX } from "lucide-react";
import { RichText } from "@/components/content/rich-text";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";

/** What the author of a removed post sees on its page: the reason, and their words (nobody else sees either). */
export function RemovedPostNotice({ post }: { post: { bodyHtml: string; reason: string; removedAt: string } }) {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="sr-only">Your removed post</h1>
      <div role="status" className="flex gap-3 rounded-2xl bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200">
        <ShieldX className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
        <div>
          <p className="font-semibold">
            A moderator removed this post <RelativeTime iso={post.removedAt} />. Only you can see it.
          </p>
          <p className="mt-1">
            <span className="font-medium">Reason:</span> <span data-testid="removed-reason">{post.reason}</span>
          </p>
        </div>
      </div>
      <Card className="opacity-80">
        <RichText html={post.bodyHtml} />
      </Card>
    </div>
  );
}
