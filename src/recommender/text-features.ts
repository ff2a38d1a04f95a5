/** The words of a title's description that say something about it: lower case, no stop words, no numbers. */

const STOP_WORDS = new Set(
  `a about after again against all also an and another any are around as at away back be because been before
  being between both but by can comes could did do does down during each even ever every find finds for from
  get gets go goes going had has have he her here hers him his how i if in into is it its just life like lives
  make makes many me more most much must my new no not now of off on one only or other our out over own same
  she should so some soon still such take takes than that the their them then there these they this those
  through to too two up upon us very was way we were what when where which while who whom whose why will with
  world would year years you young your`.split(/\s+/),
);

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

export function descriptionWords(description: string | null): string[] {
  if (!description) return [];
  const words: string[] = [];
  for (const match of description.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length >= 3 && !STOP_WORDS.has(word)) words.push(word);
  }
  return words;
}

/** A comma-separated list (directors, cast, genres) as trimmed names. */
export function names(list: string | null): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
