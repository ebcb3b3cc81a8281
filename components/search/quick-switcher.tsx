"use client";

import * as Ariakit from "@ariakit/react";
import * as RadixDialog from "@radix-ui/react-dialog";
import { ArrowRight, Search, UsersRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { ADMIN_NAV, INSIGHTS_NAV, MODERATION_NAV, NAV_ITEMS, SECONDARY_NAV } from "@/components/shell/nav-items";
import { Avatar } from "@/components/ui/avatar";
import type { QuickFindResults } from "@/lib/search/quick-find";

type Item =
  | { kind: "page"; key: string; href: string; label: string; Icon: (typeof NAV_ITEMS)[number]["icon"] }
  | { kind: "person"; key: string; href: string; label: string; detail: string; avatarUrl: string | null }
  | { kind: "community"; key: string; href: string; label: string; detail: string }
  | { kind: "search"; key: string; href: string; label: string };

export type SwitcherAbilities = { isAdmin: boolean; moderates: boolean; insights: boolean };

const EMPTY: QuickFindResults = { people: [], communities: [] };

/** Asks the server for people and communities as the text settles; the newest answer wins. */
function useQuickFind(text: string): { found: QuickFindResults; error: string | null } {
  const [state, setState] = useState<{ for: string; found: QuickFindResults; error: string | null }>({
    for: "",
    found: EMPTY,
    error: null,
  });
  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/quick?${new URLSearchParams({ q })}`, {
          signal: controller.signal,
        });
        const body: unknown = await response.json();
        if (!response.ok) {
          const message = (body as { error?: string }).error ?? "Search is not available right now.";
          setState({ for: q, found: EMPTY, error: message });
          return;
        }
        setState({ for: q, found: body as QuickFindResults, error: null });
      } catch (error) {
        if ((error as Error).name !== "AbortError")
          setState({ for: q, found: EMPTY, error: "Search is not available right now." });
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return text.trim() && state.for === text.trim() ? state : { found: EMPTY, error: null };
}

/**
 * The quick switcher: a modal search box that jumps to a page, a person or a community as you type, or to full
 * search. Arrow keys move, Enter opens, Escape closes and focus goes back where it was.
 */
export default function QuickSwitcher({
  open,
  onClose,
  abilities,
}: {
  open: boolean;
  onClose: () => void;
  abilities: SwitcherAbilities;
}) {
  const router = useRouter();
  const [text, setText] = useState("");
  const { found, error } = useQuickFind(text);

  const pages = useMemo(
    () => [
      ...NAV_ITEMS,
      ...SECONDARY_NAV,
      { href: "/search", label: "Search", icon: Search },
      ...(abilities.insights ? [INSIGHTS_NAV] : []),
      ...(abilities.moderates ? [MODERATION_NAV] : []),
      ...(abilities.isAdmin ? [ADMIN_NAV] : []),
    ],
    [abilities],
  );

  const items = useMemo<Item[]>(() => {
    const q = text.trim().toLowerCase();
    const matchingPages = pages
      .filter(
        (page) =>
          !q ||
          page.label
            .toLowerCase()
            .split(/\s+/)
            .some((word) => word.startsWith(q)) ||
          page.label.toLowerCase().includes(q),
      )
      .slice(0, q ? 4 : 8)
      .map<Item>((page) => ({
        kind: "page",
        key: `page:${page.href}`,
        href: page.href,
        label: page.label,
        Icon: page.icon,
      }));
    if (!q) return matchingPages;
    return [
      ...found.people.map<Item>((person) => ({
        kind: "person",
        key: `person:${person.id}`,
        href: `/people/${person.handle}`,
        label: person.name,
        detail: [person.title, person.department].filter(Boolean).join(" · ") || `@${person.handle}`,
        avatarUrl: person.avatarUrl,
      })),
      ...found.communities.map<Item>((community) => ({
        kind: "community",
        key: `community:${community.id}`,
        href: `/communities/${community.slug}`,
        label: community.name,
        detail: `${community.memberCount} ${community.memberCount === 1 ? "member" : "members"}`,
      })),
      ...matchingPages,
      { kind: "search", key: "search", href: `/search?${new URLSearchParams({ q: text.trim() })}`, label: text.trim() },
    ];
  }, [text, found, pages]);

  const go = (item: Item) => {
    onClose();
    setText("");
    router.push(item.href);
  };

  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-[10vh] z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-2xl bg-white shadow-xl ring-1 ring-stone-200 focus:outline-none"
        >
          <RadixDialog.Title className="sr-only">Jump to a page, a person or a community</RadixDialog.Title>
          <Ariakit.ComboboxProvider
            value={text}
            setValue={setText}
            open
            defaultActiveId={undefined}
            includesBaseElement={false}
          >
            <div className="flex items-center gap-3 border-b border-stone-200 px-4">
              <Search className="size-5 shrink-0 text-stone-500" aria-hidden="true" />
              <Ariakit.Combobox
                autoFocus
                autoSelect
                aria-label="Jump to"
                placeholder="Jump to a person, a community or a page…"
                className="h-14 w-full bg-transparent text-base text-stone-900 placeholder:text-stone-500 focus:outline-none"
                onKeyDown={(event) => {
                  if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
                  // Enter with nothing chosen searches everything for the text.
                  if (!document.querySelector("[data-switcher-list] [data-active-item]") && text.trim()) {
                    event.preventDefault();
                    go(items.at(-1)!);
                  }
                }}
              />
              <kbd className="hidden rounded border border-stone-300 px-1.5 py-0.5 font-mono text-xs text-stone-600 sm:block">
                Esc
              </kbd>
            </div>
            <Ariakit.ComboboxList
              data-switcher-list=""
              aria-label="Suggestions"
              className="max-h-[min(60vh,26rem)] overflow-y-auto p-2"
            >
              {error && (
                <p role="alert" className="px-3 py-2 text-sm text-red-700">
                  {error}
                </p>
              )}
              {items.map((item) => (
                <Ariakit.ComboboxItem
                  key={item.key}
                  focusOnHover
                  setValueOnClick={false}
                  onClick={() => go(item)}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 text-sm text-stone-800 data-active-item:bg-ember-50 data-active-item:text-stone-900"
                >
                  <ItemBody item={item} />
                </Ariakit.ComboboxItem>
              ))}
              {text.trim() && found.people.length === 0 && found.communities.length === 0 && !error && (
                <p className="px-3 pb-1 pt-2 text-xs text-stone-600">No person or community by that name yet.</p>
              )}
            </Ariakit.ComboboxList>
          </Ariakit.ComboboxProvider>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function ItemBody({ item }: { item: Item }) {
  switch (item.kind) {
    case "page":
      return (
        <>
          <item.Icon className="size-5 shrink-0 text-stone-500" aria-hidden="true" />
          <span className="flex-1">{item.label}</span>
          <span className="text-xs text-stone-500">Page</span>
        </>
      );
    case "person":
      return (
        <>
          <Avatar name={item.label} src={item.avatarUrl} size="sm" />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium">{item.label}</span>
            <span className="block truncate text-xs text-stone-600">{item.detail}</span>
          </span>
          <span className="text-xs text-stone-500">Person</span>
        </>
      );
    case "community":
      return (
        <>
          <UsersRound className="size-5 shrink-0 text-stone-500" aria-hidden="true" />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium">{item.label}</span>
            <span className="block truncate text-xs text-stone-600">{item.detail}</span>
          </span>
          <span className="text-xs text-stone-500">Community</span>
        </>
      );
    case "search":
      return (
        <>
          <Search className="size-5 shrink-0 text-stone-500" aria-hidden="true" />
          <span className="min-w-0 flex-1 truncate">
            Search everything for “<span className="font-medium">{item.label}</span>”
          </span>
          <ArrowRight className="size-4 text-stone-500" aria-hidden="true" />
        </>
      );
  }
}
