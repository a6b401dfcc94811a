/**
 * The search page with JavaScript on: runs the query (from ?q= or the form) through Pagefind and lists
 * the results. Without JavaScript the same page lists every dataset, so the form still leads somewhere.
 * Loaded only by src/pages/[lang]/search/index.astro; every other page ships no JavaScript.
 */
import { isPagefindApi, type PagefindApi, type PagefindResultData } from "./pagefind-api.ts";

/** Enough for any query on a site of this size; the list below the results covers the rest. */
const MAX_RESULTS = 30;

interface SearchPage {
  section: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

let loaded: Promise<PagefindApi> | undefined;
/** A later query wins: results of an earlier, slower one are dropped. */
let latest = 0;

function start(): void {
  const section = document.querySelector<HTMLElement>("[data-search-results]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = section?.querySelector<HTMLOListElement>("ol");
  const form = document.querySelector<HTMLFormElement>("main form[role=search]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  if (!section || !status || !list || !form || !input) return;
  const page = { section, status, list };
  const initial = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  if (initial !== "") {
    input.value = initial;
    void run(page, initial);
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set("q", query);
    history.replaceState(null, "", url);
    void run(page, query);
  });
}

async function run(page: SearchPage, query: string): Promise<void> {
  const ticket = ++latest;
  const say = (key: string, values: Record<string, string | number> = {}): void => {
    const template = page.section.dataset[key] ?? "";
    page.status.textContent = template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  };
  if (query === "") {
    page.section.hidden = true;
    page.status.textContent = "";
    return;
  }
  say("msgLoading");
  try {
    const pagefind = await loadPagefind(page.section);
    const search = await pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    page.list.replaceChildren(...found.map(resultItem));
    page.section.hidden = found.length === 0;
    say(found.length === 0 ? "msgNone" : "msgResults", { query, count: search.results.length });
  } catch {
    if (ticket !== latest) return;
    page.section.hidden = true;
    say("msgError");
  }
}

function loadPagefind(section: HTMLElement): Promise<PagefindApi> {
  loaded ??= (async () => {
    // the bundle exists only in the built site, so it is imported at run time, not bundled
    const module: unknown = await import(/* @vite-ignore */ `${section.dataset.bundle ?? ""}pagefind.js`);
    if (!isPagefindApi(module)) throw new Error("pagefind.js does not export search()");
    await module.options({ baseUrl: section.dataset.base ?? "/" });
    return module;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(link, excerpt);
  return item;
}

/** Pagefind's excerpt as text with <mark> kept; any other markup is dropped rather than trusted. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

start();
