/**
 * The guide in a real browser: builds docs-site (which also runs the size check), serves it on
 * 127.0.0.1 and drives Debian's chromium (playwright-core, never a downloaded browser).
 *
 * First every built page as a new reader opens it, at 390 and 1280 px in the light and dark
 * themes: nothing wider than the viewport (also at 320 px), no code broken mid-word, no serious
 * axe-core violation, every control reachable with Tab, and the JavaScript it loads before any
 * interaction, weighed from the network log. Then search, and every step a reader takes.
 * Screenshots go to test-results/docs/.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import world from "../fixtures/world.json" with { type: "json" };
import { startServer } from "../mock-server/adapters/serve.ts";
import { findScenario, scenarios } from "../mock-server/core/scenarios/scenarios.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { groupOf, scenarioGroups } from "../docs-site/src/lib/scenario-groups.ts";
import { LABELS_AND_IDS, MARK_FOCUSABLE, MISSED_BY_KEYBOARD, NO_MID_WORD_BREAKS, OVERFLOW, RECORD_FOCUS } from "./support/page-checks.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SITE = fileURLToPath(new URL("../docs-site/dist", import.meta.url));
const SHOTS = fileURLToPath(new URL("../test-results/docs/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const IN_PAGE = "https://in-page-sandbox.invalid";
/** Where the in-page sandbox posts webhooks: a receiver in the page, answered by the service worker too. */
const IN_PAGE_RECEIVER = "https://webhook-receiver.invalid";
const LOCAL_SNIPPET_URL = "http://127.0.0.1:4010";
const BUDGET = 100 * 1024;
const FOUR = ["expired-key", "missing-scope", "wrong-company-id", "feature-not-enabled"];
/** Requests only the in-page sandbox makes: its code, its world, its service worker. */
const SANDBOX_CODE = /\/(in-page-sandbox\.[\w-]+\.js|sandbox\/world-[\w]+\.json\.gz|mockServiceWorker\.js)$/;
const run = promisify(execFile);

let server: StaticServer;
let browser: Browser;
let sweep: BrowserContext;
let context: BrowserContext;
let page: Page;
let secret = "";
/** The webhook-id the "Make it fail" page saw delivered twice, for the journal's test. */
let duplicateWebhookId = "";
const consoleErrors: string[] = [];
const requests: Request[] = [];
const blocked: string[] = [];

/** Every page of the built site, as a path under its root ("" is the home page). */
const builtPages = () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith(".html") ? [relative(SITE, path).replace(/index\.html$/, "")] : [];
    });
  return walk(SITE).sort();
};
const scenarioPage = (id: string) => `when-it-fails/${groupOf(findScenario(id)!.expected.status).slug}/`;
/** The page a request came from; undefined for the service worker's own requests. */
const pageOf = (request: Request): Page | undefined => {
  try {
    return request.frame().page();
  } catch {
    return undefined;
  }
};
const sandboxRequestsOf = (p: Page) => requests.filter((r) => pageOf(r) === p && SANDBOX_CODE.test(r.url())).map((r) => new URL(r.url()).pathname);
const isLocal = (url: string) => url.startsWith("data:") || url.startsWith("blob:") || new URL(url).hostname === "127.0.0.1";
/** Where the guide's widgets send refused requests on purpose: the in-page sandbox, and the servers the tests start. */
const deliberateOrigins = [IN_PAGE];
/**
 * Chromium logs every 4xx and 5xx response as "Failed to load resource"; the guide asks the in-page
 * sandbox for exactly those on purpose, so they are not errors of the page. Nor is the network
 * error of the fault demo's dropped connection.
 */
const isDeliberateRefusal = (text: string, url: string) =>
  deliberateOrigins.some((origin) => url.startsWith(`${origin}/`)) &&
  (/^Failed to load resource: the server responded with a status of [45]\d\d/.test(text) ||
    (/^Failed to load resource: net::ERR_(FAILED|EMPTY_RESPONSE)$/.test(text) && url.endsWith("/v1/companies?limit=1")));
const user = (role: string, companyName: string) => {
  const company = world.companies.find((c) => c.name === companyName)!;
  return world.users.find((u) => u.role === role && u.companyId === company.id && !u.organisationAdmin)!;
};

