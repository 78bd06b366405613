/**
 * The story format, written once. Everything else is derived from it: the
 * TypeScript types (`types.ts`), the runtime validator (`parse.ts`) and the
 * published JSON Schema (`data/story.schema.json`, written by `npm run
 * schema` and checked by a test), so they cannot drift.
 *
 * Each check carries a message *code* (e.g. `'date'`), not prose: the
 * validator's errors are turned into sentences in the reader's language.
 */
import { array, boolean, number, object, oneOf, optional, record, string, union } from './schema-kit.js';

/** Limits that keep a hostile or broken file from exhausting a page. */
export const LIMITS = {
  id: 64,
  shortText: 500,
  longText: 20_000,
  url: 2_000,
  items: 20_000,
} as const;

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

export const Id = string({ max: LIMITS.id, pattern: [/^[a-z0-9][a-z0-9-]*$/, 'id'] });
export const Lang = string({ max: 35, pattern: [LANG_PATTERN, 'lang'] });
export const IsoDate = string({
  pattern: [DATE_PATTERN, 'date-format'],
  rules: [[isCalendarDate, 'date', { description: 'A date that exists in the calendar (not 2021-02-30).' }]],
});
/** Only web links: no `javascript:`, `data:` or relative URLs in a story. */
export const Url = string({ max: LIMITS.url, pattern: [/^https?:\/\/[^\s/$.?#][^\s]*$/, 'url'] });
const Currency = string({ pattern: [/^[A-Z]{3}$/, 'currency'] });
/** ISO 3166-1 alpha-2 country code. */
const Country = string({ pattern: [/^[A-Z]{2}$/, 'country'] });

const shortString = string({ min: 1, max: LIMITS.shortText });
const longString = string({ min: 1, max: LIMITS.longText });

/** A string in the story's default language, or a map from language tag to string. */
export const ShortText = union([shortString, record(Lang, shortString)], 'text');
export const LongText = union([longString, record(Lang, longString)], 'text');

const list = <T>(item: Parameters<typeof array<T>>[0]) => array(item, { max: LIMITS.items });
/** Every fact cites at least one source, by id. */
const SourceRefs = array(Id, { min: [1, 'sources'], max: 100 });
const Ids = array(Id, { max: 100 });

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
] as const;

export const LAWS = ['gdpr', 'eprivacy'] as const;

export const FINE_STATUSES = ['final', 'under-appeal', 'upheld', 'reduced', 'annulled'] as const;

export const Actor = object({
  id: Id,
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
  id: Id,
  from: Id,
  to: Id,
  kind: oneOf(RELATION_KINDS),
  date: optional(IsoDate),
  /** Overrides the generic wording of `kind` ("filed a collective complaint with"). */
  label: optional(ShortText),
  note: optional(LongText),
  sources: SourceRefs,
});

export const StoryEvent = object({
  id: Id,
  date: IsoDate,
  /** End of a span (an appeal, an investigation); omitted for a moment. */
  end: optional(IsoDate),
  /** Why the date is uncertain or disputed; its presence marks the date as disputed. */
  dateNote: optional(LongText),
  title: ShortText,
  body: optional(LongText),
  actors: optional(Ids),
  /** Display weight: 1 = key event, 3 = context. Defaults to 2. */
  importance: optional(oneOf([1, 2, 3] as const)),
  sources: SourceRefs,
});

/** A named period drawn as a shaded band ("appeal pending"). No `end`: still going on. */
export const Era = object({
  id: Id,
  start: IsoDate,
  end: optional(IsoDate),
  title: ShortText,
  sources: SourceRefs,
});

export const Money = object({
  value: number({ min: [0, 'non-negative'] }),
  currency: Currency,
});

export const Fine = object({
  id: Id,
  /** The fined company, as a reader knows it. */
  company: ShortText,
  /** The fined company's actor id, when it is an actor of the story. */
  actor: optional(Id),
  authority: ShortText,
  authorityActor: optional(Id),
  /** Country of the authority. */
  country: optional(Country),
  amount: Money,
  date: IsoDate,
  dateNote: optional(LongText),
  reason: ShortText,
  /** The law applied: the GDPR, or national ePrivacy (cookie) law. */
  law: oneOf(LAWS),
  status: optional(oneOf(FINE_STATUSES)),
  note: optional(LongText),
  sources: SourceRefs,
});

/** A translation of a quote: a string written by the newsroom, or a published one with its source. */
export const Translation = union([longString, object({ text: longString, source: Id })], 'translation');

export const Quote = object({
  id: Id,
  /** Actor id of who said it. */
  speaker: Id,
  /** The speaker's role when they said it ("Amazon spokesperson"). */
  role: optional(ShortText),
  /** Language of the original words. */
  lang: Lang,
  /** The original words, in `lang`. */
  text: longString,
  /** Translations by language; each is marked as a translation wherever it is shown. */
  translations: optional(record(Lang, Translation)),
  /** False when the words are a paraphrase or a reconstruction, not a verbatim quote. */
  verbatim: boolean(),
  date: optional(IsoDate),
  context: optional(LongText),
  sources: SourceRefs,
});

export const Source = object({
  id: Id,
  title: ShortText,
  publisher: shortString,
  url: Url,
  date: optional(IsoDate),
  /** Language of the source document. */
  lang: optional(Lang),
});

/** A currency conversion used to compare amounts: data with its date and source, never fetched. */
export const Conversion = object({
  from: Currency,
  to: Currency,
  rate: number({ above: [0, 'positive'] }),
  date: IsoDate,
  sources: SourceRefs,
});

export const Story = object({
  $schema: optional(string({ max: LIMITS.url })),
  id: Id,
  /** Default language: used when a text has no version in the reader's language. */
  lang: Lang,
  /** Languages the story is fully written in. */
  languages: array(Lang, { min: [1, 'empty'], max: 50 }),
  title: ShortText,
  summary: optional(LongText),
  /** The actor the story is about (the comparison highlights its largest fine). */
  mainActor: optional(Id),
  updated: optional(IsoDate),
  actors: list(Actor),
  relations: list(Relation),
  events: list(StoryEvent),
  eras: optional(list(Era)),
  fines: list(Fine),
  quotes: list(Quote),
  sources: list(Source),
  conversions: optional(list(Conversion)),
});

/** Names the JSON Schema gives its definitions (`#/definitions/Event`, …). */
export const SCHEMA_DEFINITIONS = {
  Id,
  Lang,
  IsoDate,
  Url,
  ShortText,
  LongText,
  Actor,
  Relation,
  Event: StoryEvent,
  Era,
  Money,
  Fine,
  Translation,
  Quote,
  Source,
  Conversion,
};
