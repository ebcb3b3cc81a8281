"use client";

import clsx from "clsx";
import { X } from "lucide-react";
import { useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { useLazyCombobox } from "@/components/ui/use-lazy-combobox";
import { usePeopleSearch } from "@/components/ui/use-people-search";

export type PickedPerson = { id: string; name: string; title: string; handle: string; avatarUrl: string | null };

/**
 * Chooses several colleagues: type to search the directory (arrow keys and Enter, or click, to add),
 * chosen people show as removable chips. Built on the shared Combobox.
 */
export function PersonPicker({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  max = 20,
}: {
  id: string;
  label: string;
  value: PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  error?: string;
  hint?: string;
  max?: number;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // A blur closes the list a moment later (so a click on an option lands first); a focus that comes back in the
  // meantime (the field is re-wrapped when the list's code arrives) cancels that, or the list would close under you.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { Combobox, upgrade } = useLazyCombobox(input);
  const { results, setResults, status } = usePeopleSearch<PickedPerson>(query, { limit: 8, delayMs: 150 });

  const options = query.trim() ? results.filter((person) => !value.some((chosen) => chosen.id === person.id)) : [];
  const full = value.length >= max;

  function pick(person: PickedPerson) {
    onChange([...value, person]);
    setQuery("");
    setResults([]);
    setOpen(false);
  }

  const describedBy = [error && `${id}-error`, hint && !error && `${id}-hint`, value.length > 0 && `${id}-chosen`]
    .filter(Boolean)
    .join(" ");
  // Before the list has loaded, the field already says what it is (as Ariakit will once it wraps it).
  const pending = Combobox
    ? {}
    : ({ role: "combobox", "aria-autocomplete": "list", "aria-haspopup": "listbox", "aria-expanded": false } as const);
  const field = (
    <input
      {...pending}
      ref={input}
      id={id}
      value={query}
      type="text"
      disabled={full}
      placeholder={full ? `At most ${max} people` : "Search by name or title"}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      onChange={(event) => {
        setQuery(event.target.value);
        setOpen(true);
        if (!event.target.value.trim()) setResults([]);
      }}
      onFocus={() => {
        if (closing.current) clearTimeout(closing.current);
        upgrade();
        setOpen(true);
      }}
      onBlur={() => {
        closing.current = setTimeout(() => setOpen(false), 150);
      }}
      onKeyDown={(event) => {
        if (event.key === "Backspace" && !query && value.length > 0) onChange(value.slice(0, -1));
      }}
      className={clsx(
        "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm ring-1 ring-inset placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none",
        error ? "ring-red-600" : "ring-stone-300",
      )}
    />
  );
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {value.length > 0 && (
        <ul
          id={`${id}-chosen`}
          aria-label={`Chosen: ${value.map((person) => person.name).join(", ")}`}
          className="mt-1.5 flex flex-wrap gap-1.5"
        >
          {value.map((person) => (
            <li
              key={person.id}
              className="inline-flex items-center gap-1.5 rounded-full bg-ember-50 py-0.5 pl-0.5 pr-1 text-sm text-ember-900 ring-1 ring-ember-200"
            >
              <Avatar name={person.name} src={person.avatarUrl} size="sm" className="!size-6 !text-[10px]" />
              {person.name}
              <button
                type="button"
                onClick={() => onChange(value.filter((other) => other.id !== person.id))}
                aria-label={`Remove ${person.name}`}
                className="rounded-full p-0.5 hover:bg-ember-100"
              >
                <X className="size-3.5" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-1.5">
        {!Combobox ? (
          field
        ) : (
          <Combobox
            value={query}
            open={open}
            onOpenChange={setOpen}
            items={options}
            itemKey={(person) => person.id}
            onPick={pick}
            listLabel={`People matching “${query}”`}
            listClassName="w-(--popover-anchor-width)"
            itemClassName="flex items-center gap-2"
            renderItem={(person) => (
              <>
                <Avatar name={person.name} src={person.avatarUrl} size="sm" />
                <span className="min-w-0">
                  <span className="block font-medium text-stone-900">{person.name}</span>
                  <span className="block truncate text-xs text-stone-500">{person.title}</span>
                </span>
              </>
            )}
            field={field}
          />
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {status === "loading"
          ? "Searching…"
          : query.trim() && open && results.length > 0 && options.length === 0
            ? "Everyone found is already chosen."
            : ""}
      </p>
      {query.trim() && status === "idle" && open && results.length === 0 && (
        <p className="mt-1 text-xs text-stone-600">Nobody matches “{query.trim()}”.</p>
      )}
      {status === "error" && (
        <p className="mt-1 text-sm text-red-700">Could not search people. Check your connection and type again.</p>
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
