/**
 * The few HTML pages the sandbox serves (the OAuth consent page and its refusals): plain strings,
 * every interpolated value escaped, so the core stays free of any DOM or template library.
 */

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A whole page around `body` (already HTML); `title` is escaped. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Pleo API sandbox</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1d1d1b; }
h1 { font-size: 1.5rem; } code { background: #f3f1ee; padding: 0 .2em; }
fieldset { border: 1px solid #d8d4cf; margin: 1rem 0; } label { display: block; margin: .3rem 0; }
button { font: inherit; padding: .4rem 1rem; margin-right: .5rem; } .note { color: #5c5a57; font-size: .9rem; }
</style>
</head>
<body>
${body}
<p class="note">Served by the Pleo API sandbox: a stand-in for Pleo's authorization server, not Pleo.</p>
</body>
</html>
`;
}

/** The page a refusal shows when it cannot be sent back to the app: its `type`, reason and message. */
export function errorPage(type: string, reason: string, message: string): string {
  return page(
    "The app's request cannot be completed",
    `<h1>The app's request cannot be completed</h1>
<p><code>${escapeHtml(type)}</code> (<code>${escapeHtml(reason)}</code>)</p>
<p>${escapeHtml(message)}</p>`,
  );
}
