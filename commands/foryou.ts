import { forYouAnswer } from '../src/bot/answers/recommender.ts';
import { limitOption, platformOption, typeOption, userOption } from './options.ts';
import { readRecommendation } from './recommend.ts';
import type { CommandModule } from './types.ts';

export const foryou: CommandModule<'recommend_for_user'> = {
  name: 'foryou',
  command: 'recommend_for_user',
  description: {
    en: 'The titles a user is most likely to enjoy and has not rated yet',
    es: 'Los títulos que más pueden gustarle a un usuario y que aún no ha valorado',
  },
  options: [userOption, platformOption(false), typeOption, limitOption],
  examples: [
    { en: '/foryou user:7 platform:hulu', es: '/foryou user:7 platform:hulu' },
    { en: 'recommend something on hulu for user 7', es: 'recomiéndale algo de hulu al usuario 7' },
  ],
  understand(reading, hasContext) {
    const found = readRecommendation(reading, hasContext);
    return found?.request.name === 'recommend_for_user' ? found : undefined;
  },
  pure: true,
  answer: forYouAnswer,
};
