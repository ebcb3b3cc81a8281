"use client";

import { useMemo, useState } from "react";
import { removeMuteAction, updateNotificationSettingsAction } from "@/app/(app)/settings/notification-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, useServerAction } from "@/components/ui/use-server-action";
import type { NotificationSettingsView } from "@/lib/notifications/notification-settings";
import { CATEGORIES, CATEGORY_LABELS, SUGGESTED_QUIET } from "@/lib/notifications/preferences";
import { formatMinutes } from "@/lib/notifications/quiet-hours";

const DIGEST_OPTIONS = [
  { value: "DAILY", label: "Daily" },
  { value: "WEEKLY", label: "Weekly (recommended)" },
  { value: "MONTHLY", label: "Monthly" },
  { value: "NEVER", label: "Never" },
] as const;

const control =
  "rounded-lg border-0 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600 focus:outline-none";

/** /settings: what reaches you, in-app and by e-mail; the summary; quiet hours and time zone; what you muted. */
export function NotificationPreferences({ settings }: { settings: NotificationSettingsView }) {
  const { state, action, pending, fieldErrors } = useFormAction(updateNotificationSettingsAction);
  const hasQuiet = settings.quietStart !== settings.quietEnd;
  const [quiet, setQuiet] = useState(hasQuiet);
  const [mutes, setMutes] = useState(settings.mutes);
  const unmute = useServerAction(removeMuteAction, {
    onSuccess: (_data, muteId) => setMutes((current) => current.filter((mute) => mute.id !== muteId)),
  });
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    return all.includes(settings.timeZone) ? all : [settings.timeZone, ...all];
  }, [settings.timeZone]);

  return (
    <div className="space-y-6">
      <form action={action} className="space-y-6" aria-label="Notification preferences">
        <fieldset>
          <legend className="text-sm font-medium text-stone-800">What reaches you</legend>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200 text-xs text-stone-600">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="w-20 px-2 py-2 text-center font-medium">
                    In Hearth
                  </th>
                  <th scope="col" className="w-20 px-2 py-2 text-center font-medium">
                    E-mail
                  </th>
                </tr>
              </thead>
              <tbody>
                {CATEGORIES.map((category) => {
                  const { label, hint } = CATEGORY_LABELS[category];
                  return (
                    <tr key={category} className="border-b border-stone-100 last:border-0">
                      <th scope="row" className="py-2.5 pr-3 font-normal">
                        <span className="block font-medium text-stone-900">{label}</span>
                        <span className="block text-xs text-stone-600">{hint}</span>
                      </th>
                      <td className="px-2 text-center">
                        <input
                          type="checkbox"
                          name="inApp"
                          value={category}
                          defaultChecked={settings.inApp.includes(category)}
                          aria-label={`${label} in Hearth`}
                          className="size-4 accent-ember-700"
                        />
                      </td>
                      <td className="px-2 text-center">
                        <input
                          type="checkbox"
                          name="email"
                          value={category}
                          defaultChecked={settings.email.includes(category)}
                          aria-label={`${label} by e-mail`}
                          className="size-4 accent-ember-700"
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-stone-600">
            E-mail only goes out for what you have not seen in Hearth after about ten minutes, several at once.
            Announcements, suggestions for you and moderators&apos; notices always appear in Hearth.
          </p>
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="digest" className="block text-sm font-medium text-stone-800">
              Activity summary by e-mail
            </label>
            <select id="digest" name="digest" defaultValue={settings.digest} className={`mt-1.5 w-full ${control}`}>
              {DIGEST_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <p className="mt-1 text-xs text-stone-600">Only sent when you have not visited in that time.</p>
          </div>
          <div>
            <label htmlFor="timeZone" className="block text-sm font-medium text-stone-800">
              Your time zone
            </label>
            <select
              id="timeZone"
              name="timeZone"
              defaultValue={settings.timeZone}
              aria-invalid={fieldErrors.timeZone ? true : undefined}
              className={`mt-1.5 w-full ${control}`}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
            {fieldErrors.timeZone && <p className="mt-1 text-sm text-red-700">{fieldErrors.timeZone}</p>}
          </div>
        </div>

        <fieldset className="rounded-xl bg-stone-50 p-4 ring-1 ring-stone-200">
          <legend className="sr-only">Quiet hours</legend>
          <label className="inline-flex items-center gap-2 text-sm font-medium text-stone-800">
            <input
              type="checkbox"
              name="quietHours"
              checked={quiet}
              onChange={(event) => setQuiet(event.target.checked)}
              className="size-4 accent-ember-700"
            />
            Quiet hours
          </label>
          <p className="mt-1 text-xs text-stone-600">
            Nothing is e-mailed in your quiet hours, and reminders wait until they end.
          </p>
          <div className="mt-3 flex flex-wrap items-end gap-4" hidden={!quiet}>
            <div>
              <label htmlFor="quietStart" className="block text-sm text-stone-800">
                From
              </label>
              <input
                id="quietStart"
                name="quietStart"
                type="time"
                step={900}
                defaultValue={formatMinutes(hasQuiet ? settings.quietStart : SUGGESTED_QUIET.quietStart)}
                className={`mt-1 ${control}`}
              />
            </div>
            <div>
              <label htmlFor="quietEnd" className="block text-sm text-stone-800">
                Until
              </label>
              <input
                id="quietEnd"
                name="quietEnd"
                type="time"
                step={900}
                defaultValue={formatMinutes(hasQuiet ? settings.quietEnd : SUGGESTED_QUIET.quietEnd)}
                aria-invalid={fieldErrors.quietEnd ? true : undefined}
                aria-describedby={fieldErrors.quietEnd ? "quietEnd-error" : undefined}
                className={`mt-1 ${control}`}
              />
            </div>
            {fieldErrors.quietEnd && (
              <p id="quietEnd-error" className="w-full text-sm text-red-700">
                {fieldErrors.quietEnd}
              </p>
            )}
          </div>
        </fieldset>

        <FormMessage status={state.status} message={state.message} />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save notification preferences"}
        </Button>
      </form>

      <div>
        <h3 className="text-sm font-medium text-stone-800">Muted</h3>
        {mutes.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">
            Nothing muted. Mute a community, a post or a question from its page to stop hearing about it.
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100 rounded-xl ring-1 ring-stone-200">
            {mutes.map((mute) => (
              <li key={mute.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <a href={mute.href} className="min-w-0 truncate text-stone-800 hover:underline">
                  {mute.label}
                </a>
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  disabled={unmute.pending}
                  onClick={() => unmute.run(mute.id)}
                >
                  Unmute
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
