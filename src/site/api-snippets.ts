/** Copy-ready examples for the API page, with the addresses of this build (site URL + base path). */
import type { OpenDataUrls } from "./open-data-urls.ts";

export interface ApiSnippets {
  curl: string;
  pandas: string;
  r: string;
}

/** `exampleId` is the dataset the examples download. */
export function apiSnippets(urls: OpenDataUrls, exampleId: string): ApiSnippets {
  const csv = urls.csv(exampleId);
  const variable = exampleId.replace(/-/g, "_");
  return {
    curl: [
      `curl -sS ${urls.catalog}`,
      `curl -sS -o ${exampleId}.csv ${csv}`,
      `curl -sS ${urls.dataPackage(exampleId)}`,
    ].join("\n"),
    pandas: [
      `import json`,
      `from urllib.request import urlopen`,
      ``,
      `import pandas as pd`,
      ``,
      `catalog = json.load(urlopen("${urls.catalog}"))`,
      `for dataset in catalog["datasets"]:`,
      `    print(dataset["id"], dataset["title"]["en"], dataset["downloads"]["csv"])`,
      ``,
      `${variable} = pd.read_csv("${csv}", keep_default_na=False, na_values=[""])`,
    ].join("\n"),
    r: [
      `library(jsonlite)`,
      `catalog <- fromJSON("${urls.catalog}")`,
      `catalog$datasets$id`,
      ``,
      `${variable} <- read.csv("${csv}", na.strings = "", encoding = "UTF-8")`,
      ``,
      `library(frictionless)`,
      `package <- read_package("${urls.dataPackage()}")`,
      `${variable} <- read_resource(package, "${exampleId}")`,
    ].join("\n"),
  };
}
