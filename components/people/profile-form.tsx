"use client";

import { updateProfileAction } from "@/app/(app)/people/[handle]/edit/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

type Profile = {
  id: string;
  handle: string;
  name: string;
  title: string;
  location: string;
  pronouns: string;
  bio: string;
  interests: string[];
};

export function ProfileForm({ profile }: { profile: Profile }) {
  const { state, action, pending, fieldErrors: errors } = useFormAction(updateProfileAction);
  // After a refused save the form shows what was typed, not what is stored.
  const value = (name: keyof Profile) =>
    state.values?.[name] ?? (name === "interests" ? profile.interests.join(", ") : String(profile[name]));
  return (
    <form action={action} className="space-y-5" noValidate key={JSON.stringify(state.values ?? {})}>
      <input type="hidden" name="userId" value={profile.id} />
      <FormMessage
        status={state.status}
        message={state.status === "error" ? `Your profile was not saved. ${state.message}` : state.message}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          required
          maxLength={120}
          defaultValue={value("name")}
          error={errors.name}
          autoComplete="name"
        />
        <TextField
          label="Pronouns"
          name="pronouns"
          maxLength={60}
          defaultValue={value("pronouns")}
          error={errors.pronouns}
          hint="For example she/her, he/him, they/them"
        />
        <TextField
          label="Title"
          name="title"
          maxLength={150}
          defaultValue={value("title")}
          error={errors.title}
          autoComplete="organization-title"
        />
        <TextField
          label="Location"
          name="location"
          maxLength={120}
          defaultValue={value("location")}
          error={errors.location}
        />
      </div>
      <TextAreaField
        label="Bio"
        name="bio"
        rows={5}
        defaultValue={value("bio")}
        error={errors.bio}
        hint="Up to 600 characters. What you do, what you are proud of, what people can ask you about."
      />
      <TextField
        label="Interests"
        name="interests"
        defaultValue={value("interests")}
        error={errors.interests}
        hint="Separate with commas, e.g. cooking, running, photography"
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save profile"}
        </Button>
        <ButtonLink href={`/people/${profile.handle}`} variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
