import { surveyCopy } from "../domain/nps/survey-copy.js";
import { escapeHtml } from "../html/escape-html.js";

export interface SurveyEmail {
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
}

/** The survey email: eleven one-click score links (0-10) to the survey page, and an unsubscribe link. */
export function buildSurveyEmail(input: {
  publicUrl: string;
  token: string;
  contactName: string;
  language: string;
}): SurveyEmail {
  const copy = surveyCopy(input.language);
  const pageUrl = `${input.publicUrl}/nps/${input.token}`;
  const unsubscribeUrl = `${pageUrl}/unsubscribe`;
  const scores = Array.from({ length: 11 }, (_, n) => n);
  const hello = copy.hello(input.contactName);
  const text = [
    hello,
    "",
    copy.emailIntro,
    copy.question,
    `(${copy.low}, ${copy.high})`,
    "",
    ...scores.map((n) => `${n}: ${pageUrl}?score=${n}`),
    "",
    `${copy.unsubscribeLink}: ${unsubscribeUrl}`,
    "",
  ].join("\n");
  const cell = (n: number) =>
    `<td style="padding:2px"><a href="${escapeHtml(`${pageUrl}?score=${n}`)}" style="display:inline-block;min-width:28px;padding:10px 4px;border:1px solid #8a94a6;border-radius:6px;text-align:center;color:#1b2a4a;text-decoration:none;font:bold 16px sans-serif" aria-label="${n}">${n}</a></td>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(copy.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(copy.emailSubject)}</title></head>
<body style="font:16px/1.5 sans-serif;color:#1b2a4a">
<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(copy.emailIntro)}</p>
<p><strong>${escapeHtml(copy.question)}</strong></p>
<table role="presentation" cellspacing="0" cellpadding="0"><tr>${scores.map(cell).join("")}</tr></table>
<p style="font-size:13px;color:#4a5568">${escapeHtml(copy.low)} · ${escapeHtml(copy.high)}</p>
<p style="font-size:12px;color:#4a5568"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(copy.unsubscribeLink)}</a></p>
</body></html>
`;
  return { subject: copy.emailSubject, text, html, unsubscribeUrl };
}
