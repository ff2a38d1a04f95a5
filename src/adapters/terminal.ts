/**
 * The terminal chat: one conversation with the core over readline, with history, `help` and `exit`.
 * Streams are parameters so the chat can be driven by tests.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Answer, Locale } from '../answer.ts';
import { CHART_TEXT } from '../bot/answers/chart-text.ts';
import type { BotCore } from '../bot/core.ts';
import { logger } from '../log.ts';
import { drawAnswerChart } from './chart-image.ts';
import { renderText } from './render/text.ts';

export interface TerminalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Printed once before the first prompt. */
  banner?: string;
  locale?: Locale;
  /** A file keeping the typed lines between sessions; none when undefined. */
  historyFile?: string;
  /** Where charts are saved as PNG files (default: `streambot-charts` in the system's temporary directory). */
  chartDir?: string;
}

const EXIT_WORDS = new Set(['exit', 'quit', 'bye', 'salir', 'adios', 'adiós', ':q', '/exit', '/quit']);
const HISTORY_LINES = 500;
const PROMPT = 'streambot> ';
const GOODBYE: Record<Locale, string> = { en: 'Bye!', es: '¡Hasta luego!' };

/** Runs the chat until `exit` or end of input; resolves with the number of questions answered. */
export async function startTerminal(core: BotCore, options: TerminalOptions = {}): Promise<number> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive =
    (input as NodeJS.ReadStream).isTTY === true && (output as NodeJS.WriteStream).isTTY === true;
  const rl = createInterface({
    input,
    output,
    terminal: interactive,
    history: readHistory(options.historyFile),
    historySize: HISTORY_LINES,
  });
  const write = (text: string) => output.write(`${text}\n`);
  if (options.banner) write(options.banner);
  let answered = 0;
  let locale: Locale = options.locale ?? 'en';
  rl.setPrompt(PROMPT);
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '') {
      rl.prompt();
      continue;
    }
    if (EXIT_WORDS.has(text.toLowerCase())) break;
    saveHistory(options.historyFile, text);
    const input = { text, conversationId: 'terminal', userId: 'terminal', locale };
    await core.prepare?.(input);
    const reply = core.ask(input);
    locale = reply.answer.locale;
    write(renderText(reply.answer));
    const saved = await saveChart(reply.answer, options.chartDir ?? join(tmpdir(), 'streambot-charts'));
    if (saved) write(CHART_TEXT[locale].saved(saved));
    write('');
    answered++;
    rl.prompt();
  }
  write(GOODBYE[locale]);
  rl.close();
  return answered;
}

/** The answer's chart as a PNG file; its path, or undefined when there is none or it could not be drawn. */
async function saveChart(answer: Answer, dir: string): Promise<string | undefined> {
  const image = await drawAnswerChart(answer);
  if (!image) return undefined;
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${image.fileName}`);
    writeFileSync(path, image.png);
    return path;
  } catch (error) {
    // The text above already carries the chart's numbers.
    logger.warn({ err: (error as Error).message, dir }, 'chart could not be saved');
    return undefined;
  }
}

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_LINES).reverse();
  } catch {
    return [];
  }
}

function saveHistory(file: string | undefined, line: string): void {
  if (!file) return;
  try {
    appendFileSync(file, `${line.replace(/\n/g, ' ')}\n`);
  } catch {
    // History is a convenience: a read-only home directory must not stop the chat.
  }
}