/** A browser context whose network stops at 127.0.0.1 and whose errors are collected. */
async function newContext(width: number): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  // Anything bound outside 127.0.0.1 that reaches the network is stopped and remembered; the
  // in-page sandbox's requests never get here, the service worker answers them first.
  await ctx.route((url) => !isLocal(url.href), (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  ctx.on("request", (request) => requests.push(request));
  ctx.on("page", (p) => {
    p.on("console", (message) => {
      if (message.type() !== "error" || isDeliberateRefusal(message.text(), message.location().url)) return;
      consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    p.on("pageerror", (error) => consoleErrors.push(error.message));
  });
  return ctx;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}. The guide's browser test needs Debian's chromium: apt-get install -y --no-install-recommends chromium (.ci/run does this), or set CHROMIUM_PATH.`);
  }
  // docs:build ends with docs:size, which fails the build when a page is over its budget.
  // Without what vitest puts in the environment (DEV=1, MODE=test, …): Astro would read them and
  // build the development version of the pages (no search index, for one).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*)$/.test(name)));
  execFileSync("npm", ["run", "docs:build"], { cwd: ROOT, stdio: "pipe", env: { ...env, ASTRO_TELEMETRY_DISABLED: "1" } });
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(SITE);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  sweep = await newContext(390);
  context = await newContext(1280);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shot(name: string, { fullPage = true } = {}) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}

/** Opens a page of the guide in the walk's tab. */
async function visit(path: string) {
  await page.goto(`${server.url}/${path}`);
}

/**
 * Runs one demo of the "Make it fail" page with its button and returns the lines it wrote, each
 * with its data-* attributes (status, reason, retryAfter, fault, webhookId, ...).
 */
interface DemoLine {
  text: string;
  [data: string]: string | undefined;
}
async function runFailureDemo(name: string): Promise<DemoLine[]> {
  const demo = page.locator(`pleo-failure[data-demo="${name}"]`);
  await demo.getByRole("button").click();
  await expect.poll(() => demo.getAttribute("data-state"), { timeout: 30_000 }).toBe("done");
  expect(await demo.locator("[data-error]").textContent(), `the ${name} demo's error`).toBe("");
  return demo.locator("[data-log] li").evaluateAll((items) => items.map((li) => ({ ...(li as HTMLElement).dataset, text: li.textContent ?? "" })));
}

/** Waits until a ResponseView shows a status, and returns it with its reason and body. */
async function responseIn(scope: ReturnType<Page["locator"]>) {
  const view = scope.locator("[data-response-view]");
  await expect.poll(() => view.getAttribute("data-status"), { timeout: 15_000 }).toMatch(/^\d+$/);
  return {
    status: Number(await view.getAttribute("data-status")),
    reason: await view.getAttribute("data-reason"),
    body: (await view.locator('[data-part="body"]').textContent()) ?? "",
  };
}

/**
 * Serious and critical axe-core violations on the page as it is now: every rule, or only the
 * rules about colour (all a change of theme can change).
 */
async function axeViolations(target: Page, { coloursOnly = false } = {}): Promise<string[]> {
  if (!(await target.evaluate(() => "axe" in window))) await target.addScriptTag({ content: AXE });
  const violations = await target.evaluate(async (onlyColours) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const rules = onlyColours ? { runOnly: { type: "rule", values: ["color-contrast", "link-in-text-block"] } } : {};
    const result = await axe.run(document, { resultTypes: ["violations"], ...rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  }, coloursOnly);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join("; ")})`);
}

/** Switches the page to a theme the way the reader's system would, and waits until it is drawn. */
async function useTheme(target: Page, theme: "light" | "dark") {
  await target.emulateMedia({ colorScheme: theme });
  await expect.poll(() => target.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

/**
 * The pages the guide should have, from its sources: one per MDX file, one per scenario group,
 * and the 404 page. The first test checks that the build made exactly these.
 */
const pages = ((): string[] => {
  const docs = fileURLToPath(new URL("../docs-site/src/content/docs", import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const fromMdx = walk(docs).filter((f) => f.endsWith(".mdx")).map((f) => relative(docs, f).replace(/(^|\/)index\.mdx$/, "$1").replace(/\.mdx$/, "/"));
  return [...fromMdx, ...scenarioGroups.map((g) => `when-it-fails/${g.slug}/`), "404.html"].sort();
})();
/** JavaScript loaded before any interaction, gzipped, per page (filled by the sweep). */
const weights = new Map<string, { bytes: number; files: string[]; interactive: boolean }>();

describe("every page, as a reader opens it", { timeout: 60_000 }, () => {
  it("builds the pages this test visits", () => {
    expect(builtPages()).toEqual(pages);
    expect(pages).toEqual(expect.arrayContaining(["", "404.html", "generate-a-key/", "first-call/", "make-it-fail/", "when-it-fails/", "reference/", "store-it-securely/", "use-it-in-ci/", "when-it-fails/key-refused/"]));
  });

  it.each(pages.map((p) => [`/${p}`, p] as const))("%s: fits 320, 390 and 1280 px, passes axe in both themes, and reaches every control by keyboard", async (_name, path) => {
    const tab = await sweep.newPage();
    try {
      const scripts: Promise<{ url: string; bytes: number }>[] = [];
      tab.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body).length })));
      });
      await tab.setViewportSize({ width: 390, height: 900 });
      await tab.goto(`${server.url}/${path}`);
      await tab.waitForLoadState("networkidle");
      // What a reader's browser fetched with nobody touching the page, gzipped as a server would.
      const inline = await tab.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? "").filter((t) => t.trim()));
      const loaded = await Promise.all(scripts);
      const interactive = await tab.evaluate(() => document.querySelector("main :is(pleo-key-manager, pleo-first-call, pleo-scenario, pleo-failure, pleo-oauth-flow, pleo-install-flow)") !== null);
      weights.set(path, {
        bytes: loaded.reduce((sum, s) => sum + s.bytes, 0) + inline.reduce((sum, code) => sum + gzipSync(code).length, 0),
        files: loaded.map((s) => s.url),
        interactive,
      });
      expect(sandboxRequestsOf(tab), "sandbox code fetched before any interaction").toEqual([]);

      expect(await tab.evaluate(`(${LABELS_AND_IDS})()`)).toEqual([]);
      // Starlight's furniture: a favicon that loads, and on every guide page an edit link to the
      // repository, links to Pleo's own pages for the step, and a previous or next page.
      const furniture = await tab.evaluate(async () => ({
        favicon: (await fetch(document.querySelector<HTMLLinkElement>('link[rel~="icon"]')!.href)).ok,
        edit: [...document.querySelectorAll("a")].some((a) => a.textContent?.trim() === "Edit page" && /\/(edit|tree)\//.test(a.href)),
        pleo: document.querySelectorAll('.pleo-docs a[href^="https://developers.pleo.io/"]').length,
        pagination: document.querySelectorAll('a[rel="prev"], a[rel="next"]').length,
      }));
      expect(furniture.favicon).toBe(true);
      if (path !== "404.html") expect(furniture, `/${path}`).toMatchObject({ edit: true, pleo: expect.any(Number), pagination: expect.any(Number) });
      if (path !== "404.html") expect(Math.min(furniture.pleo, furniture.pagination), `/${path}: Pleo links and previous/next`).toBeGreaterThan(0);
      for (const width of [320, 390, 1280]) {
        await tab.setViewportSize({ width, height: 900 });
        expect(await tab.evaluate(`(${OVERFLOW})()`), `/${path} at ${width} px`).toEqual([]);
        expect(await tab.evaluate(`(${NO_MID_WORD_BREAKS})()`), `/${path} at ${width} px`).toEqual([]);
        if (width === 320) continue;
        // Every rule in the light theme; in the dark one, the rules a theme can change.
        for (const theme of ["light", "dark"] as const) {
          await useTheme(tab, theme);
          expect(await axeViolations(tab, { coloursOnly: theme === "dark" }), `/${path} at ${width} px, ${theme} theme`).toEqual([]);
        }
      }

      // Keyboard: Tab from the top of the page (nothing has focus yet) reaches every visible control.
      expect(await tab.evaluate(() => document.activeElement === document.body)).toBe(true);
      // Let the page's idle-time work (Expressive Code's scroll check) run first.
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(undefined), { timeout: 1000 }))));
      const controls = (await tab.evaluate(`(${MARK_FOCUSABLE})()`)) as number;
      await tab.evaluate(`(${RECORD_FOCUS})()`);
      for (let i = 0; i < controls + 25; i++) await tab.keyboard.press("Tab");
      const missed = await tab.evaluate(`(${MISSED_BY_KEYBOARD})()`);
      expect(missed, `/${path}: controls Tab never reached`).toEqual([]);
      await tab.screenshot({ path: `${SHOTS}page-${path.replaceAll("/", "_") || "home"}-1280-dark.png`, fullPage: true });
    } finally {
      await tab.close();
    }
  });

  it("loads under 100 KB of JavaScript, gzipped, before interaction: pages without an interactive piece none of the sandbox's code", () => {
    expect([...weights.keys()].sort()).toEqual(pages);
    const report = [...weights].map(([path, w]) => `/${path}: ${(w.bytes / 1024).toFixed(1)} KB gzipped${w.interactive ? " (interactive)" : ""}`);
    console.log(`JavaScript before interaction, from the network log:\n${report.join("\n")}`);
    for (const [path, w] of weights) {
      expect(w.bytes, `/${path}`).toBeLessThan(BUDGET);
      expect(w.bytes, `/${path}: Starlight's scripts at least`).toBeGreaterThan(1024);
      if (!w.interactive) expect(w.files.filter((f) => /\/send\.[\w-]+\.js$/.test(f)), `/${path}`).toEqual([]);
    }
    expect([...weights.values()].some((w) => w.interactive)).toBe(true);
    expect([...weights.values()].some((w) => !w.interactive)).toBe(true);
  });
});

