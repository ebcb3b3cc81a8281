import { Sparkles } from "lucide-react";
import { PageHeader } from "@/components/ui/card";

/** A tidy placeholder for an area that is on its way: says what it will do, and why. */
export function ComingSoon({ title, description, points }: { title: string; description: string; points: string[] }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-8">
        <div className="flex items-center gap-3">
          <span className="inline-flex size-10 items-center justify-center rounded-full bg-ember-100 text-ember-700">
            <Sparkles className="size-5" aria-hidden="true" />
          </span>
          <div>
            <h2 className="font-semibold text-stone-900">Coming soon</h2>
            <p className="text-sm text-stone-600">This part of Hearth is being built. Here is what it will bring:</p>
          </div>
        </div>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2">
          {points.map((point) => (
            <li key={point} className="rounded-xl bg-stone-50 px-4 py-3 text-sm text-stone-700 ring-1 ring-stone-200">
              {point}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
