import clsx from "clsx";

// Hand-written "prose" for the tags renderMarkdown can emit (p, br, strong, em, s, ul, ol, li, a, blockquote, code, pre).
const RICH_TEXT_CLASS = clsx(
  "text-stone-900 break-words",
  "[&_p]:my-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0",
  "[&_strong]:font-semibold [&_s]:text-stone-500",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-0.5 [&_li>p]:my-0",
  "[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_blockquote]:text-stone-700",
  "[&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em]",
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-stone-100 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_a]:text-ember-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-ember-800",
  "[&_a.mention]:font-semibold [&_a.mention]:no-underline",
);

/**
 * Shows a post or comment body. `html` MUST come from renderMarkdown (lib/content/render-markdown.ts), which escapes
 * user text and sanitizes the result; never pass anything else here. Server-safe: no hooks, no client code.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return <div className={clsx(RICH_TEXT_CLASS, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
