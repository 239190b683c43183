/**
 * The guide in a real browser: builds docs-site, serves it on 127.0.0.1 and drives Debian's
 * chromium (playwright-core, never a downloaded browser) through every step a reader takes.
 * Screenshots of each step go to test-results/docs/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import world from "../fixtures/world.json" with { type: "json" };
import { startServer } from "../mock-server/adapters/serve.ts";
import { findScenario, scenarios } from "../mock-server/core/scenarios/scenarios.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SITE = fileURLToPath(new URL("../docs-site/dist", import.meta.url));
const SHOTS = fileURLToPath(new URL("../test-results/docs/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FOUR = ["expired-key", "missing-scope", "wrong-company-id", "feature-not-enabled"];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let secret = "";
const consoleErrors: string[] = [];
const requests: Request[] = [];
const blocked: string[] = [];

const isLocal = (url: string) => url.startsWith("data:") || new URL(url).hostname === "127.0.0.1";
/**
 * Chromium itself logs every 4xx response as "Failed to load resource"; the guide's scenarios ask
 * the sandbox for exactly those on purpose, so they are not errors of the page.
 */
const isDeliberateRefusal = (text: string, url: string) =>
  /^Failed to load resource: the server responded with a status of 4\d\d/.test(text) && url.startsWith("https://external.staging.pleo.io/");
async function shot(name: string, { fullPage = true } = {}) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0)); // the sticky navigation sits at the top
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}
const user = (role: string, companyName: string) => {
  const company = world.companies.find((c) => c.name === companyName)!;
  return world.users.find((u) => u.role === role && u.companyId === company.id && !u.organisationAdmin)!;
};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}. The guide's browser test needs Debian's chromium: apt-get install -y --no-install-recommends chromium (.ci/run does this), or set CHROMIUM_PATH.`);
  }
  execFileSync("npm", ["run", "docs:build"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(SITE);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  // Anything bound outside 127.0.0.1 that reaches the network is stopped and remembered; the
  // in-page sandbox's requests never get here, the service worker answers them first.
  await context.route((url) => !isLocal(url.href), (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  context.on("request", (request) => requests.push(request));
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error" || isDeliberateRefusal(message.text(), message.location().url)) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the guide that uses the in-page sandbox, once its service worker controls the page. */
async function visit(path: string) {
  await page.goto(`${server.url}/${path}`);
  await page.waitForSelector("html[data-sandbox=ready]", { timeout: 15_000 });
}

/** Waits until a ResponseView shows a status, and returns it with its reason and body. */
async function responseIn(scope: ReturnType<Page["locator"]>) {
  const view = scope.locator("[data-response-view]");
  await expect.poll(() => view.getAttribute("data-status"), { timeout: 10_000 }).toMatch(/^\d+$/);
  return {
    status: Number(await view.getAttribute("data-status")),
    reason: await view.getAttribute("data-reason"),
    body: (await view.locator('[data-part="body"]').textContent()) ?? "",
  };
}

describe("the interactive guide in chromium", { timeout: 60_000 }, () => {
  it("creates a key through the form as an admin, with the keyboard, and copies it from the dialog", async () => {
    await visit("generate-a-key/");
    await expect.poll(() => page.locator("[data-key-rows] tr[data-key-id]").count()).toBeGreaterThan(0);
    await shot("01-key-page-as-admin");

    await page.getByLabel("Name").fill("Accounting export (e2e)");
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
    await installation.getByRole("button", { name: "Send" }).click();
    const me = await responseIn(installation);
    expect(me.status).toBe(200);
    expect(me.body).toContain(`urn:pleo:company:${world.companies[0]!.id}`);
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

  it("reproduces each of the four scenarios with the documented status and explanation", async () => {
    await visit("when-it-fails/");
    for (const [i, id] of FOUR.entries()) {
      const scenario = findScenario(id)!;
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
      const section = page.locator(`[data-scenario="${scenario.id}"]`);
      await section.getByRole("button", { name: /^(Reset and reproduce|Reproduce)$/ }).click();
      const live = await responseIn(section);
      expect({ id: scenario.id, status: live.status, reason: live.reason }).toEqual({ id: scenario.id, status: scenario.expected.status, reason: scenario.expected.reason });
    }
    await shot("04-when-it-fails-all");
  });

  it("shows why an employee cannot create keys, and what a company without the feature sees", async () => {
    await visit("generate-a-key/");
    const notice = page.locator("[data-access-notice]");
    const employee = user("employee", "Nordlys ApS");
    await page.getByLabel("You are signed in to the web app as").selectOption(employee.id);
    await expect.poll(() => notice.isVisible()).toBe(true);
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
    await expect.poll(() => row.count()).toBe(0);
    expect(await page.locator("[data-list-message]").textContent()).toContain("key_revoked");

    await visit("first-call/");
    await page.getByRole("button", { name: "read-only" }).click();
    const installation = page.locator('[data-step="installation"]');
    await installation.getByRole("button", { name: "Send" }).click();
    expect(await responseIn(installation)).toMatchObject({ status: 401, reason: "key_revoked" });
  });

  it("talks to a local `npm start` instead when the base URL setting says so", async () => {
    const local = await startServer(await createSandbox(), { port: 0 });
    try {
      await visit("first-call/");
      await page.getByText("Sandbox: in this page").click();
      await page.getByLabel("A sandbox server you started with").check();
      await page.getByLabel("Server base URL").fill(local.url);
      await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Save" }).click()]);
      expect(await page.locator(".settings summary").textContent()).toContain(local.url);

      await page.getByRole("button", { name: "full-access" }).click();
      const installation = page.locator('[data-step="installation"]');
      expect(await installation.locator("[data-snippet]").textContent()).toContain(`${local.url}/v1/installations/me`);
      const sent = page.waitForRequest(`${local.url}/v1/installations/me`);
      await installation.getByRole("button", { name: "Send" }).click();
      await sent;
      expect((await responseIn(installation)).status).toBe(200);
      await shot("07-local-server");

      await page.getByText(`Sandbox: ${local.url}`).click();
      await page.getByLabel("The sandbox in this page").check();
      await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Save" }).click()]);
      expect(await page.locator(".settings summary").textContent()).toContain("in this page");
    } finally {
      await local.close();
    }
  });

  it("labels every form control on every page", async () => {
    for (const path of ["", "generate-a-key/", "store-it-securely/", "first-call/", "when-it-fails/", "use-it-in-ci/", "reference/"]) {
      await visit(path);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select, textarea")]
          .filter((el) => el.labels?.length === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
          .map((el) => el.outerHTML),
      );
      expect(unlabelled, `unlabelled controls on /${path}`).toEqual([]);
    }
  });

  it("logged no console errors and sent nothing outside 127.0.0.1 to the network", async () => {
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    const outside = requests.filter((r) => !isLocal(r.url()));
    expect(outside.length).toBeGreaterThan(0); // the in-page sandbox was really used
    for (const request of outside) {
      expect((await request.response())?.fromServiceWorker(), `${request.url()} answered by the service worker`).toBe(true);
    }
  });
});
