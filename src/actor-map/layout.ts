/**
 * What the actor map computes, as pure functions (no DOM, no Lit), by concern:
 * the graph (`graph.ts`), baked layouts (`baked.ts`), the seeded
 * simulation (`force.ts`, `simulation.ts`), its fit to a box and keyboard geometry (`fit.ts`), the
 * shapes of links and actors (`shapes.ts`), the placement of names and
 * relation labels (`labels.ts`), the words' direction and lines (`text.ts`)
 * and what a relation says about a fine (`relations.ts`).
 */
export * from './graph.js';
export * from './baked.js';
export * from './force.js';
export * from './fit.js';
export * from './shapes.js';
export * from './labels.js';
export * from './text.js';
export * from './relations.js';
