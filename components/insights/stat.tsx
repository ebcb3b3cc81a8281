import clsx from "clsx";

/** One headline figure. */
export function Stat({ label, value, hint, muted }: { label: string; value: string; hint?: string; muted?: boolean }) {
  return (
    <div className="rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</p>
      <p
        className={clsx(
          "mt-1 font-semibold tabular-nums",
          muted ? "text-sm text-stone-600" : "text-2xl text-stone-900",
        )}
      >
        {value}
      </p>
      {hint && <p className="mt-0.5 text-xs text-stone-600">{hint}</p>}
    </div>
  );
}
