export * from './read.ts';
export * from './prefill.ts';
export * from './storage.ts';
export * from './inCase.ts';
