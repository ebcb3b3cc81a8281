import { Briefcase, MapPin, Pencil } from "lucide-react";
import type { Metadata } from "next";
import { PostCard } from "@/components/feed/post-card";
import { ReportMemberButton } from "@/components/moderation/report-member-button";
import { FollowButton } from "@/components/people/follow-button";
import { PersonCard } from "@/components/people/person-card";
import { ProfilePride } from "@/components/pride/profile-pride";
import { RoleBadge } from "@/components/people/role-badge";
import { LeaderResponsivenessCard } from "@/components/questions/leader-responsiveness-card";
import { Avatar } from "@/components/ui/avatar";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { findPerson } from "@/lib/people/find-person";
import { listAuthorPosts } from "@/lib/posts/list-author-posts";
import { findPersonPride } from "@/lib/pride/find-person-pride";
import { findLeaderResponsiveness } from "@/lib/questions/find-leader-responsiveness";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ saved?: string }> };

async function load(handle: string) {
  try {
    return await findPerson(await currentActor(), { handle: decodeURIComponent(handle) });
  } catch (error) {
    pageRefusal(error, `/people/${handle}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    const person = await load((await params).handle);
    return { title: person.name };
  } catch {
    return {};
  }
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const person = await load((await params).handle);
  const { saved } = await searchParams;
  const actor = await currentActor();
  const [posts, responsiveness, pride] = await Promise.all([
    listAuthorPosts(actor, { authorId: person.id }),
    person.role === "LEADER" ? findLeaderResponsiveness(actor, { leaderId: person.id }) : null,
    findPersonPride(actor, { userId: person.id }),
  ]);
  return (
    <div className="space-y-6">
      {saved && <FormMessage status="ok" message="Your profile is saved." />}
      <Card className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <Avatar name={person.name} src={person.avatarUrl} size="xl" />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{person.name}</h1>
            {person.pronouns && <span className="text-sm text-stone-500">({person.pronouns})</span>}
            <RoleBadge role={person.role} />
            {person.isMe && <Badge className="bg-emerald-100 text-emerald-900">You</Badge>}
          </div>
          <p className="mt-1 text-stone-700">{person.title}</p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
            {person.department && (
              <span className="inline-flex items-center gap-1">
                <Briefcase className="size-4" aria-hidden="true" /> {person.department.name}
              </span>
            )}
            {person.location && (
              <span className="inline-flex items-center gap-1">
                <MapPin className="size-4" aria-hidden="true" /> {person.location}
              </span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-3 self-start">
          {!person.isMe && (
            <FollowButton
              userId={person.id}
              name={person.name}
              initialFollowing={person.isFollowing}
              initialFollowers={person.followerCount}
            />
          )}
          {!person.isMe && <ReportMemberButton userId={person.id} name={person.name} />}
          {person.canEdit && (
            <ButtonLink href={`/people/${person.handle}/edit`} variant="secondary">
              <Pencil className="size-4" aria-hidden="true" /> Edit profile
            </ButtonLink>
          )}
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr] lg:items-start">
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">About</h2>
            {person.bio ? (
              <p className="mt-2 whitespace-pre-line text-sm leading-6 text-stone-700">{person.bio}</p>
            ) : (
              <p className="mt-2 text-sm text-stone-500">
                {person.isMe
                  ? "Tell colleagues a little about yourself: edit your profile."
                  : `${person.name.split(" ")[0]} has not written a bio yet.`}
              </p>
            )}
            <h2 className="mt-6 font-semibold">Interests</h2>
            {person.interests.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-2">
                {person.interests.map((interest) => (
                  <li
                    key={interest}
                    className="rounded-full bg-amber-50 px-3 py-1 text-sm text-amber-900 ring-1 ring-amber-200"
                  >
                    {interest}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-stone-500">No interests listed yet.</p>
            )}
          </Card>
          <section aria-labelledby="recent-posts" className="space-y-3">
            <h2 id="recent-posts" className="font-semibold">
              Recent posts
            </h2>
            {posts.items.length === 0 ? (
              <p className="rounded-2xl bg-white p-5 text-sm text-stone-500 ring-1 ring-stone-200">
                {person.isMe ? "You have not posted yet." : `${person.name.split(" ")[0]} has not posted yet.`}
              </p>
            ) : (
              posts.items.map((post) => <PostCard key={post.id} post={post} headingLevel={3} />)
            )}
          </section>
        </div>
        <div className="space-y-6">
          {responsiveness && <LeaderResponsivenessCard name={person.name} data={responsiveness} />}
          <ProfilePride pride={pride} person={person} />
          <Card>
            <h2 className="font-semibold">Reports to</h2>
            <div className="mt-3">
              {person.manager ? (
                <PersonCard person={person.manager} />
              ) : (
                <p className="text-sm text-stone-500">Nobody: top of the organisation.</p>
              )}
            </div>
          </Card>
          {person.reports.length > 0 && (
            <Card>
              <h2 className="font-semibold">Team ({person.reports.length})</h2>
              <ul className="mt-3 space-y-2">
                {person.reports.map((report) => (
                  <li key={report.id}>
                    <PersonCard person={report} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
