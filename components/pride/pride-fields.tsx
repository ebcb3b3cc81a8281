"use client";

import clsx from "clsx";
import { useEffect, useState } from "react";
import { PersonPicker, type PickedPerson } from "@/components/ui/person-picker";

type ValueOption = { id: string; name: string; emoji: string; description: string };

/**
 * The moment-of-pride part of the composer: the colleagues who made it happen (at least one) and, optionally,
 * the company values it showed. Values load once, when the mode is first opened.
 */
export function PrideFields({
  tagged,
  onTaggedChange,
  valueIds,
  onValueIdsChange,
  errors,
}: {
  tagged: PickedPerson[];
  onTaggedChange: (people: PickedPerson[]) => void;
  valueIds: string[];
  onValueIdsChange: (ids: string[]) => void;
  errors: Record<string, string>;
}) {
  const [values, setValues] = useState<ValueOption[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void fetch("/api/values")
      .then(async (response) =>
        response.ok
          ? ((await response.json()) as { items: ValueOption[] }).items
          : Promise.reject(new Error(String(response.status))),
      )
      .then((items) => !cancelled && setValues(items))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div className="space-y-3 rounded-xl bg-gradient-to-br from-ember-50 to-amber-50 p-3 ring-1 ring-ember-200">
      <input type="hidden" name="kind" value="PRIDE" />
      {tagged.map((person) => (
        <input key={person.id} type="hidden" name="taggedIds" value={person.id} />
      ))}
      {valueIds.map((id) => (
        <input key={id} type="hidden" name="valueIds" value={id} />
      ))}
      <PersonPicker
        id="pride-tagged"
        label="Who made it happen?"
        value={tagged}
        onChange={onTaggedChange}
        error={errors.taggedIds}
        hint="Tag at least one colleague. They are notified."
      />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Which values did it show? (optional)</legend>
        {failed ? (
          <p className="mt-1 text-sm text-red-700">Could not load the values. You can still share the moment.</p>
        ) : values === null ? (
          <p className="mt-1 text-sm text-stone-500">Loading values…</p>
        ) : (
          <div className="mt-1.5 flex flex-wrap gap-1.5">
            {values.map((value) => {
              const checked = valueIds.includes(value.id);
              return (
                <label
                  key={value.id}
                  title={value.description}
                  className={clsx(
                    "inline-flex cursor-pointer items-center gap-1.5 rounded-full px-3 py-1 text-sm ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ember-600",
                    checked
                      ? "bg-amber-200 text-amber-950 ring-amber-400"
                      : "bg-white text-stone-700 ring-stone-300 hover:bg-amber-50",
                  )}
                >
                  <input
                    type="checkbox"
                    className="sr-only"
                    checked={checked}
                    onChange={(event) =>
                      onValueIdsChange(
                        event.target.checked ? [...valueIds, value.id] : valueIds.filter((id) => id !== value.id),
                      )
                    }
                  />
                  <span aria-hidden="true">{value.emoji}</span> {value.name}
                </label>
              );
            })}
          </div>
        )}
        {errors.valueIds && <p className="mt-1 text-sm text-red-700">{errors.valueIds}</p>}
      </fieldset>
    </div>
  );
}
