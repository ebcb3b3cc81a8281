"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { scheduleShowAction, updateShowAction } from "@/app/(app)/events/actions";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SelectField, TextField } from "@/components/ui/field";
import {
  SHOW_DESCRIPTION_MAX,
  SHOW_DURATION_MAX,
  SHOW_DURATION_MIN,
  SHOW_TITLE_MAX,
} from "@/lib/live-shows/show-limits";
import type { PersonRef } from "@/lib/people/person-ref";
import { toIso, toLocalInput } from "@/components/ui/local-datetime";
import { FormSubmit } from "@/components/ui/form-submit";
import { useServerAction } from "@/components/ui/use-server-action";

export type ShowFormInitial = {
  showId: string;
  title: string;
  hostId: string;
  startsAt: string;
  durationMin: number;
  description: string;
  streamUrl: string | null;
  isLive: boolean;
};

/** Schedules a show, or edits one (`initial`). Every field is state, so a refused submit keeps what was typed. */
export function ShowForm({ hosts, meId, initial }: { hosts: PersonRef[]; meId: string; initial?: ShowFormInitial }) {
  const [title, setTitle] = useState(initial?.title ?? "");
  const [hostId, setHostId] = useState(initial?.hostId ?? meId);
  const [startsAt, setStartsAt] = useState(() => (initial ? toLocalInput(new Date(initial.startsAt)) : ""));
  const [durationMin, setDurationMin] = useState(String(initial?.durationMin ?? 45));
  const [description, setDescription] = useState(initial?.description ?? "");
  const [streamUrl, setStreamUrl] = useState(initial?.streamUrl ?? "");
  const router = useRouter();
  const {
    run,
    pending,
    error,
    fieldErrors: fields,
  } = useServerAction(
    (values: Parameters<typeof scheduleShowAction>[0]) =>
      initial ? updateShowAction(initial.showId, values) : scheduleShowAction(values),
    { onSuccess: (data) => router.push(`/events/${data.slug}`) },
  );
  const heading = initial ? "Edit the show" : "Schedule a live show";

  return (
    <form
      aria-label={heading}
      noValidate
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        run({ title, hostId, startsAt: toIso(startsAt), durationMin, description, streamUrl });
      }}
    >
      <TextField
        label="Title"
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fields.title}
        hint={`For example “Friday Fireside with Maria”. ${title.length}/${SHOW_TITLE_MAX}`}
        autoComplete="off"
      />
      <SelectField
        label="Host"
        name="hostId"
        value={hostId}
        onChange={(event) => setHostId(event.target.value)}
        error={fields.hostId}
        hint="Hosts thank commenters on air, so they are leaders or admins."
      >
        {hosts.map((host) => (
          <option key={host.id} value={host.id}>
            {host.id === meId ? `${host.name} (you)` : host.name}
            {host.title ? `, ${host.title}` : ""}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Starts"
          name="startsAt"
          type="datetime-local"
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          error={fields.startsAt}
          hint={initial?.isLive ? "The show is live; its start is kept." : "In your own time zone."}
          disabled={initial?.isLive}
        />
        <TextField
          label="Length (minutes)"
          name="durationMin"
          type="number"
          inputMode="numeric"
          min={SHOW_DURATION_MIN}
          max={SHOW_DURATION_MAX}
          value={durationMin}
          onChange={(event) => setDurationMin(event.target.value)}
          error={fields.durationMin}
          hint={`Between ${SHOW_DURATION_MIN} and ${SHOW_DURATION_MAX} minutes.`}
        />
      </div>
      <MarkdownField
        label="What is it about? (optional)"
        name="description"
        value={description}
        onValueChange={setDescription}
        max={SHOW_DESCRIPTION_MAX}
        error={fields.description}
        rows={4}
        placeholder="Who is on, what you will talk about, and what you would love people to ask."
      />
      <TextField
        label="Stream or recording URL (optional)"
        name="streamUrl"
        type="url"
        inputMode="url"
        value={streamUrl}
        onChange={(event) => setStreamUrl(event.target.value)}
        error={fields.streamUrl}
        placeholder="https://…"
        hint="An https:// embed link from your streaming service, or a direct .mp4 or .webm file. It plays beside the comments."
      />
      <FormSubmit
        error={error}
        fieldErrors={fields}
        pending={pending}
        pendingLabel="Saving…"
        label={initial ? "Save changes" : "Schedule the show"}
      />
    </form>
  );
}
