import { HeartHandshake } from "lucide-react";
import Link from "next/link";
import clsx from "clsx";

type Appreciation = {
  id: string;
  message: string;
  leader: { id: string; handle: string; name: string; title: string };
};

/** Leaders' thank-yous on a post or comment: named, with their title and words, styled apart from reactions. */
export function AppreciationList({
  appreciations,
  compact,
  className,
}: {
  appreciations: Appreciation[];
  compact?: boolean;
  className?: string;
}) {
  if (appreciations.length === 0) return null;
  return (
    <ul aria-label="Appreciated by leaders" className={clsx("space-y-1.5", className)} data-testid="appreciations">
      {appreciations.map((appreciation) => (
        <li
          key={appreciation.id}
          className={clsx(
            "flex items-start gap-2 rounded-xl bg-violet-50 text-violet-950 ring-1 ring-violet-200",
            compact ? "px-2.5 py-1.5 text-xs" : "px-3 py-2 text-sm",
          )}
        >
          <HeartHandshake
            className={clsx("mt-0.5 shrink-0 text-violet-700", compact ? "size-3.5" : "size-4")}
            aria-hidden="true"
          />
          <p className="min-w-0">
            Appreciated by{" "}
            <Link href={`/people/${appreciation.leader.handle}`} className="font-semibold hover:underline">
              {appreciation.leader.name}
            </Link>
            {appreciation.leader.title && <span className="text-violet-800">, {appreciation.leader.title}</span>}
            {appreciation.message && (
              <span className="mt-0.5 block italic text-violet-900">“{appreciation.message}”</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
