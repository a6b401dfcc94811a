/** xl/sharedStrings.xml: the text of string cells, by index. Rich-text runs are joined; phonetic guides are left out. */
import { scanXml } from "./xml-scan.ts";

/** SpreadsheetML writes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return). */
export function decodeXmlEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = "";
  let inText = false;
  let inPhonetic = false;
  scanXml(xml, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText = true;
      else if (name === "rPh") inPhonetic = true;
    },
    close(name) {
      if (name === "si") strings.push(decodeXmlEscapes(current));
      else if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
    },
    text(text) {
      if (inText && !inPhonetic) current += text;
    },
  });
  return strings;
}
