/**
 * Commander's own errors (an unknown option, a missing or unparsable option value) are bad input like any
 * other: exit code 2 and one line on stderr, or with `--json` one JSON error object on stdout, instead of
 * commander's exit code 1 followed by the whole help text.
 */
import { type Command, CommanderError } from 'commander';
import { EXIT_BAD_INPUT, printJson } from './_shared.ts';

/**
 * Applies that handling to `command`. `jsonContext` adds fields to the JSON error object (`streambot
 * query` names the function it was asked for).
 */
export function usageErrorsAsBadInput(
  command: Command,
  jsonContext: (command: Command) => Record<string, unknown> = () => ({}),
): Command {
  const wantsJson = () => command.opts().json === true || commandLineOf(command).includes('--json');
  return command
    .showHelpAfterError(false)
    .configureOutput({
      outputError(message, write) {
        const text = message
          .trim()
          .replace(/^error: /, '')
          .replace(/\s*\n\s*/g, ' ');
        if (wantsJson())
          printJson({ ...jsonContext(command), error: { code: 'invalid_command_line', message: text } });
        else write(`streambot ${pathOf(command)}: ${text} (see streambot ${pathOf(command)} --help)\n`);
      },
    })
    .exitOverride((error) => {
      // Help and version end the run normally; every other commander error is a malformed command line.
      if (error.exitCode === 0) throw error;
      throw new CommanderError(EXIT_BAD_INPUT, error.code, error.message);
    });
}

/** The words after the subcommand's name, as typed (commander may fail before it has parsed them). */
export function commandLineOf(command: Command): string[] {
  const words = process.argv.slice(2);
  const at = words.indexOf(command.name());
  return at < 0 ? [] : words.slice(at + 1);
}

/** The operands among `words`: neither an option nor the value of an option that takes one. */
export function operandsOf(command: Command, words: string[]): string[] {
  const operands: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-')) operands.push(word);
    else if (
      !word.includes('=') &&
      command.options.find((o) => o.long === word || o.short === word)?.required
    )
      i++;
  }
  return operands;
}

/** A command line the action itself finds incomplete: reported like commander's errors, exit code 2. */
export function failCommandLine(command: string, message: string, json: boolean): never {
  if (json) printJson({ error: { code: 'invalid_command_line', message } });
  else process.stderr.write(`streambot ${command}: ${message} (see streambot ${command} --help)\n`);
  process.exit(EXIT_BAD_INPUT);
}

/** `titles search` for a nested subcommand, `query` for a top-level one. */
function pathOf(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}
