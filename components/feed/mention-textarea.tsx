"use client";

import clsx from "clsx";
import { useEffect, useId, useRef, useState, type ComponentProps } from "react";

type Person = { id: string; handle: string; name: string; title: string };

/**
 * A textarea that suggests colleagues after "@" (arrow keys, Enter or Tab to pick, Escape to close)
 * and inserts their handle. The list is an ARIA combobox popup tied to the textarea.
 */
export function MentionTextarea({
  value,
  onValueChange,
  className,
  ...props
}: Omit<ComponentProps<"textarea">, "value" | "onChange"> & { value: string; onValueChange: (value: string) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/people?limit=6&q=${encodeURIComponent(query.text)}`, {
        signal: controller.signal,
      }).catch(() => null);
      if (response?.ok) {
        setPeople(((await response.json()) as { items: Person[] }).items);
        setActive(0);
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function detect(text: string, caret: number) {
    const match = /(^|[\s(])@([\p{L}0-9-]{1,40})$/u.exec(text.slice(0, caret));
    setQuery(match?.[2] ? { text: match[2], start: caret - match[2].length - 1 } : null);
    if (!match) setPeople([]);
  }

  function pick(person: Person) {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const next = `${value.slice(0, query.start)}@${person.handle} ${value.slice(caret)}`;
    onValueChange(next);
    setQuery(null);
    setPeople([]);
    const position = query.start + person.handle.length + 2;
    requestAnimationFrame(() => ref.current?.setSelectionRange(position, position));
  }

  const open = Boolean(query) && people.length > 0;
  return (
    <div className="relative">
      <textarea
        ref={ref}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
          detect(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={(event) => {
          if (!open) return;
          if (event.key === "ArrowDown") setActive((i) => (i + 1) % people.length);
          else if (event.key === "ArrowUp") setActive((i) => (i - 1 + people.length) % people.length);
          else if (event.key === "Enter" || event.key === "Tab") pick(people[active]!);
          else if (event.key === "Escape") setQuery(null);
          else return;
          event.preventDefault();
        }}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
        className={className}
        {...props}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Mention a colleague"
        hidden={!open}
        className="absolute left-2 z-20 mt-1 w-72 max-w-[90%] overflow-hidden rounded-xl bg-white py-1 shadow-lg ring-1 ring-stone-200"
      >
        {people.map((person, index) => (
          <li
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => (event.preventDefault(), pick(person))}
            className={clsx("cursor-pointer px-3 py-2 text-sm", index === active ? "bg-ember-50" : "hover:bg-stone-50")}
          >
            <span className="font-medium text-stone-900">{person.name}</span>{" "}
            <span className="text-stone-500">@{person.handle}</span>
            <span className="block truncate text-xs text-stone-500">{person.title}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
