import { PageSkeleton } from "@/components/ui/page-skeleton";

// Loading states sit beside list pages only: a route-level boundary above a page that can call
// notFound() would commit a 200 before the 404 is known.
export default function Loading() {
  return <PageSkeleton />;
}
