import type { Metadata } from "next";
import {
  ActionItemFilters,
  ACTION_VIEWS,
  filterQuery,
  type ActionFilterValues,
  type ActionView,
} from "@/components/action-items/action-item-filters";
import { ActionItemsBoard } from "@/components/action-items/action-items-board";
import { ActionItemsList } from "@/components/action-items/action-items-list";
import { AssignActionItemButton } from "@/components/action-items/assign-action-item-button";
import { PageHeader } from "@/components/ui/card";
import { ACTION_STATUSES } from "@/lib/action-items/action-item-input";
import { findActionItemBoard } from "@/lib/action-items/find-action-item-board";
import { listActionItemPeople } from "@/lib/action-items/list-action-item-people";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Action items" };

type Params = { view?: string; status?: string; assignee?: string; leader?: string; overdue?: string };

const isId = (value: string | undefined) => (value && /^[a-z0-9]{1,40}$/i.test(value) ? value : "");

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await currentActor();
  const params = await searchParams;
  // A hand-edited URL falls back to defaults instead of failing.
  const view: ActionView = ACTION_VIEWS.find((option) => option.id === params.view)?.id ?? "board";
  const filters: ActionFilterValues = {
    status: (ACTION_STATUSES as readonly string[]).includes(params.status ?? "") ? params.status! : "",
    assignee: isId(params.assignee),
    leader: isId(params.leader),
    overdue: params.overdue === "1",
  };
  const filtered = Boolean(filters.status || filters.assignee || filters.leader || filters.overdue);
  const query = filterQuery(filters);
  if (view === "assignee" || view === "leader") query.set("group", view);
  if (view === "mine") query.set("mine", "1");
  const input = Object.fromEntries(query);

  const [people, content] = await Promise.all([
    listActionItemPeople(actor, {}),
    view === "board"
      ? findActionItemBoard(actor, input).then((columns) => ({ columns }))
      : listActionItems(actor, input).then((page) => ({ page })),
  ]);

  const empty = filtered
    ? { title: "No action items match these filters", body: "Clear a filter or two to see more." }
    : view === "mine"
      ? { title: "Nothing on your list", body: "Action items assigned to you, or assigned by you, show up here." }
      : {
          title: "No action items yet",
          body: "When a leader asks someone to do something, it shows up here for everyone to follow.",
        };

  return (
    <>
      <PageHeader
        title="Action items"
        description="What leaders asked for, who is doing it and where it stands: open to everyone."
        actions={
          can(actor!, "actionItems.assign") ? <AssignActionItemButton source={null} variant="button" /> : undefined
        }
      />
      <ActionItemFilters view={view} filters={filters} people={people} />
      {"columns" in content ? (
        <ActionItemsBoard key={query.toString()} initial={content.columns} query={query.toString()} />
      ) : (
        <ActionItemsList
          key={query.toString()}
          initial={content.page}
          query={query.toString()}
          grouped={view === "assignee" || view === "leader" ? view : null}
          empty={empty}
        />
      )}
    </>
  );
}
