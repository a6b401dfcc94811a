/**
 * Filters and sorting for the organisations directory. The static table is complete without JavaScript;
 * this island only hides rows and reorders them, reading the codes the table carries in data-* attributes.
 * It renders nothing until it runs, so a reader without JavaScript never sees controls that do nothing.
 */
import { useEffect, useId, useMemo, useState } from "react";

export interface FilterOption {
  code: string;
  label: string;
}

export interface OrganizationFiltersProps {
  /** The id of the directory's <table>. */
  tableId: string;
  /** BCP 47 locale for sorting names. */
  collation: string;
  options: { region: FilterOption[]; type: FilterOption[]; ownership: FilterOption[] };
  labels: {
    legend: string;
    region: string;
    type: string;
    ownership: string;
    all: string;
    sortBy: string;
    sortName: string;
    sortRegion: string;
    sortLatest: string;
    /** "{shown} of {total} organisations shown" */
    shown: string;
  };
}

type Field = "region" | "type" | "ownership";
type SortKey = "name" | "region" | "latest";

function rowsOf(tableId: string): HTMLTableRowElement[] {
  const body = document.getElementById(tableId)?.querySelector("tbody");
  return body ? [...body.rows] : [];
}

export default function OrganizationFilters({ tableId, collation, options, labels }: OrganizationFiltersProps) {
  const [ready, setReady] = useState(false);
  const [filters, setFilters] = useState<Record<Field, string>>({ region: "", type: "", ownership: "" });
  const [sort, setSort] = useState<SortKey>("name");
  const [shown, setShown] = useState(0);
  const [total, setTotal] = useState(0);
  const id = useId();
  const collator = useMemo(() => new Intl.Collator(collation), [collation]);

  useEffect(() => setReady(true), []);

  useEffect(() => {
    if (!ready) return;
    const rows = rowsOf(tableId);
    const key = (row: HTMLTableRowElement): string => (sort === "name" ? (row.dataset["name"] ?? "") : sort === "region" ? (row.dataset["regionLabel"] ?? "") : (row.dataset["latest"] ?? ""));
    const sorted = [...rows].sort((a, b) => (sort === "latest" ? key(b).localeCompare(key(a)) : 0) || collator.compare(key(a), key(b)) || collator.compare(a.dataset["name"] ?? "", b.dataset["name"] ?? ""));
    const body = rows[0]?.parentElement;
    let visible = 0;
    for (const row of sorted) {
      const match = (Object.keys(filters) as Field[]).every((field) => filters[field] === "" || row.dataset[field] === filters[field]);
      row.hidden = !match;
      if (match) visible += 1;
      body?.appendChild(row);
    }
    setShown(visible);
    setTotal(rows.length);
  }, [ready, tableId, filters, sort, collator]);

  if (!ready) return null;
  const select = (field: Field, label: string) => (
    <p className="filter">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select id={`${id}-${field}`} value={filters[field]} onChange={(e) => setFilters({ ...filters, [field]: e.target.value })}>
        <option value="">{labels.all}</option>
        {options[field].map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <form className="filters" aria-label={labels.legend} onSubmit={(e) => e.preventDefault()}>
      {select("region", labels.region)}
      {select("type", labels.type)}
      {select("ownership", labels.ownership)}
      <p className="filter">
        <label htmlFor={`${id}-sort`}>{labels.sortBy}</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          <option value="name">{labels.sortName}</option>
          <option value="region">{labels.sortRegion}</option>
          <option value="latest">{labels.sortLatest}</option>
        </select>
      </p>
      <p className="filter-status" role="status">
        {labels.shown.replace("{shown}", String(shown)).replace("{total}", String(total))}
      </p>
    </form>
  );
}
