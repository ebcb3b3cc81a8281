import { PageSkeleton } from "@/components/ui/page-skeleton";

// Beside the list page only: the item page can call notFound(), which a loading boundary above it would pre-empt.
export default function Loading() {
  return <PageSkeleton />;
}
