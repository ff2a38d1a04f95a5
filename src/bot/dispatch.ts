/** Command → Answer: each command's own module answers it (`commands/`). */
import { commandModule } from '../../commands/index.ts';
import type { Answer } from '../answer.ts';
import type { BuildInfo } from '../store/build-info.ts';
import type { AnswerContext } from './answers/context.ts';
import { notUnderstood } from './answers/problems.ts';
import type { Command } from './command.ts';

export interface DispatchExtras {
  isAdmin: boolean;
  buildInfo: BuildInfo | null;
}

export function dispatch(command: Command, context: AnswerContext, extras: DispatchExtras): Answer {
  if (command.name === 'unknown') return notUnderstood(context);
  const answer = commandModule(command.name)?.answer;
  if (!answer) return notUnderstood(context);
  return answer(context, command.args as never, extras);
}
