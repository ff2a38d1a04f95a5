/**
 * Canonical genres: each platform labels genres its own way ("comedies" and "stand-up comedy" on
 * Netflix, "comedy" elsewhere, "tv comedies"…); every catalog label maps to one or more canonical
 * genres, or is left out on purpose. Shared by the ETL (which writes the mapping into the store) and
 * the question parsers (which read genre names in English and Spanish).
 */

/** Canonical genres with their Spanish names (folded), English singular as the key. */
export const GENRES = {
  action: 'accion',
  adventure: 'aventura',
  animation: 'animacion',
  anime: 'anime',
  arts: 'arte',
  biography: 'biografia',
  classic: 'clasico',
  comedy: 'comedia',
  crime: 'crimen',
  cult: 'culto',
  documentary: 'documental',
  drama: 'drama',
  faith: 'religion',
  family: 'familiar',
  fantasy: 'fantasia',
  fitness: 'fitness',
  food: 'cocina',
  history: 'historia',
  horror: 'terror',
  independent: 'independiente',
  international: 'internacional',
  kids: 'infantil',
  lgbtq: 'lgbtq',
  lifestyle: 'estilo de vida',
  music: 'musica',
  musical: 'musical',
  mystery: 'misterio',
  nature: 'naturaleza',
  news: 'noticias',
  reality: 'reality',
  romance: 'romance',
  'sci-fi': 'ciencia ficcion',
  science: 'ciencia',
  sports: 'deportes',
  'stand-up': 'monologos',
  superhero: 'superheroes',
  'talk-show': 'programa de entrevistas',
  teen: 'adolescentes',
  thriller: 'suspense',
  travel: 'viajes',
  war: 'belico',
  western: 'western',
} as const;

export type Genre = keyof typeof GENRES;

/** Catalog labels (lower-case, as the ETL splits `listed_in`) → canonical genres. */
export const LABEL_GENRES: Readonly<Record<string, readonly Genre[]>> = {
  action: ['action'],
  'action & adventure': ['action', 'adventure'],
  'action-adventure': ['action', 'adventure'],
  'adult animation': ['animation'],
  adventure: ['adventure'],
  // Amazon's "Arts, Entertainment, and Culture" arrives split at its commas.
  'and culture': ['arts'],
  'animals & nature': ['nature'],
  animation: ['animation'],
  anime: ['anime', 'animation'],
  'anime features': ['anime', 'animation'],
  'anime series': ['anime', 'animation'],
  arthouse: ['independent'],
  arts: ['arts'],
  biographical: ['biography'],
  'british tv shows': ['international'],
  buddy: ['comedy'],
  cartoons: ['animation', 'kids'],
  'children & family movies': ['kids', 'family'],
  'classic & cult tv': ['classic', 'cult'],
  'classic movies': ['classic'],
  classics: ['classic'],
  comedies: ['comedy'],
  comedy: ['comedy'],
  'coming of age': ['teen', 'drama'],
  'concert film': ['music'],
  'cooking & food': ['food'],
  crime: ['crime'],
  'crime tv shows': ['crime'],
  'cult movies': ['cult'],
  dance: ['music'],
  disaster: ['action'],
  documentaries: ['documentary'],
  documentary: ['documentary'],
  docuseries: ['documentary'],
  drama: ['drama'],
  dramas: ['drama'],
  entertainment: ['arts'],
  'faith & spirituality': ['faith'],
  'faith and spirituality': ['faith'],
  family: ['family'],
  fantasy: ['fantasy'],
  fitness: ['fitness'],
  'game show / competition': ['reality'],
  'game shows': ['reality'],
  'health & wellness': ['lifestyle'],
  historical: ['history'],
  history: ['history'],
  horror: ['horror'],
  'horror movies': ['horror'],
  'independent movies': ['independent'],
  international: ['international'],
  'international movies': ['international'],
  'international tv shows': ['international'],
  kids: ['kids'],
  "kids' tv": ['kids'],
  'korean tv shows': ['international'],
  'late night': ['talk-show'],
  latino: ['international'],
  lgbtq: ['lgbtq'],
  'lgbtq movies': ['lgbtq'],
  'lgbtq+': ['lgbtq'],
  lifestyle: ['lifestyle'],
  'lifestyle & culture': ['lifestyle'],
  medical: ['drama'],
  'military and war': ['war'],
  music: ['music'],
  'music & musicals': ['music', 'musical'],
  'music videos and concerts': ['music'],
  musical: ['musical'],
  mystery: ['mystery'],
  news: ['news'],
  parody: ['comedy'],
  'police/cop': ['crime'],
  reality: ['reality'],
  'reality tv': ['reality'],
  romance: ['romance'],
  'romantic comedy': ['romance', 'comedy'],
  'romantic movies': ['romance'],
  'romantic tv shows': ['romance'],
  'sci-fi & fantasy': ['sci-fi', 'fantasy'],
  'science & nature tv': ['science', 'nature'],
  'science & technology': ['science'],
  'science fiction': ['sci-fi'],
  sitcom: ['comedy'],
  'sketch comedy': ['comedy'],
  'soap opera / melodrama': ['drama'],
  'spanish-language tv shows': ['international'],
  sports: ['sports'],
  'sports movies': ['sports'],
  'spy/espionage': ['thriller'],
  'stand up': ['stand-up', 'comedy'],
  'stand-up comedy': ['stand-up', 'comedy'],
  'stand-up comedy & talk shows': ['stand-up', 'comedy', 'talk-show'],
  superhero: ['superhero', 'action'],
  survival: ['adventure'],
  suspense: ['thriller'],
  'talk show': ['talk-show'],
  'talk show and variety': ['talk-show'],
  teen: ['teen'],
  'teen tv shows': ['teen'],
  thriller: ['thriller'],
  thrillers: ['thriller'],
  travel: ['travel'],
  'tv action & adventure': ['action', 'adventure'],
  'tv comedies': ['comedy'],
  'tv dramas': ['drama'],
  'tv horror': ['horror'],
  'tv mysteries': ['mystery'],
  'tv sci-fi & fantasy': ['sci-fi', 'fantasy'],
  'tv thrillers': ['thriller'],
  unscripted: ['reality'],
  variety: ['talk-show'],
  western: ['western'],
  'young adult audience': ['teen'],
};

/**
 * Labels left out on purpose: they say what kind of title it is ("movies", "tv shows"), or group
 * titles by something other than genre ("special interest", "anthology", "black stories").
 */
export const LABELS_LEFT_OUT: ReadonlySet<string> = new Set([
  'movies',
  'tv shows',
  'series',
  'special interest',
  'anthology',
  'black stories',
]);

/** The canonical genres of a catalog label; undefined when the label is unknown (neither mapped nor left out). */
export function genresOfLabel(label: string): readonly Genre[] | undefined {
  if (LABELS_LEFT_OUT.has(label)) return [];
  return LABEL_GENRES[label];
}

/** A genre by its canonical name or its Spanish name, accents and case ignored ("Comedia" → comedy). */
export function genreNamed(name: string): Genre | undefined {
  const folded = name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  return (Object.keys(GENRES) as Genre[]).find((genre) => genre === folded || GENRES[genre] === folded);
}

/** The catalog labels that map to a genre, as the answer says which labels matched. */
export function labelsOfGenre(genre: Genre): string[] {
  return Object.entries(LABEL_GENRES)
    .filter(([, genres]) => genres.includes(genre))
    .map(([label]) => label);
}
