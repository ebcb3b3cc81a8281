import clsx from "clsx";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";
import type { PersonHit, SearchHit } from "@/lib/search/search";
import { markedParts, plainSnippet } from "@/lib/search/snippet";

export const TYPE_LABELS = {
  all: "Everything",
  posts: "Posts",
  comments: "Comments",
  questions: "Questions",
  answers: "Answers",
  actionItems: "Action items",
  communities: "Communities",
  people: "People",
  liveShows: "Live shows",
  challenges: "Challenges",
} as const;

const HIT_LABEL: Record<SearchHit["type"], string> = {
  posts: "Post",
  comments: "Comment",
  questions: "Question",
  answers: "Answer",
  actionItems: "Action item",
  communities: "Community",
  liveShows: "Live show",
  challenges: "Challenge",
};

const POST_KIND_LABEL: Record<string, string> = {
  PRIDE: "Moment of pride",
  POLL: "Poll",
  ANNOUNCEMENT: "Announcement",
};

/** Text with its matches marked: <mark> for each, plain text around. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {markedParts(plainSnippet(text)).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-medium text-stone-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function contextLine(hit: SearchHit): string | null {
  switch (hit.type) {
    case "posts":
      return hit.context ? (POST_KIND_LABEL[hit.context] ?? null) : null;
    case "comments":
      return hit.context ? `On “${plainSnippet(hit.context)}…”` : null;
    case "answers":
      return hit.context ? `Answer to “${hit.context}”` : null;
    case "communities":
      return hit.context ? `${hit.context} members` : null;
    default:
      return null;
  }
}

export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const context = contextLine(hit);
  const snippet = hit.snippet.trim();
  return (
    <li className="relative rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 focus-within:ring-2 focus-within:ring-ember-600 hover:ring-stone-300">
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <Badge className="bg-stone-100 text-stone-700">{HIT_LABEL[hit.type]}</Badge>
        {context && <span className="min-w-0 truncate">{context}</span>}
      </div>
      <h3 className="mt-2 text-base font-semibold text-stone-900">
        <Link href={hit.href} className="after:absolute after:inset-0 focus:outline-none">
          {hit.title ? <Highlighted text={hit.title} /> : <span>{snippetTitle(hit)}</span>}
        </Link>
      </h3>
      {snippet && (hit.title || hit.type === "posts" || hit.type === "comments" || hit.type === "answers") && (
        <p className="mt-1 line-clamp-3 text-sm text-stone-700">
          <Highlighted text={snippet} />
        </p>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
        {hit.author && (
          <span className="inline-flex items-center gap-1.5">
            <Avatar name={hit.author.name} src={hit.author.avatarUrl} size="sm" className="!size-5 !text-[0.6rem]" />
            {hit.author.name}
          </span>
        )}
        {hit.type === "questions" && !hit.author && <span>Asked anonymously</span>}
        {hit.community && hit.type !== "communities" && <span>in {hit.community.name}</span>}
        <time dateTime={hit.createdAt}>{formatDate(hit.createdAt, "day")}</time>
      </p>
    </li>
  );
}

function snippetTitle(hit: SearchHit): string {
  if (hit.type === "posts") return hit.author ? `${hit.author.name} posted` : "Post";
  if (hit.type === "comments") return hit.author ? `${hit.author.name} commented` : "Comment";
  if (hit.type === "answers") return hit.author ? `${hit.author.name} answered` : "Answer";
  return HIT_LABEL[hit.type];
}

export function PeopleHits({ people, className }: { people: PersonHit[]; className?: string }) {
  return (
    <ul className={clsx("grid gap-3 sm:grid-cols-2 lg:grid-cols-3", className)}>
      {people.map((person) => (
        <li
          key={person.id}
          className="relative flex items-center gap-3 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-stone-200 focus-within:ring-2 focus-within:ring-ember-600 hover:ring-stone-300"
        >
          <Avatar name={person.name} src={person.avatarUrl} />
          <div className="min-w-0">
            <Link
              href={`/people/${person.handle}`}
              className="block truncate font-medium text-stone-900 after:absolute after:inset-0 focus:outline-none"
            >
              {person.name}
            </Link>
            <p className="truncate text-xs text-stone-600">
              {[person.title, person.department].filter(Boolean).join(" · ") || `@${person.handle}`}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
