/**
 * A small XML scanner for the parts of an .xlsx file (SpreadsheetML): elements, attributes, text, the five
 * predefined entities and character references, CDATA. It refuses DOCTYPE, so no entity can expand:
 * browsers' DOMParser is missing in web workers, and a document model would hold 50,000 rows twice.
 */

export interface XmlHandlers {
  /** An opening (or self-closing) tag; the name without its namespace prefix ("x:row" → "row"). */
  open?(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  /** A closing tag; also called right after `open` for a self-closing tag. */
  close?(name: string): void;
  /** Character data between tags, entities decoded. */
  text?(text: string): void;
}

export class XmlError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at character ${offset})`);
    this.name = "XmlError";
  }
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(raw: string, offset = 0): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new XmlError("an unterminated entity reference", offset);
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number(name.slice(1)) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) throw new XmlError(`an unknown entity &${name};`, offset);
    return String.fromCodePoint(code);
  });
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Calls the handlers in document order; throws an XmlError on markup it cannot read. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at && handlers.text) handlers.text(decodeEntities(xml.slice(at, textEnd), at));
    if (lt === -1) return;
    if (xml.startsWith("<?", lt)) at = skipPast(xml, "?>", lt);
    else if (xml.startsWith("<!--", lt)) at = skipPast(xml, "-->", lt);
    else if (xml.startsWith("<![CDATA[", lt)) {
      const end = skipPast(xml, "]]>", lt);
      handlers.text?.(xml.slice(lt + 9, end - 3));
      at = end;
    } else if (xml.startsWith("<!", lt)) throw new XmlError("a DOCTYPE or declaration, which a workbook never has", lt);
    else at = readTag(xml, lt, handlers);
  }
}

function skipPast(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw new XmlError(`no closing ${terminator}`, from);
  return end + terminator.length;
}

/** The ">" that ends the tag at `lt`, skipping any inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new XmlError("an unclosed tag", lt);
}

function readTag(xml: string, lt: number, handlers: XmlHandlers): number {
  const gt = tagEnd(xml, lt);
  const body = xml.slice(lt + 1, gt);
  if (body.startsWith("/")) {
    handlers.close?.(localName(body.slice(1).trim()));
    return gt + 1;
  }
  const selfClosing = body.endsWith("/");
  const inner = selfClosing ? body.slice(0, -1) : body;
  const nameEnd = inner.search(/\s/);
  const name = nameEnd === -1 ? inner : inner.slice(0, nameEnd);
  if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new XmlError(`a tag with no valid name "<${name}"`, lt);
  const attributes: Record<string, string> = {};
  if (nameEnd !== -1 && handlers.open) {
    for (const m of inner.slice(nameEnd).matchAll(ATTRIBUTE)) {
      const attribute = m[1] ?? "";
      if (attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
      attributes[localName(attribute)] = decodeEntities(m[2] ?? m[3] ?? "", lt);
    }
  }
  const local = localName(name);
  handlers.open?.(local, attributes, selfClosing);
  if (selfClosing) handlers.close?.(local);
  return gt + 1;
}