describe("search", { timeout: 60_000 }, () => {
  it("finds \"expired\" and lands on that scenario", async () => {
    await visit("store-it-securely/");
    await page.getByRole("button", { name: "Search" }).click();
    const dialog = page.getByRole("dialog", { name: "Search" });
    await dialog.locator("#starlight__search input").fill("expired");
    const expired = findScenario("expired-key")!;
    const hit = dialog.locator(`a[href*="#${expired.id}"]`).first();
    await hit.waitFor({ timeout: 15_000 });
    await shot("search-expired", { fullPage: false });
    await hit.click();
    await page.waitForURL(`**/${scenarioPage(expired.id)}#${expired.id}`);
    const heading = page.locator(`#${expired.id}`);
    expect(await heading.textContent()).toBe(expired.title);
    expect(await heading.evaluate((el) => el.matches(":target"))).toBe(true);
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await heading.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
  });

  it("keeps links from before the split: /when-it-fails/#<id> goes on to the scenario", async () => {
    await visit("when-it-fails/#wrong-company-id");
    await page.waitForURL(`**/${scenarioPage("wrong-company-id")}#wrong-company-id`);
  });

  it("switches to the dark theme from the header's picker and keeps it on the next page", async () => {
    await visit("");
    await page.getByRole("combobox", { name: "Select theme" }).first().selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await visit("reference/");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("combobox", { name: "Select theme" }).first().selectOption("auto");
  });
});

