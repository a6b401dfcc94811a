/** What Pagefind is given of a page: the page without its data-pagefind-ignore elements, and nothing else lost; and of a search record. */
import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { recordPage, searchInput, withoutIgnoredElements } from "../../src/integrations/search-input.ts";

describe("withoutIgnoredElements", () => {
  test("removes an ignored element with everything nested in it, of its own name too", () => {
    const html = `<main><h1>Title</h1><div class="table-scroll" data-pagefind-ignore tabindex="0"><div><table><tr><td>12 345</td></tr></table></div></div><p>After</p></main>`;
    expect(withoutIgnoredElements(html)).toBe("<main><h1>Title</h1><p>After</p></main>");
  });

  test("removes every ignored element, SVG with self-closing shapes included", () => {
    const html = `<div class="chart-wide" data-pagefind-ignore><svg><g><path d="M0 0"/><text>2019</text></g></svg></div><figcaption>Spending</figcaption><div class="chart-narrow" data-pagefind-ignore><svg><circle r="2"/></svg></div><p>x</p>`;
    expect(withoutIgnoredElements(html)).toBe("<figcaption>Spending</figcaption><p>x</p>");
  });

  test("keeps the words when the attribute's name is only text, or an element never closes", () => {
    const prose = "<p>Mark a region with data-pagefind-ignore to leave it out.</p>";
    expect(withoutIgnoredElements(prose)).toBe(prose);
    const unclosed = `<p>a</p><div data-pagefind-ignore><p>b</p>`;
    expect(withoutIgnoredElements(unclosed)).toBe(unclosed);
  });

  test("a page without ignored elements comes back unchanged", () => {
    const html = `<!doctype html><html lang="kk"><body><main data-pagefind-body><h1>Дәрігерлер</h1></main></body></html>`;
    expect(withoutIgnoredElements(html)).toBe(html);
  });
});

test("searchInput also leaves out inline style sheets, and keeps the page's words and language", () => {
  const html = `<html lang="ru"><head><style>body{color:red}</style><title>Больницы</title></head><body><main data-pagefind-body><h1>Больницы</h1><div data-pagefind-ignore><table><tr><td>818</td></tr></table></div></main></body></html>`;
  expect(searchInput(html)).toBe(`<html lang="ru"><head><title>Больницы</title></head><body><main data-pagefind-body><h1>Больницы</h1></main></body></html>`);
});

test("recordPage makes an organisation's search record a page Pagefind reads as the record: its language, text and title", () => {
  const record = { url: "/ru/organizations/x/", language: "ru", title: `ГКП «Центр» & "Ко" <1>`, content: `ГКП «Центр» & "Ко" <1>. Больница. Алматы, a < b` };
  const { document } = parseHTML(recordPage(record));
  expect(document.documentElement.getAttribute("lang")).toBe("ru");
  // the title as metadata only: the text already starts with the name
  expect(document.querySelector('meta[data-pagefind-meta="title[content]"]')?.getAttribute("content")).toBe(record.title);
  expect(document.querySelector("[data-pagefind-body]")?.textContent).toBe(record.content);
  expect(document.querySelector("h1")).toBeNull();
  expect(document.querySelectorAll("[data-pagefind-body] *")).toHaveLength(1);
});
