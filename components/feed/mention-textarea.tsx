"use client";

import { useRef, useState, type ComponentProps } from "react";
import { useLazyCombobox } from "@/components/ui/use-lazy-combobox";
import { usePeopleSearch } from "@/components/ui/use-people-search";

/** The combobox roles Ariakit gives the field, for the moments before it has loaded. */
const PENDING_COMBOBOX = {
  role: "combobox",
  "aria-autocomplete": "list",
  "aria-haspopup": "listbox",
  "aria-expanded": false,
} as const;

type Person = { id: string; handle: string; name: string; title: string };

/**
 * A textarea that suggests colleagues after "@" (arrow keys, Enter or Tab to pick, Escape to close)
 * and inserts their handle. The list is the shared Combobox, tied to the textarea once it has loaded (on first
 * focus; the text box is usable before, and keeps its focus and caret when the list arrives).
 */
export function MentionTextarea({
  value,
  onValueChange,
  className,
  ...props
}: Omit<ComponentProps<"textarea">, "value" | "onChange"> & { value: string; onValueChange: (value: string) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { Combobox, upgrade } = useLazyCombobox(ref);
  // See PersonPicker: a focus that comes back (the field is re-wrapped when the list's code arrives) cancels the close.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const { results, setResults } = usePeopleSearch<Person>(query?.text ?? "", { limit: 6, delayMs: 120 });

  function detect(text: string, caret: number) {
    const match = /(^|[\s(])@([\p{L}0-9-]{1,40})$/u.exec(text.slice(0, caret));
    setQuery(match?.[2] ? { text: match[2], start: caret - match[2].length - 1 } : null);
    if (!match) setResults([]);
  }

  function pick(person: Person) {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const next = `${value.slice(0, query.start)}@${person.handle} ${value.slice(caret)}`;
    onValueChange(next);
    setQuery(null);
    setResults([]);
    const position = query.start + person.handle.length + 2;
    requestAnimationFrame(() => ref.current?.setSelectionRange(position, position));
  }

  const field = (pending?: typeof PENDING_COMBOBOX) => (
    <textarea
      ref={ref}
      value={value}
      onChange={(event) => {
        onValueChange(event.target.value);
        detect(event.target.value, event.target.selectionStart);
      }}
      onBlur={() => {
        closing.current = setTimeout(() => setQuery(null), 150);
      }}
      className={className}
      {...props}
      onFocus={(event) => {
        if (closing.current) clearTimeout(closing.current);
        upgrade();
        props.onFocus?.(event);
      }}
      {...pending}
    />
  );
  // Before the list has loaded, the field already says what it is (as Ariakit will once it wraps it).
  if (!Combobox) return <div className="relative">{field(PENDING_COMBOBOX)}</div>;
  return (
    <div className="relative">
      <Combobox
        value={value}
        open={Boolean(query)}
        onOpenChange={(open) => !open && setQuery(null)}
        items={query ? results : []}
        itemKey={(person) => person.id}
        onPick={pick}
        pickOnTab
        listLabel="Mention a colleague"
        listClassName="w-72 max-w-[90vw]"
        renderItem={(person) => (
          <>
            <span className="font-medium text-stone-900">{person.name}</span>{" "}
            <span className="text-stone-500">@{person.handle}</span>
            <span className="block truncate text-xs text-stone-500">{person.title}</span>
          </>
        )}
        field={field()}
      />
    </div>
  );
}
