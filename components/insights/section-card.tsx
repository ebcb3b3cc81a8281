import { Download } from "lucide-react";
import { Card } from "@/components/ui/card";

/** One pillar: a heading, what it measures, its CSV export, then its figures. */
export function SectionCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-title`} className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-title`} className="text-lg font-semibold text-stone-900">
            {title}
          </h2>
          <p className="mt-0.5 max-w-2xl text-sm text-stone-600">{description}</p>
        </div>
        <a
          href={`/insights/csv/${id}`}
          download
          className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium text-ember-800 ring-1 ring-stone-200 hover:bg-stone-50"
        >
          <Download className="size-4" aria-hidden="true" /> CSV<span className="sr-only"> of {title}</span>
        </a>
      </div>
      {children}
    </Card>
  );
}
