import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/people/profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { findPerson } from "@/lib/people/find-person";

export const metadata: Metadata = { title: "Edit profile" };

export default async function EditProfilePage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const person = await findPerson(await currentActor(), { handle: decodeURIComponent(handle) }).catch(
    (error: unknown) => {
      pageRefusal(error, `/people/${handle}/edit`);
    },
  );
  // Someone else's profile simply is not editable here: the same 404 as a wrong handle.
  if (!person.canEdit) notFound();
  return (
    <>
      <PageHeader
        title={person.isMe ? "Edit your profile" : `Edit ${person.name}'s profile`}
        description="What colleagues see on your profile and in the people directory."
      />
      <Card>
        <ProfileForm
          profile={{
            id: person.id,
            handle: person.handle,
            name: person.name,
            title: person.title,
            location: person.location,
            pronouns: person.pronouns,
            bio: person.bio,
            interests: person.interests,
          }}
        />
      </Card>
    </>
  );
}
