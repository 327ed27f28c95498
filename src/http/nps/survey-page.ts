import { createHash } from "node:crypto";
import type { SurveyCopy } from "../../domain/nps/survey-copy.js";
import { escapeHtml } from "../../html/escape-html.js";

// The only style on the page, allowed by its hash in the CSP: no inline script,
// no other inline style, nothing loaded from anywhere.
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#14213d;background:#f5f7fb}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0}
legend{font-weight:600;font-size:1.15rem;margin-bottom:.75rem;padding:0}
.scale{display:grid;grid-template-columns:repeat(6,1fr);gap:.5rem}
@media (min-width:36rem){.scale{grid-template-columns:repeat(11,1fr)}}
.scale input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.scale label{display:flex;align-items:center;justify-content:center;min-height:3rem;min-width:2.75rem;border:2px solid #8a94a6;border-radius:.5rem;background:#fff;font-weight:600;cursor:pointer}
.scale input:checked+label{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
.scale input:focus-visible+label{outline:3px solid #f59e0b;outline-offset:2px}
.hint{display:flex;justify-content:space-between;gap:1rem;font-size:.9rem;color:#4a5568;margin:.5rem 0 0}
label.comment{display:block;font-weight:600;margin-bottom:.5rem}
textarea{width:100%;min-height:7rem;font:inherit;padding:.75rem;border:2px solid #8a94a6;border-radius:.5rem}
textarea:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
button{margin-top:1rem;min-height:3rem;padding:.5rem 2rem;font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:.5rem;cursor:pointer}
.notice{padding:.75rem 1rem;border-radius:.5rem;background:#e0ecff;margin:0 0 1rem}
.notice.error{background:#fde8e8;color:#7f1d1d}
.small{font-size:.85rem;color:#4a5568;margin-top:2rem}
a{color:#1d4ed8}
`.trim();

const CSS_HASH = createHash("sha256").update(CSS).digest("base64");

/** Headers of every survey page: a strict CSP, no caching, no referrer (the URL holds the token). */
export const PAGE_HEADERS: Record<string, string> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // same-origin: the URL (it holds the token) never leaves the site, and form posts keep their Origin
  // header (with no-referrer, Chromium sends "Origin: null").
  "referrer-policy": "same-origin",
  "cache-control": "no-store",
};

function layout(copy: SurveyCopy, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(copy.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A page with a heading and a sentence: thanks, unsubscribed, unknown or expired link. */
export function messagePage(copy: SurveyCopy, heading: string, text: string): string {
  return layout(copy, heading, `<h1>${escapeHtml(heading)}</h1>\n<p role="status">${escapeHtml(text)}</p>`);
}

/**
 * The page an unsubscribe link opens: a question and a button that posts. Opening the link
 * changes nothing, so mail scanners that fetch every link do not unsubscribe anyone.
 */
export function unsubscribePage(copy: SurveyCopy, path: string): string {
  // "Don't want these emails? Unsubscribe": the question, then the button's label.
  const cut = copy.unsubscribeLink.lastIndexOf("? ");
  const question = cut > 0 ? copy.unsubscribeLink.slice(0, cut + 1) : copy.unsubscribeLink;
  const action = cut > 0 ? copy.unsubscribeLink.slice(cut + 2) : copy.unsubscribeLink;
  const body = `<h1>${escapeHtml(question)}</h1>
<form method="post" action="${escapeHtml(path)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(action)}</button>
</form>`;
  return layout(copy, copy.title, body);
}

/** Security headers for every answer of the server, error pages included. */
export const BASE_HEADERS: Record<string, string> = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "cache-control": "no-store",
};

export interface SurveyForm {
  copy: SurveyCopy;
  /** Path the form posts to and the unsubscribe link's base ("/nps/<token>"). */
  path: string;
  csrf: string;
  version: number;
  selected: number | undefined;
  comment: string;
  notice?: { text: string; error?: boolean };
}

/** The 0-10 scale as radio buttons in a fieldset, and a comment box: works without JavaScript, by keyboard and screen reader. */
export function surveyPage(form: SurveyForm): string {
  const { copy } = form;
  const radios = Array.from({ length: 11 }, (_, n) => {
    const checked = form.selected === n ? " checked" : "";
    return `<input type="radio" id="score-${n}" name="score" value="${n}" required aria-describedby="scale-hint"${checked}><label for="score-${n}">${n}</label>`;
  }).join("\n");
  const notice = form.notice
    ? `<p class="notice${form.notice.error ? " error" : ""}" role="${form.notice.error ? "alert" : "status"}">${escapeHtml(form.notice.text)}</p>\n`
    : "";
  const body = `<h1>${escapeHtml(copy.title)}</h1>
${notice}<form method="post" action="${escapeHtml(form.path)}">
<input type="hidden" name="csrf" value="${escapeHtml(form.csrf)}">
<input type="hidden" name="v" value="${form.version}">
<fieldset>
<legend>${escapeHtml(copy.question)}</legend>
<div class="scale">
${radios}
</div>
<p class="hint" id="scale-hint"><span>${escapeHtml(copy.low)}</span><span>${escapeHtml(copy.high)}</span></p>
</fieldset>
<label class="comment" for="comment">${escapeHtml(copy.commentLabel)}</label>
<textarea id="comment" name="comment" maxlength="2000" rows="5">${escapeHtml(form.comment)}</textarea>
<button type="submit">${escapeHtml(copy.submit)}</button>
</form>
<p class="small"><a href="${escapeHtml(form.path)}/unsubscribe">${escapeHtml(copy.unsubscribeLink)}</a></p>`;
  return layout(copy, copy.title, body);
}
