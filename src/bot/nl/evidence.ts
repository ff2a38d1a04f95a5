/**
 * How strongly a question's words point at a command. Each command module (`commands/`) reads the
 * question and proposes its request with one of these, plus how well the values found fit it
 * (`Reading.fit`): the strongest wins; two different commands with equal evidence become a
 * clarifying choice. Values are relative: only their order matters.
 */
export const EVIDENCE = {
  /** An admin's "refresh the data" with no catalog question in it. */
  refresh: 100,
  /** "status", "which data" with no catalog question or user in it. */
  status: 95,
  /** "I am user 42", "forget me", "who am I?": about the asker's link, above a user's recommendations. */
  link: 87,
  /** A chart word ("chart", "plot", "gráfico"): whatever it charts, a user's or a title's ratings included. */
  chart: 85,
  /** A cue right before a catalog title: "tell me about <title>", "what is <title>?". */
  titleNamedByCue: 90,
  /** A question naming a user id: a verdict on a title, or suggestions for them. */
  addressedToUser: 80,
  /** The catalog's numbers (longest, actor, scored, count), then decided by how well the values fit. */
  catalogQuestion: 70,
  /**
   * A list or count asked in words ("top 5 longest", "list", "how many comedies"): just below the
   * catalog's own numbers, so on an equal fit the client's four questions keep their answers.
   */
  browse: 68.5,
  /** "how do i use the similar command": help about one command, named after a help cue. */
  helpOnCommand: 65,
  /** "movies like X", "parecidas a X". */
  similar: 60,
  /** "would i like X?", "what should i watch?": the asker, with no user id. */
  firstPerson: 59,
  /** "recommend something", "sugiere algo". */
  recommendation: 58,
  /** "tell me about", "info on", "háblame de" (a title by position). */
  titleInfoCue: 50,
  /** Filters only, no cue ("comedies on netflix from the 90s", "keanu reeves movies"). */
  browseFilters: 45,
  /** Greetings and "what can you do". */
  help: 40,
  /** "what is X", a bare title id or a quoted title. */
  weakTitleInfo: 30,
  /** A status word inside a longer question. */
  statusWord: 20,
  /** A catalog title said on its own ("the irishman?"). */
  bareTitle: 10,
} as const;
