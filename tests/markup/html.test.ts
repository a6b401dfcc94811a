/** The one escaping rule and the HTML string templates the organisation pages' tables are built with. */
import { describe, expect, test } from "vitest";
import { escapeMarkup } from "../../src/markup/escape.ts";
import { attribute, html, Html } from "../../src/markup/html.ts";

describe("escapeMarkup", () => {
  test("turns the five characters that could end a text or an attribute into entities", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  test("leaves text with nothing to escape as it is, Kazakh letters and the signs of numbers included", () => {
    expect(escapeMarkup("Қызылорда облысы −1 234,5 %")).toBe("Қызылорда облысы −1 234,5 %");
  });
});

describe("html", () => {
  test("escapes every text put into it", () => {
    const name = `</td><script>alert(1)</script>`;
    expect(html`<td>${name}</td>`.markup).toBe("<td>&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>");
  });

  test("escapes text in attribute values, so a quote cannot open another attribute", () => {
    expect(html`<tr data-line="${`x" onmouseover="alert(1)`}">`.markup).toBe('<tr data-line="x&quot; onmouseover=&quot;alert(1)">');
  });

  test("places markup it built itself as it is, and lists one after another", () => {
    const cells = ["1", "<2>"].map((v) => html`<td>${v}</td>`);
    expect(html`<tr>${cells}</tr>`.markup).toBe("<tr><td>1</td><td>&lt;2&gt;</td></tr>");
  });

  test("prints nothing for false, null and undefined, and numbers as they are", () => {
    expect(html`<p>${false}${null}${undefined}${0}${12.5}</p>`.markup).toBe("<p>012.5</p>");
  });

  test("does not trust an object that only looks like markup", () => {
    const lookalike = { markup: "<script>" } as unknown as string;
    expect(html`${lookalike}`.markup).not.toContain("<script>");
    expect(new Html("<b>").toString()).toBe("<b>");
  });
});

describe("attribute", () => {
  test("is there only when asked for, with its value escaped", () => {
    expect(html`<tr${attribute("class", "total", true)}>`.markup).toBe('<tr class="total">');
    expect(html`<tr${attribute("class", "total", false)}>`.markup).toBe("<tr>");
    expect(attribute("title", `"<x>"`).markup).toBe(' title="&quot;&lt;x&gt;&quot;"');
  });
});
