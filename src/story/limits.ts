/**
 * What a story may hold, at most: the bounds the schema enforces, chosen so
 * that the kit's promise can hold. For any story `parseStory` accepts, every
 * element reaches `fine-ready` or `fine-error` within 2 s and no main-thread
 * task takes more than 200 ms (on the machine the README's Limits section
 * names). The measurements behind each number are in that section.
 *
 * A limit is a promise to editors too: a story under every limit is a story
 * the kit shows. Raising one means measuring the elements again.
 */
export const LIMITS = {
  /** Characters of the whole story: its JSON text, or a value's strings and structure counted alike. */
  storyChars: 5_000_000,
  /** Characters of an id. */
  id: 64,
  /** Characters of a title, a name, a label (each language's version). */
  shortText: 500,
  /** Characters of a body, a note, a quote (each language's version). */
  longText: 20_000,
  /** Characters of a URL. */
  url: 2_000,
  /** Languages a story is written in (and versions of one text). */
  languages: 50,
  /** Items in each list of the story. */
  actors: 1_000,
  relations: 2_500,
  events: 10_000,
  eras: 100,
  fines: 5_000,
  quotes: 2_000,
  sources: 5_000,
  conversions: 200,
  figures: 1_000,
  changes: 1_000,
  /** Dated steps in one fine's status history. */
  history: 100,
  /** Sources one item cites, actors one event names. */
  refs: 100,
  /** Largest amount of money, in any currency: 10¹⁵, where cents are still exact in a double. */
  amount: 1e15,
  /** A conversion rate lies within [1/rateSpan, rateSpan]: amounts converted stay finite and exact enough. */
  rateSpan: 1e9,
} as const;

/**
 * Above this many actors the actor map cannot draw a network a reader can
 * follow, nor lay it out within the promise (its force layout took 400 ms
 * for 300 actors on a quiet machine): it shows its table instead.
 */
export const ACTOR_MAP_MAX_DRAWN = 300;

/** The same for relations: above this many, the map shows its table. */
export const ACTOR_MAP_MAX_DRAWN_RELATIONS = 1_000;
