/** Command → Answer: each command to the catalog, the recommender or the bot's own answers. */
import type { BuildInfo } from '../store/build-info.ts';
import type { Answer } from './answer.ts';
import { actorAnswer, countAnswer, longestAnswer, scoreCountAnswer } from './answers/catalog.ts';
import { type AnswerContext, makeAnswer } from './answers/context.ts';
import { helpAnswer } from './answers/help.ts';
import { notUnderstood } from './answers/problems.ts';
import { forYouAnswer, similarAnswer, verdictAnswer } from './answers/recommender.ts';
import { statusAnswer } from './answers/status.ts';
import { titleInfoAnswer } from './answers/title-info.ts';
import type { Command } from './command.ts';

export interface DispatchExtras {
  isAdmin: boolean;
  buildInfo: BuildInfo | null;
}

export function dispatch(command: Command, context: AnswerContext, extras: DispatchExtras): Answer {
  switch (command.name) {
    case 'get_max_duration':
      return longestAnswer(context, command.args);
    case 'get_score_count':
      return scoreCountAnswer(context, command.args);
    case 'get_count_platform':
      return countAnswer(context, command.args);
    case 'get_actor':
      return actorAnswer(context, command.args);
    case 'recommend':
      return verdictAnswer(context, command.args);
    case 'recommend_for_user':
      return forYouAnswer(context, command.args);
    case 'similar':
      return similarAnswer(context, command.args);
    case 'title_info':
      return titleInfoAnswer(context, command.args);
    case 'help':
      return helpAnswer(context, command.args.topic, extras.isAdmin);
    case 'status':
      return statusAnswer(context, extras.buildInfo);
    case 'refresh':
      return refreshAnswer(context, extras.isAdmin);
    case 'unknown':
      return notUnderstood(context);
  }
}

/** The refresh itself runs in the admin flow (adapters and `streambot refresh`); the core only explains. */
function refreshAnswer(context: AnswerContext, isAdmin: boolean): Answer {
  const { locale } = context;
  if (!isAdmin) {
    return makeAnswer(
      context,
      'error',
      locale === 'es'
        ? 'Solo los administradores de Streambot pueden actualizar los datos.'
        : 'Only Streambot admins can refresh the data.',
    );
  }
  return makeAnswer(
    context,
    'info',
    locale === 'es'
      ? 'Para actualizar los datos usa /refresh en Discord o Slack, o `streambot refresh` en la línea de comandos.'
      : 'To refresh the data, use /refresh on Discord or Slack, or `streambot refresh` on the command line.',
  );
}
