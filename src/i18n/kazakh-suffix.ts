/**
 * Kazakh case endings after a number written in digits ("80%-ға жуық", "30-дан астам"): the ending
 * follows the last word the number is read with (сексен → -нен, пайыз → -дан), by vowel harmony.
 */
type Case = "dative" | "ablative";

/** Endings of the words a number's reading ends with. */
const ENDINGS: Record<string, Record<Case, string>> = {
  бір: { dative: "ге", ablative: "ден" },
  екі: { dative: "ге", ablative: "ден" },
  үш: { dative: "ке", ablative: "тен" },
  төрт: { dative: "ке", ablative: "тен" },
  бес: { dative: "ке", ablative: "тен" },
  алты: { dative: "ға", ablative: "дан" },
  жеті: { dative: "ге", ablative: "ден" },
  сегіз: { dative: "ге", ablative: "ден" },
  тоғыз: { dative: "ға", ablative: "дан" },
  он: { dative: "ға", ablative: "нан" },
  жиырма: { dative: "ға", ablative: "дан" },
  отыз: { dative: "ға", ablative: "дан" },
  қырық: { dative: "қа", ablative: "тан" },
  елу: { dative: "ге", ablative: "ден" },
  алпыс: { dative: "қа", ablative: "тан" },
  жетпіс: { dative: "ке", ablative: "тен" },
  сексен: { dative: "ге", ablative: "нен" },
  тоқсан: { dative: "ға", ablative: "нан" },
  жүз: { dative: "ге", ablative: "ден" },
  мың: { dative: "ға", ablative: "нан" },
  миллион: { dative: "ға", ablative: "нан" },
  миллиард: { dative: "қа", ablative: "тан" },
  триллион: { dative: "ға", ablative: "нан" },
  нөл: { dative: "ге", ablative: "ден" },
  пайыз: { dative: "ға", ablative: "дан" },
  теңге: { dative: "ге", ablative: "ден" },
};

const UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The last word of an integer read aloud in Kazakh. */
function lastWord(n: number): string {
  const i = Math.abs(Math.trunc(n));
  if (i === 0) return "нөл";
  if (i % 10 !== 0) return UNITS[i % 10] ?? "бір";
  if (i % 100 !== 0) return TENS[(i % 100) / 10] ?? "он";
  if (i % 1000 !== 0) return "жүз";
  if (i % 1e6 !== 0) return "мың";
  if (i % 1e9 !== 0) return "миллион";
  return "миллиард";
}

/** The hyphenated ending for a formatted value: "80%" → "-ға", "30" → "-дан", "2,3 трлн ₸" → "-ге". */
export function kazakhEnding(formatted: string, value: number, grammaticalCase: Case): string {
  const trimmed = formatted.trim();
  let word: string;
  if (trimmed.endsWith("%")) word = "пайыз";
  else if (trimmed.endsWith("₸")) word = "теңге";
  else if (/[,.]\d+$/.test(trimmed)) word = lastWord(Number((trimmed.split(/[,.]/).at(-1) ?? "1")));
  else word = lastWord(value);
  return `-${ENDINGS[word]?.[grammaticalCase] ?? "ға"}`;
}
