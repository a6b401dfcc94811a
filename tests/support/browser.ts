/**
 * Debian's Chromium driven by playwright-core, plus an axe-core helper.
 * Never downloads a browser: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const hint = process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)` : "";
  throw new Error(
    `Chromium not found. Install Debian's Chromium: sudo apt-get install -y chromium (or set CHROMIUM_PATH)${hint}`,
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
/** The source of node_modules/axe-core/axe.min.js (for page.addScriptTag / context.addInitScript). */
export function axeScript(): string {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

/** WCAG 2.0/2.1/2.2 A and AA rules. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/**
 * Run axe-core in the page (JavaScript must be enabled in its context); returns the violations.
 * axe is injected with page.addScriptTag unless already present (e.g. from context.addInitScript(axeScript())).
 */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== "undefined");
  if (!hasAxe) await page.addScriptTag({ content: axeScript() });
  return page.evaluate(async (runOnlyTags) => {
    type AxeResults = { violations: AxeViolation[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: runOnlyTags },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: (n.target as unknown[]).map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))),
        html: n.html,
        failureSummary: n.failureSummary ?? "",
      })),
    }));
  }, tags);
}

/** One line per offending element: "rule (impact): help — selector — <html…>". */
export function formatViolations(violations: AxeViolation[], maxNodesPerRule = 10): string[] {
  const lines: string[] = [];
  for (const v of violations) {
    const shown = v.nodes.slice(0, maxNodesPerRule);
    for (const n of shown) {
      const html = n.html.length > 160 ? n.html.slice(0, 157) + "..." : n.html;
      lines.push(`${v.id} (${v.impact ?? "?"}): ${v.help} — ${n.target.join(", ")} — ${html}`);
    }
    if (v.nodes.length > shown.length) {
      lines.push(`${v.id}: … and ${v.nodes.length - shown.length} more elements (${v.helpUrl})`);
    }
  }
  return lines;
}

/** Console errors, uncaught exceptions and HTTP errors of a page, as they happen. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(`console.error: ${m.text()}`)));
  page.on("pageerror", (e) => void errors.push(`uncaught: ${e.message}`));
  page.on("response", (r) => void (r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`)));
  return errors;
}
