// Writes data/story.schema.json from src/story/schema.ts (run `npm run schema`).
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from './story-json-schema.js';

writeFileSync('data/story.schema.json', JSON.stringify(storyJsonSchema(), null, 2) + '\n');
console.log('wrote data/story.schema.json');
