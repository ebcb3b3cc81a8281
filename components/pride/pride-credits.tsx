import { Award } from "lucide-react";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import type { PostView } from "@/lib/posts/post-view";

/** The ribbon above a moment of pride. */
export function PrideRibbon() {
  return (
    <p className="mb-3 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-ember-800">
      <span className="inline-flex size-6 items-center justify-center rounded-full bg-gradient-to-br from-amber-300 to-ember-500 text-white shadow-sm">
        <Award className="size-3.5" aria-hidden="true" />
      </span>
      Moment of pride
    </p>
  );
}

/** Who made it happen and the values it showed, under the story. */
export function PrideCredits({ post }: { post: Pick<PostView, "id" | "prideTags" | "values"> }) {
  return (
    <div className="mt-3 space-y-2">
      {post.prideTags.length > 0 && (
        <div>
          <p id={`post-${post.id}-credits`} className="text-xs font-medium text-ember-900">
            Made it happen
          </p>
          <ul aria-labelledby={`post-${post.id}-credits`} className="mt-1 flex flex-wrap gap-1.5">
            {post.prideTags.map((person) => (
              <li key={person.id}>
                <Link
                  href={`/people/${person.handle}`}
                  className="inline-flex items-center gap-1.5 rounded-full bg-white py-0.5 pl-0.5 pr-2.5 text-sm font-medium text-stone-900 shadow-sm ring-1 ring-ember-200 hover:ring-ember-400"
                >
                  <Avatar name={person.name} src={person.avatarUrl} size="sm" className="!size-6 !text-[10px]" />
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {post.values.length > 0 && (
        <ul aria-label="Values shown" className="flex flex-wrap gap-1.5">
          {post.values.map((value) => (
            <li key={value.id}>
              <Link
                href={`/pride?value=${value.slug}`}
                className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-950 ring-1 ring-amber-300 hover:bg-amber-200"
              >
                <span aria-hidden="true">{value.emoji}</span> {value.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
