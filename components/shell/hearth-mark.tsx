import clsx from "clsx";

/** Hearth's mark: a flame in a rounded hearth. */
export function HearthMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={clsx("shrink-0", className)} aria-hidden="true">
      <rect width="48" height="48" rx="14" className="fill-ember-700" />
      <path
        d="M24 9c3 6 10 9.5 10 18.5a10 10 0 0 1-20 0c0-5 3-8 5-10 .5 3 2 5 4 5.5C22 18 21 13.5 24 9Z"
        className="fill-amber-200"
      />
      <path d="M24 25c2 2.5 4.5 4 4.5 7.5a4.5 4.5 0 0 1-9 0c0-2.5 2-4.5 4.5-7.5Z" className="fill-ember-500" />
    </svg>
  );
}
