/** The engine's public surface: pure functions from text to clauses, findings and citations. */
export * from './types';
export { splitSentences } from './text/sentences';
