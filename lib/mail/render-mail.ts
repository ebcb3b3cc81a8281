import { MAIL_STRINGS } from "@/lib/mail/mail-strings";

// One layout for every mail, as HTML (inline styles, no images or fonts from elsewhere) and plain text.

export type MailItem = { title: string; meta?: string; href: string };
export type MailSection = { heading: string; items: MailItem[] };
export type MailContent = {
  greeting: string;
  intro: string;
  sections: MailSection[];
  preferencesUrl: string;
  unsubscribe: { label: string; url: string };
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderMail(content: MailContent): { html: string; text: string } {
  const s = MAIL_STRINGS;
  const sectionsHtml = content.sections
    .map(
      (section) => `
      <h2 style="font-size:16px;margin:24px 0 8px;color:#1c1917">${escapeHtml(section.heading)}</h2>
      <ul style="list-style:none;margin:0;padding:0">${section.items
        .map(
          (item) => `
        <li style="margin:0 0 10px"><a href="${escapeHtml(item.href)}" style="color:#b45309;font-weight:600;text-decoration:none">${escapeHtml(item.title)}</a>${
          item.meta ? `<br><span style="color:#57534e;font-size:13px">${escapeHtml(item.meta)}</span>` : ""
        }</li>`,
        )
        .join("")}
      </ul>`,
    )
    .join("");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(s.brand)}</title></head>
<body style="margin:0;background:#fafaf9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#292524">
  <div style="max-width:560px;margin:0 auto;padding:24px">
    <p style="font-weight:700;color:#b45309;font-size:18px;margin:0 0 16px">${escapeHtml(s.brand)}</p>
    <div style="background:#fff;border-radius:12px;padding:24px;border:1px solid #e7e5e4">
      <p style="margin:0 0 8px">${escapeHtml(content.greeting)}</p>
      <p style="margin:0">${escapeHtml(content.intro)}</p>
      ${sectionsHtml}
    </div>
    <p style="font-size:12px;color:#78716c;margin:16px 0 0">${escapeHtml(s.footer)}
      <a href="${escapeHtml(content.preferencesUrl)}" style="color:#78716c">${escapeHtml(s.preferences)}</a> ·
      <a href="${escapeHtml(content.unsubscribe.url)}" style="color:#78716c">${escapeHtml(content.unsubscribe.label)}</a></p>
  </div>
</body></html>`;
  const text = [
    content.greeting,
    "",
    content.intro,
    ...content.sections.flatMap((section) => [
      "",
      section.heading.toUpperCase(),
      ...section.items.map((item) => `- ${item.title}${item.meta ? ` (${item.meta})` : ""}\n  ${item.href}`),
    ]),
    "",
    "--",
    s.footer,
    `${s.preferences}: ${content.preferencesUrl}`,
    `${content.unsubscribe.label}: ${content.unsubscribe.url}`,
    "",
  ].join("\n");
  return { html, text };
}
