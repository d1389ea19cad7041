// One import point for the schemas; each concept lives in its own module.
export * from './common.ts';
export * from './region.ts';
export * from './owner.ts';
export * from './direction.ts';
export * from './plan.ts';
export * from './chapter.ts';
export * from './goal.ts';
export * from './redirect.ts';
export * from './vocabulary.ts';
export * from './site.ts';
export * from './place.ts';
export * from './term.ts';
