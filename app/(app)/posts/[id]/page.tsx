import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsThread } from "@/components/feed/comments-thread";
import { LivePost } from "@/components/feed/live-post";
import { currentActor } from "@/lib/auth/current-user";
import { listComments } from "@/lib/comments/list-comments";
import { isAppError } from "@/lib/errors";
import { findPost } from "@/lib/posts/find-post";

type Props = { params: Promise<{ id: string }> };

async function load(postId: string) {
  const actor = await currentActor();
  try {
    return await Promise.all([findPost(actor, { postId }), listComments(actor, { postId })]);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_INPUT")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [post] = await load((await params).id);
  return { title: `Post by ${post.author.name}` };
}

export default async function PostPage({ params }: Props) {
  const [post, comments] = await load((await params).id);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="sr-only">Post by {post.author.name}</h1>
      <LivePost initial={post} />
      <CommentsThread postId={post.id} initial={comments} />
    </div>
  );
}
