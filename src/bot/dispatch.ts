/** Command → Answer: each command's own module answers it (`commands/`). */
import { commandModule } from '../../commands/index.ts';
import type { Answer } from '../answer.ts';
import type { BuildInfo } from '../store/build-info.ts';
import type { AnswerContext } from './answers/context.ts';
import { notUnderstood } from './answers/problems.ts';
import type { Command } from './command.ts';
import type { PersonLinks } from './links.ts';

export interface DispatchExtras {
  isAdmin: boolean;
  buildInfo: BuildInfo | null;
  /** The asker's key and the links, for "I am user 42" and "who am I?". */
  asker: { person: string; links: PersonLinks };
}

export function dispatch(command: Command, context: AnswerContext, extras: DispatchExtras): Answer {
  if (command.name === 'unknown') return notUnderstood(context);
  const answer = commandModule(command.name)?.answer;
  if (!answer) return notUnderstood(context);
  return answer(context, command.args as never, extras);
}
