import { Award } from "lucide-react";
import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PersonPride } from "@/lib/pride/find-person-pride";
import type { PostView } from "@/lib/posts/post-view";

function Moment({ post, line }: { post: PostView; line: string }) {
  return (
    <li className="rounded-xl bg-ember-50/60 p-3 ring-1 ring-ember-100">
      <p className="text-xs text-stone-600">
        {line} · <RelativeTime iso={post.createdAt} />
      </p>
      <RichText html={post.bodyHtml} className="mt-1 line-clamp-2 text-sm" />
      <Link href={`/posts/${post.id}`} className="mt-1 inline-block text-xs font-medium text-ember-800 hover:underline">
        Open the moment
      </Link>
    </li>
  );
}

/** A profile's pride: how often the person was credited and how often they credited others, with the latest few. */
export function ProfilePride({
  pride,
  person,
}: {
  pride: PersonPride;
  person: { handle: string; name: string; isMe: boolean };
}) {
  const first = person.isMe ? "you" : person.name.split(" ")[0]!;
  return (
    <Card aria-labelledby="pride-heading">
      <div className="flex items-center justify-between gap-3">
        <h2 id="pride-heading" className="flex items-center gap-2 font-semibold">
          <Award className="size-5 text-ember-700" aria-hidden="true" /> Pride
        </h2>
        {pride.receivedCount + pride.givenCount > 0 && (
          <Link href={`/pride?person=${person.handle}`} className="text-sm font-medium text-ember-800 hover:underline">
            On the wall
          </Link>
        )}
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-center">
        <div className="rounded-xl bg-gradient-to-br from-ember-50 to-amber-50 p-3 ring-1 ring-ember-100">
          <dt className="text-xs text-stone-600">Credited in</dt>
          <dd className="text-2xl font-semibold tabular-nums text-ember-900" data-testid="pride-received">
            {pride.receivedCount}
          </dd>
        </div>
        <div className="rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
          <dt className="text-xs text-stone-600">Moments shared</dt>
          <dd className="text-2xl font-semibold tabular-nums text-stone-900" data-testid="pride-given">
            {pride.givenCount}
          </dd>
        </div>
      </dl>
      {pride.received.length === 0 && pride.given.length === 0 ? (
        <p className="mt-3 text-sm text-stone-500">
          No moments of pride yet{person.isMe ? ": share one about a colleague on the wall of pride." : "."}
        </p>
      ) : (
        <ul className="mt-3 space-y-2">
          {pride.received.map((post) => (
            <Moment key={`r-${post.id}`} post={post} line={`${post.author.name} credited ${first}`} />
          ))}
          {pride.given.map((post) => (
            <Moment
              key={`g-${post.id}`}
              post={post}
              line={`${person.isMe ? "You" : first} credited ${post.prideTags.map((tag) => tag.name.split(" ")[0]).join(", ")}`}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
