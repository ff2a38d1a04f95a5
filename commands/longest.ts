import { durationTypeOption, platformOption, yearOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const longest: SlashCommandDefinition = {
  name: 'longest',
  command: 'get_max_duration',
  description: {
    en: 'The longest movie (minutes) or TV show (seasons), optionally by platform and year',
    es: 'La película (minutos) o serie (temporadas) más larga, por plataforma y año si quieres',
  },
  options: [durationTypeOption, platformOption(false), yearOption(false)],
  examples: [
    { en: '/longest platform:netflix year:2020', es: '/longest platform:netflix year:2020' },
    { en: 'longest show by seasons on hulu', es: 'serie con más temporadas en hulu' },
  ],
};
