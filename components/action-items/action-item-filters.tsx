import clsx from "clsx";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { ACTION_STATUSES, STATUS_LABELS } from "@/lib/action-items/action-item-limits";
import type { PersonRef } from "@/lib/people/person-ref";

export const ACTION_VIEWS = [
  { id: "board", label: "Board" },
  { id: "assignee", label: "By assignee" },
  { id: "leader", label: "By leader" },
  { id: "mine", label: "My action items" },
] as const;
export type ActionView = (typeof ACTION_VIEWS)[number]["id"];
export type ActionFilterValues = { status: string; assignee: string; leader: string; overdue: boolean };

export function filterQuery(filters: ActionFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.assignee) params.set("assignee", filters.assignee);
  if (filters.leader) params.set("leader", filters.leader);
  if (filters.overdue) params.set("overdue", "1");
  return params;
}

function hrefOf(view: ActionView, filters: ActionFilterValues) {
  const params = filterQuery(filters);
  if (view !== "board") params.set("view", view);
  const query = params.toString();
  return query ? `/actions?${query}` : "/actions";
}

/** The views as tabs (links that keep the filters), and the filters as a plain GET form. */
export function ActionItemFilters({
  view,
  filters,
  people,
}: {
  view: ActionView;
  filters: ActionFilterValues;
  people: { assignees: PersonRef[]; leaders: PersonRef[] };
}) {
  const filtered = Boolean(filters.status || filters.assignee || filters.leader || filters.overdue);
  return (
    <div className="mb-5 space-y-4">
      <nav aria-label="Action item views" className="-mx-1 flex gap-1 overflow-x-auto border-b border-stone-200 px-1">
        {ACTION_VIEWS.map((option) => (
          <Link
            key={option.id}
            href={hrefOf(option.id, filters)}
            aria-current={view === option.id ? "page" : undefined}
            className={clsx(
              "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
              view === option.id
                ? "border-ember-700 text-ember-800"
                : "border-transparent text-stone-600 hover:text-stone-900",
            )}
          >
            {option.label}
          </Link>
        ))}
      </nav>
      <form
        role="search"
        aria-label="Filter action items"
        className="grid grid-cols-2 items-end gap-3 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-stone-200 sm:p-4 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto]"
      >
        {view !== "board" && <input type="hidden" name="view" value={view} />}
        <SelectField label="Status" name="status" defaultValue={filters.status}>
          <option value="">Any status</option>
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Assignee" name="assignee" defaultValue={filters.assignee}>
          <option value="">Anyone</option>
          {people.assignees.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Leader" name="leader" defaultValue={filters.leader}>
          <option value="">Any leader</option>
          {people.leaders.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <label className="inline-flex items-center gap-2 py-2 text-sm whitespace-nowrap text-stone-800">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={filters.overdue}
            className="size-4 accent-ember-700"
          />
          Overdue only
        </label>
        <div className="col-span-2 flex gap-2 sm:col-span-1">
          <Button type="submit">Apply</Button>
          {filtered && (
            <ButtonLink href={hrefOf(view, { status: "", assignee: "", leader: "", overdue: false })} variant="ghost">
              Clear
            </ButtonLink>
          )}
        </div>
      </form>
    </div>
  );
}
