/**
 * Numbers written as words ("forty-two", "twenty nineteen", "three and a half", "dos mil veinte",
 * "tres coma cinco") merged into number tokens. The token keeps the words as typed, so a title that
 * contains a number word is still cut from the original text.
 */
import type { Locale } from '../../answer.ts';
import type { Token } from './tokens.ts';

type WordKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'thousand' | 'point' | 'half' | 'and';
interface NumberWord {
  kind: WordKind;
  value: number;
}

function vocabulary(entries: Record<string, [WordKind, number]>): Map<string, NumberWord> {
  return new Map(Object.entries(entries).map(([word, [kind, value]]) => [word, { kind, value }]));
}

const EN = vocabulary({
  zero: ['unit', 0],
  one: ['unit', 1],
  two: ['unit', 2],
  three: ['unit', 3],
  four: ['unit', 4],
  five: ['unit', 5],
  six: ['unit', 6],
  seven: ['unit', 7],
  eight: ['unit', 8],
  nine: ['unit', 9],
  ten: ['teen', 10],
  eleven: ['teen', 11],
  twelve: ['teen', 12],
  thirteen: ['teen', 13],
  fourteen: ['teen', 14],
  fifteen: ['teen', 15],
  sixteen: ['teen', 16],
  seventeen: ['teen', 17],
  eighteen: ['teen', 18],
  nineteen: ['teen', 19],
  twenty: ['ten', 20],
  thirty: ['ten', 30],
  forty: ['ten', 40],
  fourty: ['ten', 40],
  fifty: ['ten', 50],
  sixty: ['ten', 60],
  seventy: ['ten', 70],
  eighty: ['ten', 80],
  ninety: ['ten', 90],
  hundred: ['hundred', 100],
  thousand: ['thousand', 1000],
  point: ['point', 0],
  half: ['half', 0.5],
  and: ['and', 0],
});

const ES_UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ES_TEENS = [
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciseis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
];
const ES_TWENTIES = [
  'veinte',
  'veintiuno',
  'veintidos',
  'veintitres',
  'veinticuatro',
  'veinticinco',
  'veintiseis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const ES_TENS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const ES_HUNDREDS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
};

const ES = vocabulary({
  ...Object.fromEntries(ES_UNITS.map((w, i) => [w, ['unit', i] as [WordKind, number]])),
  ...Object.fromEntries(ES_TEENS.map((w, i) => [w, ['teen', 10 + i] as [WordKind, number]])),
  // "veintiuno" behaves like a teen: complete in itself, it can start the second half of a year.
  ...Object.fromEntries(
    ES_TWENTIES.map((w, i) => [w, [i === 0 ? 'ten' : 'teen', 20 + i] as [WordKind, number]]),
  ),
  ...Object.fromEntries(Object.entries(ES_TENS).map(([w, v]) => [w, ['ten', v] as [WordKind, number]])),
  ...Object.fromEntries(
    Object.entries(ES_HUNDREDS).map(([w, v]) => [w, ['hundreds', v] as [WordKind, number]]),
  ),
  mil: ['thousand', 1000],
  coma: ['point', 0],
  punto: ['point', 0],
  medio: ['half', 0.5],
  media: ['half', 0.5],
  y: ['and', 0],
});

const VOCABULARY: Record<Locale, Map<string, NumberWord>> = { en: EN, es: ES };

/** Replaces runs of number words with number tokens (one per number the run spells). */
export function readNumberWords(tokens: Token[], locale: Locale, minWords = 1): Token[] {
  const words = VOCABULARY[locale];
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = numberRun(tokens, i, words);
    if (run.length < minWords) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    out.push(...spell(tokens.slice(i, i + run.length), run));
    i += run.length;
  }
  return out;
}

/** The number words starting at `from` (connectors only between numbers; "a" only in "a half"). */
function numberRun(tokens: Token[], from: number, words: Map<string, NumberWord>): NumberWord[] {
  const run: NumberWord[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "4 point 5", "3 coma 5": a digit before a spelled decimal point starts the run (scores are below 10).
    const startsDecimal = run.length === 0 && words.get(tokens[i + 1]?.norm ?? '')?.kind === 'point';
    if (token.kind === 'number' && Number.isInteger(token.value) && token.value! < 10 && startsDecimal) {
      run.push({ kind: 'unit', value: token.value! });
      continue;
    }
    if (token.kind === 'number' && run.at(-1)?.kind === 'point') {
      run.push({ kind: 'unit', value: token.value! });
      continue;
    }
    if (token.kind !== 'word') break;
    if (token.norm === 'a' && run.length > 0 && tokens[i + 1]?.norm === 'half') {
      run.push({ kind: 'and', value: 0 });
      continue;
    }
    const word = words.get(token.norm);
    if (!word) break;
    const isConnector = word.kind === 'and' || word.kind === 'point';
    if (isConnector && run.length === 0) break;
    if (word.kind === 'half' && run.length === 0) break;
    run.push(word);
  }
  while (run.length > 0 && (run.at(-1)!.kind === 'and' || run.at(-1)!.kind === 'point')) run.pop();
  return run;
}

/** Turns a run of number words into number tokens; two juxtaposed 10–99 numbers read as a year. */
function spell(tokens: Token[], run: NumberWord[]): Token[] {
  const groups: { value: number; from: number; to: number }[] = [];
  let total = 0;
  let current = 0;
  let last: WordKind | undefined;
  let decimals: number[] | undefined;
  let groupStart = 0;
  const close = (end: number) => {
    let value = total + current;
    if (decimals && decimals.length > 0) value += Number(`0.${decimals.join('')}`);
    groups.push({ value, from: groupStart, to: end });
    total = 0;
    current = 0;
    decimals = undefined;
    last = undefined;
    groupStart = end;
  };
  run.forEach((word, index) => {
    if (decimals) {
      if (word.kind === 'unit') {
        decimals.push(word.value);
        return;
      }
      close(index);
    }
    switch (word.kind) {
      case 'unit':
        if (last === 'unit' || last === 'teen') close(index);
        current += word.value;
        break;
      case 'teen':
      case 'ten':
        if (last === 'unit' || last === 'teen' || last === 'ten') close(index);
        current += word.value;
        break;
      case 'hundred':
        current = (current || 1) * 100;
        break;
      case 'hundreds':
        if (last === 'unit' || last === 'teen' || last === 'ten') close(index);
        current += word.value;
        break;
      case 'thousand':
        total += (current || 1) * 1000;
        current = 0;
        break;
      case 'point':
        decimals = [];
        break;
      case 'half':
        current += 0.5;
        break;
      case 'and':
        return;
    }
    last = word.kind;
  });
  close(run.length);
  const merged = mergeYear(groups);
  return merged.map((group) => {
    const first = tokens[group.from]!;
    const lastToken = tokens[group.to - 1]!;
    const text = tokens
      .slice(group.from, group.to)
      .map((t) => t.text)
      .join(' ');
    return {
      text,
      norm: String(group.value),
      start: first.start,
      end: lastToken.end,
      kind: 'number',
      value: group.value,
    };
  });
}

/** "nineteen ninety-five" and "twenty twenty" are years: 19|95 → 1995. */
function mergeYear(groups: { value: number; from: number; to: number }[]) {
  if (groups.length !== 2) return groups;
  const [century, rest] = groups as [(typeof groups)[0], (typeof groups)[0]];
  const isPair = (v: number) => Number.isInteger(v) && v >= 10 && v <= 99;
  if (century.value >= 10 && century.value <= 20 && isPair(rest.value)) {
    return [{ value: century.value * 100 + rest.value, from: century.from, to: rest.to }];
  }
  return groups;
}
