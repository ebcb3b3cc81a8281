import type { Metadata } from "next";
import { AmaList } from "@/components/questions/ama-list";
import { LeadershipPanel } from "@/components/questions/leadership-panel";
import { QuestionBoard, type BoardFilters } from "@/components/questions/question-board";
import { PageHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { listAmaSessions } from "@/lib/ama/list-ama-sessions";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findLeadershipResponsiveness } from "@/lib/questions/find-leadership-responsiveness";
import { listLeaders } from "@/lib/questions/list-leaders";
import { listQuestions, ZListQuestionsInput } from "@/lib/questions/list-questions";

export const metadata: Metadata = { title: "Ask leadership" };

type SearchParams = { sort?: string; status?: string; leader?: string; withdrawn?: string };

export default async function AskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  const params = await searchParams;
  // The same rules as the list itself: unknown values fall back, "unanswered" means open.
  const parsed = ZListQuestionsInput.parse({ sort: params.sort, status: params.status, leaderId: params.leader });
  const filters: BoardFilters = {
    sort: parsed.sort,
    status: parsed.sort === "unanswered" ? undefined : parsed.status,
    leaderId: parsed.leaderId,
  };
  const [page, leaders, responsiveness, amas] = await Promise.all([
    listQuestions(actor, filters),
    listLeaders(actor, {}),
    findLeadershipResponsiveness(actor, {}),
    listAmaSessions(actor, {}),
  ]);
  return (
    <>
      <PageHeader
        title="Ask leadership"
        description="Ask the leadership team or one leader anything, under your name or anonymously. Upvote what matters to you; leaders answer in the open."
      />
      {params.withdrawn && (
        <div className="mb-4">
          <FormMessage status="ok" message="Your question was withdrawn. Nobody sees it any more." />
        </div>
      )}
      <QuestionBoard
        key={`${filters.sort}:${filters.status ?? ""}:${filters.leaderId ?? ""}`}
        initial={page}
        filters={filters}
        leaders={leaders}
        meId={actor!.id}
        sidebar={
          <>
            <AmaList current={amas.current} canHost={can(actor!, "ama.host")} />
            <LeadershipPanel initial={responsiveness} />
          </>
        }
      />
    </>
  );
}
