/**
 * The story format, written once. Everything else is derived from it: the
 * TypeScript types (`types.ts`), the runtime validator (`parse.ts`) and the
 * published JSON Schema (`data/story.schema.json`, written by `npm run
 * schema` and checked by a test), so they cannot drift.
 *
 * Each check carries a message *code* (e.g. `'date'`), not prose: the
 * validator's errors are turned into sentences in the reader's language.
 */
import { array, boolean, idOf, number, object, oneOf, optional, record, refTo, string, union } from './schema-kit.js';
import { LIMITS } from './limits.js';
import { hasNoHiddenChars, hasNoLogin, isWebUrl } from './url.js';

/** Limits that keep a hostile or broken file from exhausting a page (`limits.ts`). */
export { LIMITS };

/** BCP 47 language tag, the shape `Intl` accepts (`ar`, `ar-EG`, `fr-u-nu-latn`). */
export const LANG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** ISO 8601 at the precision known: `2021`, `2021-07` or `2021-07-16`. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when a `DATE_PATTERN` string names a day that exists (not 30 February). */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (d === undefined) return true;
  return d <= new Date(Date.UTC(y!, m, 0)).getUTCDate();
}

/**
 * `isCalendarDate` for a date that matched its pattern: any day up to the
 * 28th exists in every month, and a year or a month (no day: `+''` is 0) is
 * whole. No Date made for those: 10,000 events' dates are checked at every page load.
 */
const isDay = (value: string) => +value.slice(8) < 29 || isCalendarDate(value);

