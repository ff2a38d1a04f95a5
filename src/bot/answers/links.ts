/** Answers to "I am user 42", "forget me" and "who am I?". */
import type { Answer, Locale } from '../../answer.ts';
import { servingModel } from '../../recommender/serving.ts';
import type { CommandArgs } from '../command.ts';
import type { DispatchExtras } from '../dispatch.ts';
import { formatCount } from '../format.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { missingPrompt } from './problems.ts';

const TEXT: Record<
  Locale,
  {
    linked(user: number): string;
    coldStart: string;
    forgotten: string;
    nothingToForget: string;
    you(user: number, ratings: string | undefined): string;
    unknown: string;
  }
> = {
  en: {
    linked: (user) =>
      `Got it: you are user ${user}. Ask “what should I watch?” or “would I like bird box?” any time.`,
    coldStart:
      'The ratings have no user with that id, so your picks will be the popular ones until you rate titles.',
    forgotten: 'Done: I forgot who you are in the ratings.',
    nothingToForget: 'There was nothing to forget: you had not told me your user id.',
    you: (user, ratings) => `You are user ${user}${ratings ? ` (${ratings} ratings)` : ''}.`,
    unknown: 'I don’t know who you are in the ratings yet: tell me “I am user 42” (your user id).',
  },
  es: {
    linked: (user) =>
      `Entendido: eres el usuario ${user}. Pregunta «¿qué veo?» o «¿me gustaría coco?» cuando quieras.`,
    coldStart:
      'Las valoraciones no tienen ese usuario: te recomendaré lo más popular hasta que valores títulos.',
    forgotten: 'Hecho: he olvidado quién eres en las valoraciones.',
    nothingToForget: 'No había nada que olvidar: no me habías dicho tu id de usuario.',
    you: (user, ratings) => `Eres el usuario ${user}${ratings ? ` (${ratings} valoraciones)` : ''}.`,
    unknown: 'Aún no sé quién eres en las valoraciones: dime «soy el usuario 42» (tu id).',
  },
};

export function linkAnswer(
  context: AnswerContext,
  args: CommandArgs<'link_user'>,
  extras: DispatchExtras,
): Answer {
  const text = TEXT[context.locale];
  const { person, links } = extras.asker;
  if (args.clear === 'yes')
    return makeAnswer(context, 'info', links.delete(person) ? text.forgotten : text.nothingToForget);
  if (args.user_id === undefined)
    return missingPrompt(context, { name: 'link_user', args, missing: ['user_id'] });
  links.set(person, args.user_id);
  const known = ratingsOf(context, args.user_id) !== undefined;
  return makeAnswer(context, 'info', text.linked(args.user_id), known ? {} : { note: text.coldStart });
}

export function whoamiAnswer(context: AnswerContext, extras: DispatchExtras): Answer {
  const text = TEXT[context.locale];
  const user = extras.asker.links.get(extras.asker.person);
  if (user === undefined) return makeAnswer(context, 'info', text.unknown);
  const ratings = ratingsOf(context, user);
  return makeAnswer(
    context,
    'info',
    text.you(user, ratings === undefined ? undefined : formatCount(ratings, context.locale)),
  );
}

/** How many ratings the model learnt the user from; undefined for a user it never saw (or no model). */
function ratingsOf(context: AnswerContext, user: number): number | undefined {
  const serving = servingModel(context.store);
  const number = serving?.userNumber(user) ?? -1;
  return number < 0 ? undefined : serving!.model.userRatings[number];
}
