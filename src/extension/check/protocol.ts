// The messages between the extension host and the check worker. Like a language server's document sync: the
// worker keeps its own copy of each checked document, kept current by the edits (never the whole text again), and
// answers a check with how its result changed since the last answer, so neither side copies megabytes per keystroke.
import type { Citation, Finding, RuleId, Severity, SourceDocument, SourceModel, TextFormat } from '../../engine';

/** One edit of a document, as `TextDocumentContentChangeEvent` gives it (offsets in the text before this edit). */
export interface TextEdit {
	readonly rangeOffset: number;
	readonly rangeLength: number;
	readonly text: string;
}

/**
 * A source agreement, sent once; later checks name it by id. The worker parses it (the extension host never does:
 * a large source takes seconds); with an `id`, it answers with the source's view or why it cannot be used.
 */
export interface SourceMessage {
	readonly type: 'source';
	readonly id?: number;
	readonly sourceId: number;
	readonly docs: readonly SourceDocument[];
}

/**
 * What the extension host needs of a loaded source (hovers, look-up, citations, locations): its clauses, the commitment
 * of each sentence, its names and parties. Not the alignment index or the tokens, which only checks need.
 */
export type SourceView = Pick<SourceModel, 'name' | 'shortName' | 'references' | 'status' | 'nonBindingClause' | 'text' | 'clauses' | 'parties'> & {
	readonly sentences: readonly Pick<SourceModel['sentences'][number], 'clause' | 'sentence' | 'commitment'>[];
};

/** The whole text of a document (when it is first checked, and to resynchronise). */
export interface OpenMessage {
	readonly type: 'open';
	readonly uri: string;
	readonly version: number;
	readonly text: string;
}

/** Edits of a synchronised document, in the order they were made. */
export interface EditMessage {
	readonly type: 'edit';
	readonly uri: string;
	readonly version: number;
	readonly edits: readonly TextEdit[];
}

/** The document is closed or no longer checked: the worker forgets it. */
export interface CloseMessage {
	readonly type: 'close';
	readonly uri: string;
}

/** What a check is run with. */
export interface CheckSettings {
	readonly sourceId: number;
	readonly format: TextFormat;
	readonly severities: Partial<Record<RuleId, Severity>>;
	/** Keys of the findings the project accepted (`ignoreSet`). */
	readonly ignored: readonly string[];
}

/** Check the worker's copy of a document; `length` lets it detect a copy that went out of step. */
export interface CheckMessage {
	readonly type: 'check';
	readonly id: number;
	readonly uri: string;
	readonly version: number;
	readonly length: number;
	readonly settings: CheckSettings;
}

export type Request = SourceMessage | OpenMessage | EditMessage | CloseMessage | CheckMessage;

/** How a list changed: `next = previous[0, start) + added + previous[start + removed, …)` with the latter moved by `delta`. */
export interface ListEdit<T> {
	readonly start: number;
	readonly removed: number;
	readonly added: readonly T[];
}

/** The answer to a check: how the shown findings and the citations changed since the previous answer for this document. */
export interface CheckedReply {
	readonly type: 'checked';
	readonly id: number;
	readonly uri: string;
	readonly version: number;
	/** How far the items after the changed part moved, in UTF-16 code units. */
	readonly delta: number;
	readonly findings: ListEdit<Finding>;
	readonly citations: ListEdit<Citation>;
	readonly suppressed: number;
	readonly ignored: number;
	/** Time the check took in the worker. */
	readonly ms: number;
}

/** The check could not be answered: the copy is missing or out of step (send the text again), or the check failed. */
export interface FailedReply {
	readonly type: 'failed';
	readonly id: number;
	readonly uri: string;
	readonly reason: 'resync' | 'error';
	readonly message: string;
}

/** The answer to a source message with an `id`: the source's view, or why it could not be loaded. */
export interface LoadedReply {
	readonly type: 'loaded';
	readonly id: number;
	readonly sourceId: number;
	readonly view?: SourceView;
	readonly error?: string;
}

export type Reply = CheckedReply | FailedReply | LoadedReply;