export const Id = string({ max: LIMITS.id, pattern: [/^[a-z0-9][a-z0-9-]*$/, 'id'] });
export const Lang = string({ max: 35, pattern: [LANG_PATTERN, 'lang'] });
export const IsoDate = string({
  pattern: [DATE_PATTERN, 'date-format'],
  rules: [[isDay, 'date']],
});
/** A whole day, `2026-03-12`: what an "Updated" or "Correction" note prints. */
export const DayDate = string({
  pattern: [/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date-day'],
  rules: [[isDay, 'date']],
});
/** Only web links the browser parses as the reader reads them (`url.ts`): no `javascript:`, `data:` or relative URLs. */
export const Url = string({
  max: LIMITS.url,
  rules: [
    [hasNoHiddenChars, 'url-chars'],
    [isWebUrl, 'url'],
    [hasNoLogin, 'url-login'],
  ],
});
const Currency = string({ pattern: [/^[A-Z]{3}$/, 'currency'] });
/** ISO 3166-1 alpha-2 country code. */
const Country = string({ pattern: [/^[A-Z]{2}$/, 'country'] });

const shortString = string({ min: 1, max: LIMITS.shortText });
const longString = string({ min: 1, max: LIMITS.longText });

/** A string in the story's default language, or a map from language tag to string. */
export const ShortText = union([shortString, record(Lang, shortString, LIMITS.languages)], 'text');
export const LongText = union([longString, record(Lang, longString, LIMITS.languages)], 'text');

const list = <T>(item: Parameters<typeof array<T>>[0], max: number) => array(item, { max });
/**
 * Ids and the references to them: each `idOf` is unique among its kind
 * (`duplicate-id`), each `refTo` names one that exists (`unknown-ref`),
 * checked by `parseStory` once the shape is right.
 */
const ActorRef = refTo('actor', Id);
const SourceRef = refTo('source', Id);
/** Every fact cites at least one source, by id. */
const SourceRefs = array(SourceRef, { min: [1, 'sources'], max: LIMITS.refs });
const ActorRefs = array(ActorRef, { max: LIMITS.refs });
const FineRefs = array(refTo('fine', Id), { max: LIMITS.refs });

export const ACTOR_KINDS = ['company', 'regulator', 'court', 'ngo', 'person', 'media', 'institution'] as const;

export const RELATION_KINDS = [
  'complained-to',
  'referred-to',
  'fined',
  'appealed',
  'ruled-on',
  'reported',
  'criticised',
  'cooperated-with',
  'disclosed',
  'parent-of',
  'apologised-to',
  'represented',
  'led',
] as const;

export const LAWS = ['gdpr', 'eprivacy'] as const;

/**
 * Where a fine stands: `final` (no appeal possible or none made), `under-appeal`,
 * `upheld` (a court confirmed it), `reduced` (a court cut it: the entry gives
 * the new amount), `annulled` (a court set it aside; it no longer stands).
 */
export const FINE_STATUSES = ['final', 'under-appeal', 'upheld', 'reduced', 'annulled'] as const;

/** What a change note says: new facts (`update`) or a fixed mistake (`correction`). */
export const CHANGE_KINDS = ['update', 'correction'] as const;

export const Actor = object({
  id: idOf('actor', Id),
  kind: oneOf(ACTOR_KINDS),
  name: ShortText,
  /** A short form for tight labels ("CNPD"). */
  shortName: optional(ShortText),
  /** What this actor is in the story, one sentence. */
  role: optional(ShortText),
  country: optional(Country),
  url: optional(Url),
  sources: optional(SourceRefs),
});

export const Relation = object({
  id: idOf('relation', Id),
  from: ActorRef,
  to: ActorRef,
  kind: oneOf(RELATION_KINDS),
  date: optional(IsoDate),
  /** Overrides the generic wording of `kind` ("filed a collective complaint with"). */
  label: optional(ShortText),
  note: optional(LongText),
  sources: SourceRefs,
});

export const StoryEvent = object({
  id: idOf('event', Id),
  date: IsoDate,
  /** End of a span (an appeal, an investigation); omitted for a moment. */
  end: optional(IsoDate),
  /** Why the date is uncertain or disputed; its presence marks the date as disputed. */
  dateNote: optional(LongText),
  title: ShortText,
  body: optional(LongText),
  actors: optional(ActorRefs),
  /** Ids of the fines the event is about: the timeline's details say where each stands now. */
  fines: optional(FineRefs),
  /** Display weight: 1 = key event, 3 = context. Defaults to 2. */
  importance: optional(oneOf([1, 2, 3] as const)),
  sources: SourceRefs,
});

/** A named period drawn as a shaded band ("appeal pending"). No `end`: still going on. */
export const Era = object({
  id: idOf('era', Id),
  start: IsoDate,
  end: optional(IsoDate),
  title: ShortText,
  sources: SourceRefs,
});

export const Money = object({
  /** Finite, from 0 to 10¹⁵. */
  value: number({ min: [0, 'non-negative'], max: [LIMITS.amount, 'at-most'] }),
  currency: Currency,
});

/** One dated step in a fine's life: an appeal lodged, a judgment, a reduction. */
export const FineStatusChange = object({
  status: oneOf(FINE_STATUSES),
  date: IsoDate,
  /** Why the date is uncertain or disputed. */
  dateNote: optional(LongText),
  /** For `reduced` (and only then): the amount left standing, below the one before. */
  amount: optional(Money),
  /** Actor id of the court or authority that decided. */
  by: optional(ActorRef),
  note: optional(LongText),
  sources: SourceRefs,
});

export const Fine = object({
  id: idOf('fine', Id),
  /** The fined company, as a reader knows it. */
  company: ShortText,
  /** The fined company's actor id, when it is an actor of the story. */
  actor: optional(ActorRef),
  authority: ShortText,
  authorityActor: optional(ActorRef),
  /** Country of the authority. */
  country: optional(Country),
  amount: Money,
  date: IsoDate,
  dateNote: optional(LongText),
  reason: ShortText,
  /** The law applied: the GDPR, or national ePrivacy (cookie) law. */
  law: oneOf(LAWS),
  /** Where the fine stands now; when `history` is given, the status of its last entry. */
  status: optional(oneOf(FINE_STATUSES)),
  /** The dated steps that led to `status`, oldest first. */
  history: optional(list(FineStatusChange, LIMITS.history)),
  note: optional(LongText),
  sources: SourceRefs,
});

/** A translation of a quote: a string written by the newsroom, or a published one with its source. */
export const Translation = union([longString, object({ text: longString, source: SourceRef })], 'translation');

export const Quote = object({
  id: idOf('quote', Id),
  /** Actor id of who said it. */
  speaker: ActorRef,
  /** The speaker's role when they said it ("Amazon spokesperson"). */
  role: optional(ShortText),
  /** Language of the original words. */
  lang: Lang,
  /** The original words, in `lang`. */
  text: longString,
  /** Translations by language; each is marked as a translation wherever it is shown. */
  translations: optional(record(Lang, Translation, LIMITS.languages)),
  /** False when the words are a paraphrase or a reconstruction, not a verbatim quote. */
  verbatim: boolean(),
  date: optional(IsoDate),
  context: optional(LongText),
  sources: SourceRefs,
});

export const Source = object({
  id: idOf('source', Id),
  title: ShortText,
  publisher: shortString,
  url: Url,
  date: optional(IsoDate),
  /** Language of the source document. */
  lang: optional(Lang),
});

/**
 * A dated, sourced number the story's texts rely on (a company's revenue, a
 * fine's value in another currency), so a sentence's "1.7% of its revenue"
 * can be computed and checked rather than typed.
 */
export const Figure = object({
  id: idOf('figure', Id),
  label: ShortText,
  value: number(),
  /** ISO 4217 code when the figure is money. */
  currency: optional(Currency),
  /** The date or period the figure is for (`2020` for a year's revenue). */
  date: IsoDate,
  note: optional(LongText),
  sources: SourceRefs,
});

/** A dated note to readers, as newspapers print "Updated" and "Correction". */
export const Change = object({
  date: DayDate,
  kind: oneOf(CHANGE_KINDS),
  /** What changed, in a sentence or two; a correction says what was wrong. */
  text: LongText,
  sources: SourceRefs,
});

/**
 * What an element shows around itself, as published charts do: a title, a
 * line of text under it, and a one-line source credit ("Source: CNPD,
 * Luxembourg courts"). A page that has its own hides them (`no-caption`,
 * `no-credit`).
 */
export const Caption = object({
  title: optional(ShortText),
  text: optional(LongText),
  /** Who the element's facts come from, without the word "Source", which the element adds. */
  credit: optional(ShortText),
});

/** A caption per element, by the element's tag without `fine-`. */
export const Captions = object({
  timeline: optional(Caption),
  comparison: optional(Caption),
  'actor-map': optional(Caption),
});

/** A currency conversion used to compare amounts: data with its date and source, never fetched. */
export const Conversion = object({
  from: Currency,
  to: Currency,
  /** Between 10⁻⁹ and 10⁹: an amount converted stays finite. */
  rate: number({ above: [0, 'positive'], min: [1 / LIMITS.rateSpan, 'rate'], max: [LIMITS.rateSpan, 'rate'] }),
  date: IsoDate,
  sources: SourceRefs,
});

/**
 * In a file that `fine-kit split` wrote: the full story it holds one
 * language of, and which version of it (`split.ts`).
 */
export const SplitFrom = object({
  /** The full story's file name ("amazon.story.json"), beside this one. */
  file: shortString,
  /** Every language of the full story. */
  languages: array(Lang, { min: [1, 'empty'], max: LIMITS.languages }),
  /** The full story's `updated` day, when it has one. */
  updated: optional(DayDate),
  /** The SHA-256 of the full story's file, in hexadecimal: tells a split that is current from one that is stale. */
  sha256: string({ pattern: [/^[0-9a-f]{64}$/, 'sha256'] }),
});

/**
 * The actor map's layout, baked at publish time by `fine-kit layout` so a
 * large map need not simulate in the reader's browser: the positions the
 * map's own seeded simulation gives, x then y for each linked actor in the
 * story's order, and the key of the graph they were made for. The map uses
 * them only when its key is the same (else the story changed since: it
 * simulates, and draws the same picture the bake would have).
 */
export const MapLayout = object({
  key: Id,
  positions: array(number({ max: [1e6, 'at-most'] }), { max: 2 * LIMITS.actors }),
});

export const Story = object({
  $schema: optional(string({ max: LIMITS.url })),
  id: Id,
  /** Default language: used when a text has no version in the reader's language. */
  lang: Lang,
  /** Languages the story is fully written in. */
  languages: array(Lang, { min: [1, 'empty'], max: LIMITS.languages }),
  title: ShortText,
  summary: optional(LongText),
  /** The actor the story is about (the comparison highlights its largest fine). */
  mainActor: optional(ActorRef),
  /** The day of the last change; required when `changes` lists any. */
  updated: optional(DayDate),
  actors: list(Actor, LIMITS.actors),
  relations: list(Relation, LIMITS.relations),
  events: list(StoryEvent, LIMITS.events),
  eras: optional(list(Era, LIMITS.eras)),
  fines: list(Fine, LIMITS.fines),
  quotes: list(Quote, LIMITS.quotes),
  sources: list(Source, LIMITS.sources),
  conversions: optional(list(Conversion, LIMITS.conversions)),
  figures: optional(list(Figure, LIMITS.figures)),
  /** Updates and corrections since first publication, oldest first. */
  changes: optional(list(Change, LIMITS.changes)),
  /** Only in a file of one language written by `fine-kit split`: the story it comes from. */
  splitFrom: optional(SplitFrom),
  /** Each element's title, text and source credit. */
  captions: optional(Captions),
  mapLayout: optional(MapLayout),
});

/** Names the JSON Schema gives its definitions (`#/definitions/Event`, …). */
export const SCHEMA_DEFINITIONS = {
  Id,
  Lang,
  IsoDate,
  DayDate,
  Url,
  ShortText,
  LongText,
  Actor,
  Relation,
  Event: StoryEvent,
  Era,
  Money,
  FineStatusChange,
  Fine,
  Translation,
  Quote,
  Source,
  Conversion,
  Figure,
  Change,
  SplitFrom,
  Caption,
  MapLayout,
};
