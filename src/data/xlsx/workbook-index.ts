/** Which sheets a workbook has and where their XML is: _rels/.rels → workbook.xml and its relationships. */
import { scanXml } from "./xml-scan.ts";
import { XlsxError } from "./zip-parts.ts";

export interface SheetEntry {
  name: string;
  /** Path of the sheet's XML inside the package, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  hidden: boolean;
}

export interface WorkbookIndex {
  workbookPath: string;
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904: boolean;
  sharedStringsPath: string | undefined;
  stylesPath: string | undefined;
}

/** Relationship id → target path, resolved against the folder of the part that owns the relationships. */
export function readRelationships(xml: string, ownerPath: string): Map<string, { type: string; path: string }> {
  const folder = ownerPath.includes("/") ? ownerPath.slice(0, ownerPath.lastIndexOf("/") + 1) : "";
  const rels = new Map<string, { type: string; path: string }>();
  scanXml(xml, {
    open(name, a) {
      if (name !== "Relationship" || a["Id"] === undefined || a["Target"] === undefined) return;
      rels.set(a["Id"], { type: a["Type"] ?? "", path: resolvePath(folder, a["Target"]) });
    },
  });
  return rels;
}

function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** Relationships of a part live in `<folder>/_rels/<file>.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * Reads the package's root relationships and workbook.xml through `load`, which unpacks the named parts
 * (so a workbook's other sheets and pictures are never inflated).
 */
export function readWorkbookIndex(load: (names: readonly string[]) => ReadonlyMap<string, string>): WorkbookIndex {
  const rootRels = load(["_rels/.rels"]).get("_rels/.rels");
  const officeDocument = rootRels ? [...readRelationships(rootRels, "").values()].find((r) => r.type.endsWith("/officeDocument")) : undefined;
  const workbookPath = officeDocument?.path ?? "xl/workbook.xml";
  const parts = load([workbookPath, relsPathOf(workbookPath)]);
  const workbookXml = parts.get(workbookPath);
  if (workbookXml === undefined) throw new XlsxError(`it has no workbook part (${workbookPath})`);
  const relsXml = parts.get(relsPathOf(workbookPath));
  const rels = relsXml ? readRelationships(relsXml, workbookPath) : new Map<string, { type: string; path: string }>();
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a["date1904"] === "1" || a["date1904"] === "true";
      if (name !== "sheet") return;
      const path = rels.get(a["id"] ?? "")?.path;
      if (path !== undefined) sheets.push({ name: a["name"] ?? "", path, hidden: a["state"] === "hidden" || a["state"] === "veryHidden" });
    },
  });
  if (sheets.length === 0) throw new XlsxError("the workbook lists no worksheet");
  const partOfType = (suffix: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  return { workbookPath, sheets, date1904, sharedStringsPath: partOfType("/sharedStrings"), stylesPath: partOfType("/styles") };
}
