import sanitizeHtml from "sanitize-html";
import { LINK_REL, markdown, type ContentEnv, type MentionDirectory } from "./markdown";

export type { MentionDirectory } from "./markdown";

export interface RenderMarkdownOptions {
  /** Known people keyed by lowercase handle; `@handle` links only when present here. */
  mentions?: MentionDirectory;
}

// Defence in depth: markdown-it already emits only these tags, so in practice this pass changes nothing. If a rule
// or a markdown-it upgrade ever lets something else through, it is dropped here rather than reaching a browser.
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "s", "ul", "ol", "li", "a", "blockquote", "code", "pre"],
  allowedAttributes: {
    a: [
      "href",
      { name: "rel", multiple: true, values: LINK_REL.split(" ") },
      { name: "target", values: ["_blank"] },
      "class",
      "data-mention",
    ],
    // "3. item" starts a list at 3; the value is always digits from markdown-it.
    ol: ["start"],
  },
  allowedClasses: { a: ["mention"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/**
 * Safe HTML for a post or comment body (the markdown subset is described in ./markdown.ts).
 * The result may be given to `dangerouslySetInnerHTML`, e.g. through components/content/rich-text.tsx.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
  const env: ContentEnv = { mentions: options.mentions };
  return sanitizeHtml(markdown.render(source, env), SANITIZE_OPTIONS);
}
