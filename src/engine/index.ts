/** The engine's public surface: pure functions from text to clauses, findings and citations. */
export * from './types';
export { applyFix } from './applyFix';
export { check } from './check';
export { citationAt, createIncrementalChecker, type IncrementalChecker, type ListChange, type ResultChange } from './incremental';
export { parseClauses } from './clauses/parseClauses';
export { RULES } from './rules/index';
export { loadSource, loadSources, type SourceDocument, SourceError, type SourceModel } from './source';
export { type DecodedText, decodeText, MAX_FILE_BYTES } from './text/decodeText';
export { LineIndex, type Position } from './text/positions';
export { segmentBriefing } from './text/segmentBriefing';
export { splitSentences } from './text/sentences';
export { analyseCommitment } from './analysis/commitment';
export { type CheckedText, checkText, type CheckTextOptions, filterResult } from './project/checkText';
export { commonPrefix, commonSuffix, shiftCitation, shiftFinding } from './rebase';
export * from './project/projectConfig';
export * from './project/suppressions';
export { citationLabel, quoteWithCitation } from './rules/fixes';
export type { Predicate } from './analysis/commitment';
