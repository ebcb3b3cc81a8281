// Every background job Hearth runs, in one list: importing a module defines its job (defineJob in lib/jobs/jobs.ts).
// To add one: defineJob(...) beside its use case, and import the module here. server.ts loads this after its
// server-only hook and starts a runner (lib/jobs/runner.ts) for all of them.
import "@/lib/action-items/remind-overdue";
import "@/lib/challenges/close-challenges";
import "@/lib/communities/remind-review-due";
import "@/lib/health/check-cold-communities";
import "@/lib/live-shows/remind-live-shows";
import "@/lib/mail/start-mail-jobs";
import "@/lib/nudges/generate-nudges";
import "@/lib/posts/attach-link-preview";
import "@/lib/privacy/enforce-retention";
import "@/lib/privacy/run-export";
