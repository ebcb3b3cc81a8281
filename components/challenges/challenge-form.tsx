"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createChallengeAction } from "@/app/(app)/challenges/actions";
import { MarkdownField } from "@/components/ui/markdown-field";
import { SelectField, TextField } from "@/components/ui/field";
import { CHALLENGE_MAX_VOTES, CHALLENGE_RULES_MAX, CHALLENGE_TITLE_MAX } from "@/lib/challenges/challenge-limits";
import { toIso, toLocalInput } from "@/components/ui/local-datetime";
import { FormSubmit } from "@/components/ui/form-submit";
import { useServerAction } from "@/components/ui/use-server-action";

const DAY = 86_400_000;
type Fields = {
  title: string;
  rules: string;
  communityId: string;
  submissionStartsAt: string;
  submissionEndsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
  votesPerPerson: string;
};

/** A leader, admin or community owner starts a challenge; every rule is checked again on the server. */
// The challenge's windows, in the order people think of them.
const WINDOW_FIELDS = [
  { name: "submissionStartsAt", label: "Entries open", hint: "Leave empty to open right away." },
  { name: "submissionEndsAt", label: "Entries close", hint: undefined },
  {
    name: "votingStartsAt",
    label: "Voting opens",
    hint: "Leave empty to open with the entries. Not before entries open.",
  },
  { name: "votingEndsAt", label: "Voting closes", hint: "The winners are announced then, as a moment of pride." },
] as const;

export function ChallengeForm({
  companyWide,
  communities,
}: {
  companyWide: boolean;
  communities: { id: string; name: string }[];
}) {
  const [fields, setFields] = useState<Fields>(() => {
    const now = Date.now();
    return {
      title: "",
      rules: "",
      communityId: companyWide ? "" : (communities[0]?.id ?? ""),
      submissionStartsAt: "",
      submissionEndsAt: toLocalInput(new Date(now + 7 * DAY)),
      votingStartsAt: toLocalInput(new Date(now + 7 * DAY)),
      votingEndsAt: toLocalInput(new Date(now + 10 * DAY)),
      votesPerPerson: "3",
    };
  });
  const [showVotesLive, setShowVotesLive] = useState(false);
  const router = useRouter();
  const {
    run,
    pending,
    error,
    fieldErrors: errors,
  } = useServerAction(createChallengeAction, { onSuccess: (data) => router.push(`/challenges/${data.slug}`) });
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  return (
    <form
      aria-label="Start a challenge"
      noValidate
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        run({
          ...fields,
          submissionStartsAt: toIso(fields.submissionStartsAt),
          submissionEndsAt: toIso(fields.submissionEndsAt),
          votingStartsAt: toIso(fields.votingStartsAt),
          votingEndsAt: toIso(fields.votingEndsAt),
          showVotesLive,
        });
      }}
    >
      <TextField
        label="Title"
        name="title"
        value={fields.title}
        onChange={set("title")}
        error={errors.title}
        hint={`For example “Cook-off with our products”. ${fields.title.length}/${CHALLENGE_TITLE_MAX}`}
      />
      <MarkdownField
        label="Rules"
        name="rules"
        value={fields.rules}
        onValueChange={(rules) => setFields((current) => ({ ...current, rules }))}
        max={CHALLENGE_RULES_MAX}
        error={errors.rules}
        rows={5}
        placeholder="What to make, what counts, how entries are judged."
      />
      {(communities.length > 0 || !companyWide) && (
        <SelectField
          label="Who can take part"
          name="communityId"
          value={fields.communityId}
          onChange={set("communityId")}
          error={errors.communityId}
          hint="A community's challenge is seen only by who may see the community; its members are notified."
        >
          {companyWide && <option value="">Everyone at the company</option>}
          {communities.map((community) => (
            <option key={community.id} value={community.id}>
              Members of {community.name}
            </option>
          ))}
        </SelectField>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-stone-900">When</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {WINDOW_FIELDS.map(({ name, label, hint }) => (
            <TextField
              key={name}
              label={label}
              name={name}
              type="datetime-local"
              value={fields[name]}
              onChange={set(name)}
              error={errors[name]}
              hint={hint}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-stone-900">Voting</legend>
        <TextField
          label="Votes per person"
          name="votesPerPerson"
          type="number"
          inputMode="numeric"
          min={1}
          max={CHALLENGE_MAX_VOTES}
          value={fields.votesPerPerson}
          onChange={set("votesPerPerson")}
          error={errors.votesPerPerson}
          hint={`One vote per entry, 1 to ${CHALLENGE_MAX_VOTES} in total. Nobody can vote for their own entry.`}
          className="max-w-xs"
        />
        <label className="flex items-start gap-2 text-sm text-stone-800">
          <input
            type="checkbox"
            name="showVotesLive"
            checked={showVotesLive}
            onChange={(event) => setShowVotesLive(event.target.checked)}
            className="mt-0.5 size-4 accent-ember-700"
          />
          <span>
            Show the votes live
            <span className="block text-xs text-stone-600">
              Otherwise counts stay hidden, from everyone including you, until voting closes.
            </span>
          </span>
        </label>
      </fieldset>
      <FormSubmit
        error={error}
        fieldErrors={errors}
        pending={pending}
        pendingLabel="Starting…"
        label="Start the challenge"
      />
    </form>
  );
}
