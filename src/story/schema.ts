/**
 * The story format, written once as a Valibot schema. Everything else is
 * derived from it: the TypeScript types (`types.ts`), the runtime validator
 * (`parse.ts`) and the published JSON Schema (`data/story.schema.json`,
 * written by `npm run schema` and checked by a test), so they cannot drift.
 *
 * Each check carries a message *code* (e.g. `'date'`), not prose: the
 * validator turns codes into sentences in the reader's language.
 */
import * as v from 'valibot';

/** Limits that keep a hostile or broken file from exhausting a page. */
export const LIMITS = {
  id: 64,
  shortText: 500,
  longText: 20_000,
  url: 2_000,
  items: 20_000,
} as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** BCP 47 language tag, the shape `Intl` accepts (`ar`, `ar-EG`, `fr-u-nu-latn`). */
export const LANG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** ISO 8601 at the precision known: `2021`, `2021-07` or `2021-07-16`. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** Only web links: no `javascript:`, `data:` or relative URLs in a story. */
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/;

/** True when a `DATE_PATTERN` string names a day, month or year that exists. */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

export const Id = v.pipe(v.string(), v.maxLength(LIMITS.id, 'too-long'), v.regex(ID_PATTERN, 'id'));
export const Lang = v.pipe(v.string(), v.maxLength(35, 'too-long'), v.regex(LANG_PATTERN, 'lang'));
export const IsoDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'date-format'),
  v.check(isCalendarDate, 'date'),
);
export const Url = v.pipe(v.string(), v.maxLength(LIMITS.url, 'too-long'), v.regex(URL_PATTERN, 'url'));

const shortString = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.shortText, 'too-long'));
const longString = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.longText, 'too-long'));

/** A string in the story's default language, or a map from language tag to string. */
const nonEmpty = (o: Record<string, string>) => Object.keys(o).length > 0;
export const ShortText = v.union(
  [shortString, v.pipe(v.record(Lang, shortString), v.check(nonEmpty, 'empty'))],
  'text',
);
export const LongText = v.union(
  [longString, v.pipe(v.record(Lang, longString), v.check(nonEmpty, 'empty'))],
  'text',
);

const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(LIMITS.items, 'too-many'));
/** Every fact cites at least one source, by id. */
const SourceRefs = v.pipe(v.array(Id), v.minLength(1, 'sources'), v.maxLength(100, 'too-many'));

export const ACTOR_KINDS = [
  'company',
  'regulator',
  'court',
  'ngo',
  'person',
  'media',
  'institution',
] as const;

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

export const Actor = v.strictObject({
  id: Id,
  kind: v.picklist(ACTOR_KINDS, 'enum'),
  name: ShortText,
  /** A short form for tight labels ("CNPD"). */
  shortName: v.optional(ShortText),
  /** What this actor is in the story, one sentence. */
  role: v.optional(ShortText),
  /** ISO 3166-1 alpha-2 country code. */
  country: v.optional(v.pipe(v.string(), v.regex(COUNTRY_PATTERN, 'country'))),
  url: v.optional(Url),
  sources: v.optional(SourceRefs),
});

export const Relation = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  kind: v.picklist(RELATION_KINDS, 'enum'),
  date: v.optional(IsoDate),
  /** Overrides the generic wording of `kind` ("filed a collective complaint with"). */
  label: v.optional(ShortText),
  note: v.optional(LongText),
  sources: SourceRefs,
});

export const StoryEvent = v.strictObject({
  id: Id,
  date: IsoDate,
  /** End of a span (an appeal, an investigation); omitted for a moment. */
  end: v.optional(IsoDate),
  /** Why the date is uncertain or disputed; its presence marks the date as disputed. */
  dateNote: v.optional(LongText),
  title: ShortText,
  body: v.optional(LongText),
  actors: v.optional(v.pipe(v.array(Id), v.maxLength(100, 'too-many'))),
  /** Display weight: 1 = key event, 3 = context. Defaults to 2. */
  importance: v.optional(v.picklist([1, 2, 3], 'enum')),
  sources: SourceRefs,
});

