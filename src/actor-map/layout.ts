/**
 * What the actor map computes, as pure functions (no DOM, no Lit), by concern:
 * the graph (`graph.ts`), the force layout and keyboard geometry
 * (`force.ts`), the shapes of links and actors (`shapes.ts`) and the
 * placement of link labels (`labels.ts`).
 */
export * from './graph.js';
export * from './force.js';
export * from './shapes.js';
export * from './labels.js';
