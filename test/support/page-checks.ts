/**
 * Checks the guide's browser test runs inside each page. Each is the source of a browser function
 * (kept as text, so no build step can add helpers the page does not have), run with
 * `page.evaluate(\`(${CHECK})()\`)`; each returns a list of problems, empty when the page is right.
 */

/**
 * Nothing wider than the viewport: the document does not scroll sideways, and no text sticks out
 * of the viewport unless it sits in a box that scrolls (a table, a code block) inside the viewport.
 */
export const OVERFLOW = String.raw`() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push("the page is " + document.documentElement.scrollWidth + " px wide in a " + width + " px viewport");
  const scrollsInside = (el) => {
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.clip !== "auto" || style.clipPath !== "none" || a.classList.contains("sr-only")) return true;
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && a.getBoundingClientRect().right <= width + 1) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const sticksOut = [...range.getClientRects()].some((r) => r.width > 0 && (r.right > width + 1 || r.left < -1));
    if (sticksOut && !scrollsInside(node.parentElement)) problems.push("text sticks out: " + JSON.stringify(node.textContent.trim().slice(0, 60)));
  }
  return problems.slice(0, 10);
}`;

/**
 * Code and ids never break inside a word: a line may only end where a letter or digit meets
 * something else (a space, a hyphen, a slash). Table cells' code stays on one line.
 */
export const NO_MID_WORD_BREAKS = String.raw`() => {
  const problems = [];
  const word = /[A-Za-z0-9_]/;
  for (const code of document.querySelectorAll("code")) {
    if (code.closest("pre") || !code.checkVisibility()) continue;
    if (code.closest("td, th") && code.getClientRects().length > 1) problems.push("table code wraps: " + code.textContent);
    let previous;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const char = node.data[i];
        if (previous && rect.top > previous.top + previous.height / 2 && word.test(previous.char) && word.test(char)) {
          problems.push("broken mid-word: " + JSON.stringify(code.textContent) + " before " + JSON.stringify(node.data.slice(i, i + 8)));
        }
        previous = { top: rect.top, height: rect.height, char };
      }
    }
  }
  return problems.slice(0, 10);
}`;

/** Every form control has a label, and no id is used twice. */
export const LABELS_AND_IDS = String.raw`() => {
  const problems = [];
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (el.type === "hidden") continue;
    if (el.labels.length === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby") && !el.getAttribute("title")) problems.push("unlabelled: " + el.outerHTML.slice(0, 120));
  }
  const seen = new Map();
  for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push("id used " + count + " times: " + id);
  return problems;
}`;

/**
 * Marks every visible control a keyboard user should reach (one per radio group) with
 * data-kbd, and returns how many there are.
 */
export const MARK_FOCUSABLE = String.raw`() => {
  const selector = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex='-1'])";
  const groups = new Set();
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (!el.checkVisibility({ visibilityProperty: true }) || el.closest("[inert], dialog:not([open])")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    // Expressive Code makes a code block focusable only while it scrolls sideways, and updates that
    // when the browser is idle: judge by the layout, not by a tabindex that may be about to go.
    if (el.matches("pre[tabindex]") && el.scrollWidth <= el.clientWidth) continue;
    if (el.type === "radio") {
      const group = (el.form ? el.form.id || [...document.forms].indexOf(el.form) : "") + "/" + el.name;
      if (groups.has(group)) continue;
      groups.add(group);
      el.closest("fieldset, form")?.querySelectorAll("input[type=radio][name='" + el.name + "']").forEach((r) => (r.dataset.kbd = String(n)));
    }
    el.dataset.kbd = String(n++);
  }
  return n;
}`;

/** From now on, remembers the data-kbd mark (see MARK_FOCUSABLE) of every element that takes focus. */
export const RECORD_FOCUS = String.raw`() => {
  window.__reached = new Set();
  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest?.("[data-kbd]")?.dataset.kbd;
    if (mark !== undefined) window.__reached.add(mark);
  });
}`;

/** The marked controls that never took focus since RECORD_FOCUS. */
export const MISSED_BY_KEYBOARD = String.raw`() =>
  [...document.querySelectorAll("[data-kbd]")].filter((el) => !window.__reached.has(el.dataset.kbd)).map((el) => el.outerHTML.slice(0, 100))`;
