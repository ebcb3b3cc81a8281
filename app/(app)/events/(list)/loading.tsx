import { PageSkeleton } from "@/components/ui/page-skeleton";

// In its own route group so that it wraps only the list: /events/[slug] can call notFound(), and a loading
// boundary above it would commit a 200 before the 404 is known.
export default function Loading() {
  return <PageSkeleton />;
}
