/** The work behind `streambot query`, loaded only when the command runs. */
import {
  askQuestion,
  editDistance,
  isQuestionName,
  QUESTION_ARGUMENTS,
  QUESTION_NAMES,
  type QuestionArgument,
  type QuestionInput,
  type QuestionName,
  type QuestionValue,
  questionJson,
} from '../catalog/index.ts';
import { type CliError, exitWithError, isCliError, openCatalogStore } from './_catalog.ts';
import { printJson } from './_shared.ts';

export interface QueryOptions {
  year?: string;
  platform?: string;
  durationType?: string;
  scored?: string;
  json?: boolean;
  db?: string;
}

const OPTION_NAMES: Record<QuestionArgument, string> = {
  year: '--year',
  platform: '--platform',
  durationType: '--duration-type',
  scored: '--scored',
};

export function runQuery(name: string, options: QueryOptions): void {
  const json = options.json ?? false;
  function fail(error: CliError): never {
    return exitWithError(error, json, { function: name });
  }
  if (!isQuestionName(name)) {
    const nearest = nearestQuestion(name);
    const guess = nearest ? ` Did you mean ${nearest}?` : '';
    fail({
      code: 'unknown_function',
      message: `Unknown function "${name}".${guess} Functions: ${QUESTION_NAMES.join(', ')}.`,
      suggestions: nearest ? [nearest] : [...QUESTION_NAMES],
    });
  }
  const question = name as QuestionName;
  const input = questionInput(question, options, fail);
  const store = openCatalogStore(options.db);
  if (isCliError(store)) fail(store);
  try {
    const result = askQuestion(store, question, input);
    if (!result.ok) fail(result.error);
    if (json) printJson(questionJson(question, result.value));
    else process.stdout.write(`${describe(result.value).join('\n')}\n`);
  } finally {
    store.close();
  }
}

/** The options the question takes; any other option given is an error rather than silently ignored. */
function questionInput(
  name: QuestionName,
  options: QueryOptions,
  fail: (error: CliError) => never,
): QuestionInput {
  const accepted = QUESTION_ARGUMENTS[name];
  const input: QuestionInput = {};
  for (const argument of Object.keys(OPTION_NAMES) as QuestionArgument[]) {
    const value = options[argument];
    if (value === undefined) continue;
    if (!accepted.includes(argument)) {
      const takes = accepted.map((a) => OPTION_NAMES[a]).join(', ');
      fail({
        code: 'unexpected_argument',
        message: `${name} does not take ${OPTION_NAMES[argument]}; it takes ${takes}.`,
      });
    }
    input[argument] = value;
  }
  return input;
}

/** The summary, then the details a person may want next (ties, best-scored movies). */
function describe(value: QuestionValue): string[] {
  const lines = [value.summary];
  if ('best' in value) {
    value.best.forEach((movie, i) => {
      lines.push(
        `  ${i + 1}. ${movie.title} (${movie.id}): ${movie.score.toFixed(3)} from ${movie.ratingCount} ratings`,
      );
    });
  }
  return lines;
}

/** The function name within a few typos of `name` (case and dashes aside), if any. */
function nearestQuestion(name: string): QuestionName | undefined {
  const typed = name.toLowerCase().replaceAll('-', '_');
  const [best] = QUESTION_NAMES.map((question) => ({
    question,
    distance: editDistance(typed, question),
  })).sort((a, b) => a.distance - b.distance);
  return best && best.distance <= 3 ? best.question : undefined;
}
