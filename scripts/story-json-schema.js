// The JSON Schema of a story, converted from the one Valibot schema in
// src/story/schema.ts (read from the build in dist/). Used by
// scripts/write-schema.js and by the test that keeps data/story.schema.json current.
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCHEMA_DEFINITIONS, Story } from '../dist/story/schema.js';

export function storyJsonSchema() {
  const schema = toJsonSchema(Story, {
    definitions: SCHEMA_DEFINITIONS,
    errorMode: 'throw',
    // The two custom checks have a JSON Schema form, or a description where
    // JSON Schema cannot say it (30 February is refused by the validator only).
    overrideAction: ({ valibotAction, jsonSchema }) => {
      // JSON cannot hold NaN or Infinity: every JSON number is finite.
      if (valibotAction.type === 'finite') return jsonSchema;
      if (valibotAction.type !== 'check') return undefined;
      if (valibotAction.message === 'empty') return { ...jsonSchema, minProperties: 1 };
      if (valibotAction.message === 'date') {
        return { ...jsonSchema, description: 'A date that exists in the calendar (not 2021-02-30).' };
      }
      return undefined;
    },
  });
  return {
    $schema: schema.$schema,
    title: 'fine-kit story',
    description:
      'A news story for fine-kit elements: actors, relations, dated events, eras, fines, quotes and their sources. Generated from src/story/schema.ts by `npm run schema`; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
