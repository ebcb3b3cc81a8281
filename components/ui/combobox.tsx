"use client";

import * as Ariakit from "@ariakit/react";
import clsx from "clsx";

/**
 * A text field (an <input> or a <textarea>) that offers a list of suggestions, on Ariakit's combobox: the
 * field keeps the focus, arrow keys move through the list, Enter (and Tab with `pickOnTab`) picks, Escape
 * and a click elsewhere close it, and the roles, ids and active option are wired for assistive technology.
 * The caller owns the text, what is suggested and when the list is open.
 */
export function Combobox<T>({
  field,
  value,
  open,
  onOpenChange,
  items,
  itemKey,
  renderItem,
  onPick,
  listLabel,
  listClassName,
  itemClassName,
  pickOnTab = false,
}: {
  /** The field element with its own id, label wiring, value handlers and styling. */
  field: React.ReactElement;
  /** The field's text. */
  value: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => React.ReactNode;
  onPick: (item: T) => void;
  listLabel: string;
  listClassName?: string;
  itemClassName?: string;
  pickOnTab?: boolean;
}) {
  const store = Ariakit.useComboboxStore({ value, open: open && items.length > 0, setOpen: onOpenChange });
  return (
    <Ariakit.ComboboxProvider store={store}>
      <Ariakit.Combobox
        render={field}
        autoSelect
        showOnChange={false}
        showOnClick={false}
        showOnMouseDown={false}
        showOnKeyPress={false}
        setValueOnChange={false}
        // With the list closed, arrow keys move the caret (a textarea has lines).
        moveOnKeyPress={() => store.getState().open}
        onKeyDown={(event) => {
          // Inside a dialog, the dialog keeps this Escape from closing itself (see Dialog), which also
          // keeps Ariakit from closing the list: close it here.
          if (event.key === "Escape" && store.getState().open) return store.hide();
          if (!pickOnTab || event.key !== "Tab" || !store.getState().open) return;
          const active = store.getState().activeId;
          if (!active) return;
          event.preventDefault();
          document.getElementById(active)?.click();
        }}
      />
      <Ariakit.ComboboxPopover
        portal={false}
        gutter={4}
        resetOnEscape={false}
        aria-label={listLabel}
        className={clsx(
          "z-30 max-h-64 overflow-auto rounded-xl bg-white py-1 shadow-lg ring-1 ring-stone-200",
          listClassName,
        )}
      >
        {items.map((item) => (
          <Ariakit.ComboboxItem
            key={itemKey(item)}
            focusOnHover
            setValueOnClick={false}
            onClick={() => onPick(item)}
            className={clsx("cursor-pointer px-3 py-2 text-sm data-active-item:bg-ember-50", itemClassName)}
          >
            {renderItem(item)}
          </Ariakit.ComboboxItem>
        ))}
      </Ariakit.ComboboxPopover>
    </Ariakit.ComboboxProvider>
  );
}
