/** The parser's English words (folded: lower-case, no accents); `lexicon.ts` joins them with Spanish. */
import type { LanguageWords } from './words.ts';

export const ENGLISH: LanguageWords = {
  markers: `the of on in at what which how many much movie movies film films show shows longest most user users
    would should will does do is are was has have from for with about like scored score rated above over more
    than tell details help status who appears appeared starred best and recommend something anything give
    number count released seasons season by get got there available any some tv running runs biggest frequent
    common busiest suggest picks titles enjoy watch hi hello what's whats it this that you your my i if else
    weather won world cup stars rating ratings higher greater better one two three four five twenty nineteen
    thousand point half data using use refresh reload thanks thank please want need know tell just only been
    lot lots`,
  movieWords: 'movie movies film films flick flicks minutes minute mins',
  showWords: 'show shows series season seasons tv sitcom sitcoms serial programme programmes',
  titleWords: 'title titles thing things stuff content one ones',
  userWords: 'user users usr userid viewer member customer',
  comparators: [
    'higher then',
    'more then',
    'greater then',
    'better then',
    'more than',
    'greater than',
    'higher than',
    'better than',
    'bigger than',
    'larger than',
    'above',
    'over',
    'exceeding',
    'exceeds',
    'exceed',
    'beyond',
    'north of',
    'upwards of',
    'in excess of',
    'at least',
    'greater than or equal to',
    'more than or equal to',
    'no less than',
    'minimum of',
    'min of',
    'strictly above',
    'strictly over',
    'beat',
    'beats',
    'beating',
    'topping',
    'tops',
  ],
  scoreWords: 'scored score scores scoring rated rating ratings rate average',
  limitNouns: String.raw`(?:tv\s+)?(?:movies?|films?|shows?|series|titles?|picks?|recommendations?|suggestions?|options?|things?|ideas?|best|top|more)`,
  limitOpenings: String.raw`make\s+it|make\s+that|top|best|first|limit|limit\s+to|just|only|give\s+me|max|maximum|at\s+most|up\s+to`,
  similarCounted: 'similar like please pls plz',
  platformBefore: 'on in at from for to via of does do has have',
  platformAfter:
    'movie movies film films show shows series title titles catalog catalogue library have has got',
  recommendVerbs:
    'like likes liked enjoy enjoys love loves watch watches see recommend recommended suggest fancy appreciate suit suits',
  followUp: String.raw`only|just|and(?:\s+what\s+about|\s+how\s+about|\s+for|\s+on|\s+in)?|what\s+about|how\s+about|same\s+(?:for|with|but|on|in)|same|now(?:\s+for)?|also|then|ok|okay|instead|(?:sorry|oops|no|actually)?(?:\s*,)?\s*i\s+meant|sorry|oops|actually`,
  chat: `pls plz please thx thanks ty lol haha hey yo hi bot streambot quick question q quickq btw tonight today
    rn now ok okay so um hmm like just real come out available streaming stream exist exists there nah yeah yes
    no yep nope ngl tbh idk dunno even omg wow whoa woah ooh oh ah yay bruh dude weekend
    platform platforms service services`,
  bareTitleFrame: `is it on in at the a there available streaming stream still any good worth watching watch show
    movie film series exists exist what about info hey yo pls please bot streambot and one rated have has got
    released release come came out premiered premiere made filmed aired produced shot from or added to genre
    genres runtime length plot synopsis summary director directors`,
  titleLeading: `on in at from for to of by with about me us is are was be would will does do did should could can
    might what which who how i you they he she we it please some any something anything good great new other more
    similar called named only just but and also like watch see wanna gonna want`,
  titleTrailing: `on in at from for to by with about is a an the and or please next now tonight today this weekend then again too
    also instead maybe perhaps only just but released come out made air aired premiered highly well high low
    recommended suggested`,
  clauseWords: "what which would should will and or but then please what's i we you",
  frameWords: `would will does do did should could can might is are was be what which who how i you they he she we
    it a good great pick choice recommendation recommendations recommend suggest like enjoy love watch see for to
    fit match idea option worth and or but hey please right suited suitable worth into fan think top best give
    get show tell find some any something anything next now`,
  notInBareTitles: `like love watch recommend similar best worst good bad weather time today tomorrow news price cost
    movie movies film films show shows series title titles user users how many much most longest your my ask
    commands help you`,
  showVerbFollowers: 'me up us him her them the some all my every',
  shorthand: {
    manny: 'many',
    mnay: 'many',
    abt: 'about',
    smth: 'something',
    sth: 'something',
    smthg: 'something',
    u: 'you',
    ur: 'your',
    cn: 'can',
    rec: 'recommend',
    recs: 'recommendations',
    pls: 'please',
    plz: 'please',
    w: 'with',
    wat: 'what',
    wut: 'what',
    ppl: 'people',
    bc: 'because',
    szn: 'season',
    szns: 'seasons',
  },
  outOfScope: String.raw`(?:is|are)\s+§platform\s+down|outages?|passwords?|log\s*in|login|sign\s+in|account|accounts|subscription|subscribe|subscribers?|cancel|refund|billing|bill|price|prices|cost|costs|pay|paying|per\s+month|bundle|buffering|buffer|wifi|wi\s+fi|internet|download|downloads|married|wife|husband|girlfriend|boyfriend|how\s+old|weather|rain|raining|forecast|calories|longest\s+rivers?|highest\s+mountains?|translate|(?:users|subscribers|members|customers)\s+(?:does|do)\s+§platform|pizza\s+(?:places?|delivery)|restaurants?\s+near|near\s+me|best\s+picture|won\s+(?:the\s+|an\s+)?(?:oscars?|emmys?)|academy\s+awards?|golden\s+globes?`,
};
