// The JSON Schema of a story, generated from the one schema in
// src/story/schema.ts (read from the build in dist/). Used by
// scripts/write-schema.js and by the test that keeps data/story.schema.json current.
import { schemas, toJsonSchema } from '../dist/story/index.js';

export function storyJsonSchema() {
  const { $schema, ...schema } = toJsonSchema(schemas.Story, schemas.SCHEMA_DEFINITIONS);
  return {
    $schema,
    title: 'fine-kit story',
    description:
      'A news story for fine-kit elements: actors, relations, dated events, eras, fines (with their dated status history), quotes, sourced figures, dated update and correction notes, and their sources. Generated from src/story/schema.ts by `npm run schema`; do not edit by hand.',
    ...schema,
  };
}