describe("the interactive guide in chromium", { timeout: 60_000 }, () => {
  it("creates a key through the form as an admin, with the keyboard, and copies it from the dialog", async () => {
    await visit("generate-a-key/");
    // The built list is there before the sandbox; the sandbox comes with the first touch.
    await expect.poll(() => page.locator("[data-key-rows] tr[data-key-id]").count()).toBeGreaterThan(0);
    expect(sandboxRequestsOf(page)).toEqual([]);
    await page.getByLabel("Name", { exact: true }).fill("Accounting export (e2e)");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sandbox), { timeout: 15_000 }).toBe("ready");
    expect(sandboxRequestsOf(page)).toEqual(expect.arrayContaining([expect.stringMatching(/in-page-sandbox/), expect.stringMatching(/world-\w+\.json\.gz$/)]));
    await shot("01-key-page-as-admin");

    await page.getByLabel("Expiration").fill("2027-06-30");
    await page.getByLabel("Specific company").check();
    // Keyboard only from here: tick two scopes with Space, then submit with Enter.
    await page.getByLabel("users:read").focus();
    await page.keyboard.press("Space");
    await page.getByLabel("companies:read").focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Create API Key" }).focus();
    await page.keyboard.press("Enter");

    const dialog = page.getByRole("dialog", { name: "Your new API key" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain("cannot be viewed again");
    secret = await dialog.getByLabel("API key").inputValue();
    expect(secret).toMatch(/^pls_\w{40}$/);
    expect(await axeViolations(page), "with the secret dialog open").toEqual([]);
    await dialog.getByRole("button", { name: "Copy" }).click();
    await expect.poll(() => dialog.locator("[data-copy-status]").textContent()).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shot("02-secret-dialog", { fullPage: false });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const row = page.locator("[data-key-rows] tr", { hasText: "Accounting export (e2e)" });
    expect(await row.textContent()).toContain("companies:read, users:read");
    expect(await row.textContent()).toContain("2027-06-30");
    expect(await row.textContent()).toContain("active");
  });

  it("makes the first call with the copied key and gets a 200, then lists employees", async () => {
    await visit("first-call/");
    const keyField = page.getByLabel("Your API key");
    await keyField.fill("");
    await keyField.focus();
    await page.keyboard.press("ControlOrMeta+V"); // paste what the dialog's Copy put on the clipboard
    expect(await keyField.inputValue()).toBe(secret);
    const installation = page.locator('[data-step="installation"]');
    expect(await installation.locator("[data-snippet]").textContent()).toContain(`curl -u '${secret}:'`);
    // A key made in the page exists only there: the page says so beside the snippets.
    expect(await page.locator('[data-note="made-here"]').isVisible()).toBe(true);
    await installation.getByRole("button", { name: "Send" }).click();
    const me = await responseIn(installation);
    expect(me.status).toBe(200);
    expect(me.body).toContain(`urn:pleo:company:${world.companies[0]!.id}`);
    expect(await installation.locator('[data-part="answered-by"]').textContent()).toContain("in-page only");
    expect(await page.getByLabel("company_id (from step 1)").inputValue()).toBe(world.companies[0]!.id);

    await page.getByLabel("Python (requests)").check();
    const employees = page.locator('[data-step="employees"]');
    expect(await employees.locator("[data-snippet]").textContent()).toContain(`auth=(key, "")`);
    await employees.getByRole("button", { name: "Send" }).click();
    const list = await responseIn(employees);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).data).toHaveLength(5);
    await shot("03-first-call");
  });

  it("gives snippets that, run in a terminal against a sandbox server, answer what the page showed", async () => {
    await visit("first-call/");
    await page.getByRole("button", { name: "full-access" }).click();
    expect(await page.locator('[data-note="made-here"]').isVisible()).toBe(false);
    expect(await page.locator('[data-note="in-page"]').textContent()).toContain("npx pleo-sandbox");
    const steps = { installation: page.locator('[data-step="installation"]'), employees: page.locator('[data-step="employees"]') };
    await steps.installation.getByRole("button", { name: "Send" }).click();
    const me = await responseIn(steps.installation);
    const curl = (await steps.installation.locator("[data-snippet]").textContent())!;
    await page.getByLabel("Node (fetch)").check();
    await steps.employees.getByRole("button", { name: "Send" }).click();
    const list = await responseIn(steps.employees);
    const node = (await steps.employees.locator("[data-snippet]").textContent())!;
    for (const code of [curl, node]) expect(code).toContain(`${LOCAL_SNIPPET_URL}/`);

    // The sandbox as a reader starts it in a clone (`npm start` runs mock-server/main.ts, the source of
    // the package's `pleo-sandbox` bin), on a free port.
    const sandbox = execFile(process.execPath, ["--import", "tsx", "mock-server/main.ts", "--port", "0", "--quiet"], { cwd: ROOT });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        sandbox.stdout!.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (found) resolve(found[1]!);
        });
        sandbox.on("exit", (code) => reject(new Error(`mock-server/main.ts exited with ${code}: ${out}`)));
      });
      const { PLEO_API_KEY: _fromShell, ...env } = process.env;
      const curlOut = (await run("bash", ["-c", curl.replaceAll(LOCAL_SNIPPET_URL, url)], { env })).stdout;
      expect(JSON.parse(curlOut)).toEqual(JSON.parse(me.body));
      const nodeOut = (await run(process.execPath, ["--input-type=module", "-e", node.replaceAll(LOCAL_SNIPPET_URL, url)], { env })).stdout;
      expect(nodeOut).toMatch(/^200 /);
      const printedIds = [...nodeOut.matchAll(/id: '([0-9a-f-]{36})'/g)].map((m) => m[1]);
      expect(printedIds).toEqual(JSON.parse(list.body).data.map((e: { id: string }) => e.id));
    } finally {
      sandbox.kill();
    }
  });

  it("reproduces each of the four scenarios with the documented status and explanation", async () => {
    for (const [i, id] of FOUR.entries()) {
      const scenario = findScenario(id)!;
      if (!page.url().endsWith(scenarioPage(id))) await visit(scenarioPage(id));
      const section = page.locator(`[data-scenario="${id}"]`);
      expect(await section.textContent()).toContain(scenario.why);
      await section.getByRole("button", { name: "Reproduce" }).click();
      const live = await responseIn(section);
      expect({ status: live.status, reason: live.reason }).toEqual({ status: scenario.expected.status, reason: scenario.expected.reason });
      expect(JSON.parse(live.body)).toMatchObject({ type: scenario.expected.type });
      await section.screenshot({ path: `${SHOTS}04-scenario-${i + 1}-${id}.png` });
    }
  });

  it("reproduces every other scenario too, resetting the sandbox first for those that come from its state", async () => {
    for (const scenario of scenarios.filter((s) => !FOUR.includes(s.id))) {
      if (!page.url().endsWith(scenarioPage(scenario.id))) await visit(scenarioPage(scenario.id));
      const section = page.locator(`[data-scenario="${scenario.id}"]`);
      await section.getByRole("button", { name: /^(Reset and reproduce|Reproduce)\b/ }).click();
      const live = await responseIn(section);
      expect({ id: scenario.id, status: live.status, reason: live.reason }).toEqual({ id: scenario.id, status: scenario.expected.status, reason: scenario.expected.reason });
    }
    await shot("04-when-it-fails-state");
  });

  it("shows why an employee cannot create keys, and what a company without the feature sees", async () => {
    await visit("generate-a-key/");
    const notice = page.locator("[data-access-notice]");
    const employee = user("employee", "Nordlys ApS");
    await page.getByLabel("You are signed in to the web app as").selectOption(employee.id);
    await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await notice.textContent()).toContain(`${employee.name} is an employee. Only admins and bookkeepers`);
    expect(await page.locator("[data-create-key]").isVisible()).toBe(false);
    await shot("05-employee");

    const admin = user("admin", "Nordlys Ltd");
    await page.getByLabel("You are signed in to the web app as").selectOption(admin.id);
    await expect.poll(() => notice.textContent()).toContain("API keys are not enabled for company \"Nordlys Ltd\"");
    await shot("06-no-feature");
  });

  it("deletes a key from its row, and calls with it are refused from then on", async () => {
    await visit("generate-a-key/");
    const row = page.locator("[data-key-rows] tr", { hasText: "Sandbox read-only" });
    await expect.poll(() => row.count()).toBe(1);
    await page.getByRole("button", { name: "Delete Sandbox read-only" }).click();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator("[data-list-message]").textContent()).toContain("key_revoked");

    // The tab's sandbox now differs from the seeded world: the list is asked again on the next visit.
    await visit("generate-a-key/");
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    await visit("first-call/");
    await page.getByRole("button", { name: "read-only" }).click();
    const installation = page.locator('[data-step="installation"]');
    await installation.getByRole("button", { name: "Send" }).click();
    expect(await responseIn(installation)).toMatchObject({ status: 401, reason: "key_revoked" });
  });

  it("keeps each widget's state to itself: a second copy on the page works on its own", async () => {
    await visit("first-call/");
    await page.evaluate(() => {
      const original = document.querySelector("pleo-first-call")!;
      original.after(original.cloneNode(true));
    });
    const [first, second] = [page.locator("pleo-first-call").nth(0), page.locator("pleo-first-call").nth(1)];
    await first.getByRole("button", { name: "full-access" }).click();
    await second.getByRole("button", { name: "organisation" }).click();
    const keyOf = (slug: string) => world.readyMadeKeys.find((k) => k.slug === slug)!.secret;
    expect(await first.locator('[data-step="installation"] [data-snippet]').textContent()).toContain(keyOf("full-access"));
    expect(await second.locator('[data-step="installation"] [data-snippet]').textContent()).toContain(keyOf("organisation"));
    await second.locator('[data-step="installation"]').getByRole("button", { name: "Send" }).click();
    expect((await responseIn(second.locator('[data-step="installation"]'))).status).toBe(200);
    expect(await first.locator('[data-step="installation"] [data-response-view]').isHidden()).toBe(true);
  });

  it("talks to a sandbox server instead when the reader says so, chosen with the keyboard", async () => {
    const local = await startServer(await createSandbox(), { port: 0, corsOrigins: [server.url] });
    try {
      await visit("first-call/");
      const target = page.locator("pleo-sandbox-target");
      await target.locator("summary").focus();
      await page.keyboard.press("Enter");
      await target.getByLabel("A sandbox server you started").focus();
      await page.keyboard.press("Space");
      await target.getByLabel("Server base URL").fill(local.url);
      await target.getByRole("button", { name: "Save" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => target.locator("summary").textContent()).toContain(local.url);

      await page.getByRole("button", { name: "full-access" }).click();
      const installation = page.locator('[data-step="installation"]');
      expect(await installation.locator("[data-snippet]").textContent()).toContain(`${local.url}/v1/installations/me`);
      expect(await page.locator('[data-note="server"]').textContent()).toContain(local.url);
      const sent = page.waitForRequest(`${local.url}/v1/installations/me`);
      await installation.getByRole("button", { name: "Send" }).click();
      await sent;
      expect((await responseIn(installation)).status).toBe(200);
      expect(await installation.locator('[data-part="answered-by"]').textContent()).toContain("your sandbox server");
      await shot("07-local-server");

      await target.getByLabel("The sandbox in this page").check();
      await target.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => target.locator("summary").textContent()).toContain("in this page");
      expect(await installation.locator("[data-snippet]").textContent()).toContain(`${LOCAL_SNIPPET_URL}/v1/installations/me`);
    } finally {
      await local.close();
    }
  });

  it("makes it fail on purpose: an armed scenario refuses the next N calls about one company, then they recover", async () => {
    await visit("make-it-fail/");
    const demo = page.locator('pleo-failure[data-demo="scenario"]');
    await demo.getByLabel("Scenario").selectOption("revoked-key");
    await demo.getByLabel("About company").selectOption({ label: "Nordlys AB" });
    await demo.getByLabel("For the next N requests").fill("2");
    const calls = (await runFailureDemo("scenario")).filter((line) => line.status);
    expect(calls.map((c) => [c.text.split(":")[0], c.status, c.reason])).toEqual([
      ["First Nordlys ApS, not armed", "200", ""],
      ["Call 1, Nordlys AB", "401", "key_revoked"],
      ["Call 2, Nordlys AB", "401", "key_revoked"],
      ["Call 3, Nordlys AB", "200", ""],
    ]);
    expect(calls[1]!.text).toContain("(revoked-key)");
  });

  it("makes it fail on purpose: a retrying client gets past an armed 503, a slow answer and a dropped connection", async () => {
    if (!page.url().endsWith("make-it-fail/")) await visit("make-it-fail/");
    const demo = page.locator('pleo-failure[data-demo="fault"]');
    const attempts = async (label: string) => {
      await demo.getByLabel(label).check();
      const lines = await runFailureDemo("fault");
      return { lines, attempts: lines.filter((line) => line.status) };
    };
    const unavailable = await attempts("a 503 with Retry-After");
    expect(unavailable.attempts.map((a) => [a.status, a.reason, a.retryAfter, a.fault])).toEqual([
      ["503", "fault_injected", "1", "status=503"],
      ["503", "fault_injected", "1", "status=503"],
      ["200", "", "", ""],
    ]);
    expect(unavailable.attempts[0]!.text).toContain("Retry-After: 1: wait 1 s and retry");

    const slow = await attempts("a slow answer, 1.5 s late");
    expect(slow.attempts.map((a) => [a.status, a.failure ?? ""])).toEqual([["0", "timeout"], ["0", "timeout"], ["200", ""]]);

    const dropped = await attempts("a dropped connection");
    expect(dropped.attempts.map((a) => [a.status, a.failure ?? ""])).toEqual([["0", "network"], ["0", "network"], ["200", ""]]);
    expect(dropped.attempts[0]!.text).toContain("TypeError: Failed to fetch");
    // In the page no socket exists to drop: one line says so, and says what curl would print.
    expect(dropped.lines.filter((l) => l.text.startsWith("In this page there is no socket to drop"))).toHaveLength(1);
    expect(slow.lines.some((l) => l.text.includes("no socket"))).toBe(false);
  });

  it("makes it fail on purpose: a lowered rate limit answers 429 with Retry-After after three calls, then is put back", async () => {
    if (!page.url().endsWith("make-it-fail/")) await visit("make-it-fail/");
    await page.locator('pleo-failure[data-demo="rate-limit"]').getByLabel("Requests a minute per key").fill("3");
    const lines = await runFailureDemo("rate-limit");
    const calls = lines.filter((line) => line.status);
    expect(calls.map((c) => [c.status, c.reason])).toEqual([["200", ""], ["200", ""], ["200", ""], ["429", "rate_limited"]]);
    const retryAfter = Number(calls[3]!.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(lines.map((l) => l.text)).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^Wait ${retryAfter} s, as Retry-After says: Rate limit exceeded: this key has sent 3 requests`)),
      "Limit put back: off, as it is in this page until you turn it on.",
    ]));
    const limit = await page.evaluate(async ([base, name]) => {
      const response = await fetch(`${base}/sandbox/rate-limit`, { headers: { "x-sandbox-workspace": name } });
      return ((await response.json()) as { data: unknown }).data;
    }, [IN_PAGE, "guide-make-it-fail"] as const);
    expect(limit).toEqual({ enabled: false, requestsPerMinute: 600, windowSeconds: 60 });
  });

  it("makes it fail on purpose: a webhook delivered twice is recognised by its webhook-id", async () => {
    if (!page.url().endsWith("make-it-fail/")) await visit("make-it-fail/");
    const lines = await runFailureDemo("webhook");
    const deliveries = lines.filter((line) => line.webhookId);
    expect(deliveries.map((d) => d.firstTime)).toEqual(["true", "false"]);
    expect(deliveries[0]!.webhookId).toMatch(/^msg_\w+$/);
    expect(deliveries[1]!.webhookId).toBe(deliveries[0]!.webhookId);
    expect(deliveries[1]!.text).toContain("seen before, so the receiver skips it");
    expect(lines.some((l) => l.text.startsWith("The journal: 2 deliveries of event") && l.text.includes("answered 204 and 204"))).toBe(true);
    duplicateWebhookId = deliveries[0]!.webhookId!;
  });

  it("makes it fail on purpose: the journal shows the demos' requests and deliveries, newest first", async () => {
    if (!page.url().endsWith("make-it-fail/")) await visit("make-it-fail/");
    const entries = await runFailureDemo("journal");
    const webhooks = entries.filter((e) => e.kind === "webhook");
    expect(webhooks.map((w) => [w.webhookId, w.status])).toEqual([[duplicateWebhookId, "204"], [duplicateWebhookId, "204"]]);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "request", path: "/v1/companies", status: "429", reason: "rate_limited" }),
      expect.objectContaining({ kind: "request", path: "/v1/companies", status: "0", fault: "reset" }),
    ]));
    const newestFirst = entries.filter((e) => e.kind).map((e) => e.text.slice(0, 8));
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());

    await page.locator('pleo-failure[data-demo="journal"]').getByLabel("Show").selectOption("request");
    const requestsOnly = await runFailureDemo("journal");
    expect(requestsOnly.filter((e) => e.kind).every((e) => e.kind === "request")).toBe(true);
    expect(requestsOnly.filter((e) => e.kind).length).toBeGreaterThan(0);
    // The demos worked in their own workspace: the tab's sandbox, which the other pages use, saw none of it.
    const armedFaults = (workspace?: string) => page.evaluate(async ([base, name]) => {
      const response = await fetch(`${base}/sandbox/requests?path=/sandbox/faults`, { headers: name ? { "x-sandbox-workspace": name } : {} });
      return ((await response.json()) as { pagination: { total: number } }).pagination.total;
    }, [IN_PAGE, workspace] as const);
    expect({ workspace: await armedFaults("guide-make-it-fail"), tab: await armedFaults() }).toEqual({ workspace: 3, tab: 0 });
    await shot("08-make-it-fail");
    // Filled with long lines (ids, URLs), the demos still fit a phone and pass axe.
    // Starlight's phone "On this page" bar names the section in view, cut with an ellipsis, which the
    // overflow check cannot tell from text sticking out (every page's own sweep checks that bar), so
    // it is hidden for this check of the demos.
    await page.setViewportSize({ width: 320, height: 900 });
    const hidden = await page.addStyleTag({ content: "mobile-starlight-toc { display: none !important; }" });
    await expect.poll(() => page.evaluate(`(${OVERFLOW})()`), { message: "filled demos at 320 px", timeout: 10_000 }).toEqual([]);
    await hidden.evaluate((style) => (style as Element).remove());
    expect(await axeViolations(page), "filled demos, axe").toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("makes it fail on purpose against a sandbox server: the same demos, in the server's workspace", async () => {
    const local = await startServer(await createSandbox(), { port: 0, corsOrigins: [server.url] });
    deliberateOrigins.push(local.url);
    try {
      await visit("make-it-fail/");
      await page.evaluate((url) => localStorage.setItem("pleo-sandbox-guide:base-url", url), local.url);
      await page.reload();
      const scenario = (await runFailureDemo("scenario")).filter((line) => line.status);
      expect(scenario.map((c) => [c.status, c.reason])).toEqual([["200", ""], ["401", "key_expired"], ["401", "key_expired"], ["200", ""]]);

      // Over HTTP the rate limit is on, at Pleo's 600: the demo lowers it, and puts 600 back.
      const limited = await runFailureDemo("rate-limit");
      expect(limited.filter((line) => line.status).map((c) => c.status)).toEqual(["200", "200", "200", "429"]);
      expect(limited.map((l) => l.text)).toContain("Limit put back: 600 a minute.");

      // A real dropped socket this time: fetch gets the network error, and no line says it is simulated.
      // (Chromium may resend a request whose reused connection was dropped, so one attempt can meet both.)
      await page.locator('pleo-failure[data-demo="fault"]').getByLabel("a dropped connection").check();
      const dropped = await runFailureDemo("fault");
      const attempts = dropped.filter((line) => line.status).map((a) => [a.status, a.failure ?? ""]);
      expect([attempts[0], attempts.at(-1)]).toEqual([["0", "network"], ["200", ""]]);
      expect(dropped.some((l) => l.text.includes("no socket"))).toBe(false);

      const webhook = await runFailureDemo("webhook");
      expect(webhook[0]!.text).toContain("this page cannot be one: run the receiver in the terminal lines below");
      expect(webhook.at(-1)!.text).toBe("Answered by your sandbox server.");

      const journal = (await runFailureDemo("journal")).filter((e) => e.kind);
      expect(journal.filter((e) => e.path === "/v1/companies" && e.status === "0").map((e) => e.fault)).toEqual(["reset", "reset"]);
      const inWorkspace = await (await fetch(`${local.url}/sandbox/requests?path=/sandbox/faults`, { headers: { "x-sandbox-workspace": "guide-make-it-fail" } })).json() as { pagination: { total: number } };
      const outside = await (await fetch(`${local.url}/sandbox/requests?path=/sandbox/faults`)).json() as { pagination: { total: number } };
      expect({ workspace: inWorkspace.pagination.total, server: outside.pagination.total }).toEqual({ workspace: 1, server: 0 });
    } finally {
      await page.evaluate(() => localStorage.removeItem("pleo-sandbox-guide:base-url"));
      await local.close();
    }
  });

  it("runs the OAuth flow in the page: the consent page, a token, its expiry, a refresh, and reuse revoking the grant", async () => {
    await visit("connect-with-oauth/");
    const step = (id: string) => page.locator(`pleo-oauth-flow [data-flow-step="${id}"]`);
    const run = async (id: string, name: string) => {
      await step(id).getByRole("button", { name }).click();
      return responseIn(step(id));
    };
    expect((await run("register", "Register the app")).status).toBe(201);
    await step("consent").getByRole("button", { name: "Send the user to the consent page" }).click();
    const consent = step("consent").locator("[data-consent]");
    await expect.poll(() => consent.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await consent.textContent()).toContain("users:read");
    await consent.getByRole("button", { name: "Approve" }).click();
    const approved = await responseIn(step("consent"));
    expect(approved.status).toBe(302);
    expect(await step("consent").locator('[data-part="headers"]').textContent()).toMatch(/location: http:\/\/127\.0\.0\.1:8976\/callback\?code=[^&]+&state=guide-1/);
    const exchanged = await run("exchange", "Exchange the code");
    expect(exchanged.status).toBe(200);
    expect(JSON.parse(exchanged.body)).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect((await run("call", "List employees")).status).toBe(200);
    expect(await run("expire", "Move the clock past expires_in and call again")).toMatchObject({ status: 401, reason: "token_expired" });
    expect((await run("refresh", "Refresh the tokens")).status).toBe(200);
    await step("reuse").getByRole("button", { name: "Send the old refresh token again" }).click();
    const views = step("reuse").locator("[data-response-view]");
    await expect.poll(() => views.nth(1).getAttribute("data-status"), { timeout: 15_000 }).toBe("401");
    expect([await views.nth(0).getAttribute("data-status"), await views.nth(0).getAttribute("data-reason")]).toEqual(["400", "refresh_token_reused"]);
    expect(await views.nth(1).getAttribute("data-reason")).toBe("token_revoked");
    await shot("09-oauth-flow");
  });

  it("runs the install flow in the page: the integrated key, the activation screen, and uninstalling", async () => {
    await visit("integrated-keys/");
    const step = (id: string) => page.locator(`pleo-install-flow [data-flow-step="${id}"]`);
    await step("register").getByRole("button", { name: "Register the app" }).click();
    expect((await responseIn(step("register"))).status).toBe(201);
    await step("install").getByRole("button", { name: "Install the app" }).click();
    const installed = await responseIn(step("install"));
    expect(installed.status).toBe(201);
    const key = step("activate").getByLabel("Integrated API key");
    expect(await key.inputValue()).toBe(JSON.parse(installed.body).data.key);
    await step("activate").getByRole("button", { name: "Activate" }).click();
    const views = step("activate").locator("[data-response-view]");
    await expect.poll(() => views.nth(1).getAttribute("data-status"), { timeout: 15_000 }).toBe("200");
    expect(await views.nth(0).locator('[data-part="body"]').textContent()).toContain(`urn:pleo:company:${world.companies.find((c) => c.name === "Nordlys ApS")!.id}`);
    expect(await views.nth(1).locator('[data-part="body"]').textContent()).toContain("ACTIVATED");
    await step("uninstall").getByRole("button", { name: "Uninstall, then call with the key" }).click();
    const after = step("uninstall").locator("[data-response-view]");
    await expect.poll(() => after.nth(1).getAttribute("data-status"), { timeout: 15_000 }).toBe("401");
    expect([await after.nth(0).getAttribute("data-status"), await after.nth(1).getAttribute("data-reason")]).toEqual(["204", "app_not_installed"]);
    await shot("10-install-flow");
  });

  it("logged no console errors and sent nothing outside 127.0.0.1 to the network", async () => {
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    const outside = requests.filter((r) => !isLocal(r.url()));
    expect(outside.length).toBeGreaterThan(0); // the in-page sandbox was really used
    for (const request of outside) {
      expect([IN_PAGE, IN_PAGE_RECEIVER].some((origin) => request.url().startsWith(`${origin}/`)), request.url()).toBe(true);
      const response = await request.response();
      // The fault demo's client gives up on a slow answer, and gets a network error for a dropped connection.
      if (response === null) {
        expect({ url: request.url(), failure: request.failure()?.errorText }).toEqual({ url: `${IN_PAGE}/v1/companies?limit=1`, failure: expect.stringMatching(/^net::ERR_(FAILED|ABORTED)$/) });
        continue;
      }
      expect(response.fromServiceWorker(), `${request.url()} answered by the service worker`).toBe(true);
    }
  });
});
