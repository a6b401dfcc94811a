/** Units a value can be declared in. Display labels live in src/i18n/<lang>.json as `unit.<id>`. */
export const UNIT_IDS = [
  "tenge",
  "tenge-per-month",
  "usd",
  "usd-2022",
  "usd-2022-per-capita",
  "tenge-per-usd",
  "percent",
  "percent-of-gdp",
  "percent-of-che",
  "percent-of-government-spending",
  "persons",
  "cases",
  "organisations",
  "institutions",
  "units",
  "items",
  "beds-per-1000",
  "doctors-per-10000",
] as const;

export type UnitId = (typeof UNIT_IDS)[number];

export function isUnitId(value: string): value is UnitId {
  return (UNIT_IDS as readonly string[]).includes(value);
}

/** How a unit is formatted: currencies are scaled (bn/trn), percentages get a % sign. */
export type UnitKind = "currency" | "percent" | "count" | "ratio";

export function unitKind(unit: UnitId): UnitKind {
  if (unit === "tenge" || unit === "tenge-per-month" || unit.startsWith("usd")) return "currency";
  if (unit.startsWith("percent")) return "percent";
  if (unit === "tenge-per-usd" || unit === "beds-per-1000" || unit === "doctors-per-10000") return "ratio";
  return "count";
}
