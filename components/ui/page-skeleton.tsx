export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-7 w-48 rounded-lg bg-stone-200" />
      <div className="h-4 w-80 max-w-full rounded bg-stone-200" />
      <div className="grid gap-4 pt-2 sm:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="h-24 rounded-2xl bg-white ring-1 ring-stone-200" />
        ))}
      </div>
    </div>
  );
}
