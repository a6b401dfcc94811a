/** Where the licences that datasets are published under can be read; machine-readable metadata links them. */
const LICENCE_URLS: Readonly<Record<string, string>> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "ODC-PDDL-1.0": "https://opendatacommons.org/licenses/pddl/1-0/",
};

export function licenceUrl(licence: string): string | undefined {
  return LICENCE_URLS[licence];
}