/** A named period drawn as a shaded band ("appeal pending"). No `end`: still going on. */
export const Era = v.strictObject({
  id: Id,
  start: IsoDate,
  end: v.optional(IsoDate),
  title: ShortText,
  sources: SourceRefs,
});

export const Money = v.strictObject({
  value: v.pipe(v.number('number'), v.finite('number'), v.minValue(0, 'non-negative')),
  currency: v.pipe(v.string(), v.regex(CURRENCY_PATTERN, 'currency')),
});

export const Fine = v.strictObject({
  id: Id,
  /** The fined company, as a reader knows it. */
  company: ShortText,
  /** The fined company's actor id, when it is an actor of the story. */
  actor: v.optional(Id),
  authority: ShortText,
  authorityActor: v.optional(Id),
  /** Country of the authority, ISO 3166-1 alpha-2. */
  country: v.optional(v.pipe(v.string(), v.regex(COUNTRY_PATTERN, 'country'))),
  amount: Money,
  date: IsoDate,
  dateNote: v.optional(LongText),
  reason: ShortText,
  /** The law applied: the GDPR, or national ePrivacy (cookie) law. */
  law: v.picklist(LAWS, 'enum'),
  status: v.optional(v.picklist(FINE_STATUSES, 'enum')),
  note: v.optional(LongText),
  sources: SourceRefs,
});

/** A translation of a quote: a string written by the newsroom, or a published one with its source. */
export const Translation = v.union(
  [longString, v.strictObject({ text: longString, source: Id })],
  'translation',
);

export const Quote = v.strictObject({
  id: Id,
  /** Actor id of who said it. */
  speaker: Id,
  /** The speaker's role when they said it ("Amazon spokesperson"). */
  role: v.optional(ShortText),
  /** Language of the original words. */
  lang: Lang,
  /** The original words, in `lang`. */
  text: longString,
  /** Translations by language; each is marked as a translation wherever it is shown. */
  translations: v.optional(v.record(Lang, Translation)),
  /** False when the words are a paraphrase or a reconstruction, not a verbatim quote. */
  verbatim: v.boolean('boolean'),
  date: v.optional(IsoDate),
  context: v.optional(LongText),
  sources: SourceRefs,
});

export const Source = v.strictObject({
  id: Id,
  title: ShortText,
  publisher: shortString,
  url: Url,
  date: v.optional(IsoDate),
  /** Language of the source document. */
  lang: v.optional(Lang),
});

/** A currency conversion used to compare amounts: data with its date and source, never fetched. */
export const Conversion = v.strictObject({
  from: v.pipe(v.string(), v.regex(CURRENCY_PATTERN, 'currency')),
  to: v.pipe(v.string(), v.regex(CURRENCY_PATTERN, 'currency')),
  rate: v.pipe(v.number('number'), v.finite('number'), v.gtValue(0, 'positive')),
  date: IsoDate,
  sources: SourceRefs,
});

export const Story = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url, 'too-long'))),
  id: Id,
  /** Default language: used when a text has no version in the reader's language. */
  lang: Lang,
  /** Languages the story is fully written in. */
  languages: v.pipe(v.array(Lang), v.minLength(1, 'empty'), v.maxLength(50, 'too-many')),
  title: ShortText,
  summary: v.optional(LongText),
  /** The actor the story is about (the comparison highlights its largest fine). */
  mainActor: v.optional(Id),
  updated: v.optional(IsoDate),
  actors: list(Actor),
  relations: list(Relation),
  events: list(StoryEvent),
  eras: v.optional(list(Era)),
  fines: list(Fine),
  quotes: list(Quote),
  sources: list(Source),
  conversions: v.optional(list(Conversion)),
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
