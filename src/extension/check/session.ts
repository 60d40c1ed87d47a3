// The worker's side of the check protocol, free of vscode and node: it runs in the check worker, and in the
// extension host itself when no worker can be started. It parses the source agreements (and answers with what the
// extension host needs of them). Each document keeps an incremental checker, so an edit re-checks only the blocks it
// touched; the answer carries only how the shown results changed.
import {
	type Citation,
	commonPrefix,
	commonSuffix,
	createIncrementalChecker,
	filterResult,
	type Finding,
	type IncrementalChecker,
	loadSources,
	type SourceDocument,
	type SourceModel,
} from '../../engine';
import type { CheckedReply, CheckMessage, CheckSettings, ListEdit, Reply, Request, SourceView, TextEdit } from './protocol';

/** How many source models the session keeps (a source edited in the workspace makes a new one each time). */
const MAX_SOURCES = 4;

interface DocumentState {
	text: string;
	version: number;
	checker?: IncrementalChecker;
	checkerKey?: string;
	/** What the last answer left the other side holding, and the text it was for. */
	findings: readonly Finding[];
	citations: readonly Citation[];
	checkedText: string;
}

/** Handles the requests of one extension host, in order. */
export class CheckSession {
	/** Loaded sources, or why one could not be loaded (the extension host had loaded it, so this is unexpected). */
	private readonly sources = new Map<number, SourceModel | Error>();
	private readonly documents = new Map<string, DocumentState>();

	constructor(private readonly now: () => number = () => Date.now()) {}

	/** Handles one request; a check gets a reply, the other requests none. */
	handle(request: Request): Reply | undefined {
		switch (request.type) {
			case 'source': {
				const loaded = loadOrError(request.docs);
				this.sources.set(request.sourceId, loaded);
				for (const id of this.sources.keys()) {
					if (this.sources.size <= MAX_SOURCES) break;
					this.sources.delete(id);
				}
				if (request.id === undefined) {
					return undefined;
				}
				const answer = loaded instanceof Error ? { error: loaded.message } : { view: viewOf(loaded) };
				return { type: 'loaded', id: request.id, sourceId: request.sourceId, ...answer };
			}
			case 'open': {
				const doc = this.documents.get(request.uri);
				if (doc) {
					doc.text = request.text;
					doc.version = request.version;
				} else {
					this.documents.set(request.uri, { text: request.text, version: request.version, findings: [], citations: [], checkedText: '' });
				}
				return undefined;
			}
			case 'edit': {
				const doc = this.documents.get(request.uri);
				if (doc) {
					doc.text = applyEdits(doc.text, request.edits);
					doc.version = request.version;
				}
				return undefined;
			}
			case 'close':
				this.documents.delete(request.uri);
				return undefined;
			case 'check':
				return this.check(request);
		}
	}

	private check(request: CheckMessage): Reply {
		const { uri } = request;
		const doc = this.documents.get(uri);
		if (!doc || doc.version !== request.version || doc.text.length !== request.length) {
			const have = doc ? `version ${doc.version}, ${doc.text.length} characters` : 'no copy';
			return this.fail(request, 'resync', `out of step: asked for version ${request.version} (${request.length} characters), have ${have}`);
		}
		const source = this.sources.get(request.settings.sourceId);
		if (!source) {
			return this.fail(request, 'resync', `source ${request.settings.sourceId} was not sent`);
		}
		if (source instanceof Error) {
			return this.fail(request, 'error', `the source could not be loaded: ${source.message}`);
		}
		const started = this.now();
		try {
			return this.checkDocument(doc, source, request, started);
		} catch (error) {
			doc.checker = undefined;
			return this.fail(request, 'error', error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
		}
	}

	/** A failed reply. The other side forgets its results for the document on one; so does this side. */
	private fail(request: CheckMessage, reason: 'resync' | 'error', message: string): Reply {
		const doc = this.documents.get(request.uri);
		if (doc) {
			doc.findings = [];
			doc.citations = [];
			doc.checkedText = '';
		}
		return { type: 'failed', id: request.id, uri: request.uri, reason, message };
	}

	private checkDocument(doc: DocumentState, source: SourceModel, request: CheckMessage, started: number): CheckedReply {
		const { settings } = request;
		const key = checkerKey(settings);
		if (!doc.checker || doc.checkerKey !== key) {
			doc.checker = createIncrementalChecker(source, { format: settings.format, severities: settings.severities });
			doc.checkerKey = key;
		}
		const text = doc.text;
		const result = doc.checker.update(text);
		const shown = filterResult(text, result, { format: settings.format, ignored: new Set(settings.ignored) });
		const edit = textEdit(doc.checkedText, text);
		const findings = diffList(doc.findings, shown.findings, edit, sameFinding);
		const citations = diffList(doc.citations, shown.citations, edit, sameCitation);
		doc.findings = shown.findings;
		doc.citations = shown.citations;
		doc.checkedText = text;
		return {
			type: 'checked',
			id: request.id,
			uri: request.uri,
			version: request.version,
			delta: edit.delta,
			findings,
			citations,
			suppressed: shown.suppressed,
			ignored: shown.ignored,
			ms: this.now() - started,
		};
	}
}

function loadOrError(docs: readonly SourceDocument[]): SourceModel | Error {
	try {
		return loadSources(docs);
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

/** What the extension host needs of a source: a projection (the tokens and the index stay in the worker). */
export function viewOf(model: SourceModel): SourceView {
	// nonBindingClause is one of `clauses`: structured cloning keeps it the same object on the other side.
	const { name, shortName, references, status, nonBindingClause, text, clauses, parties } = model;
	return { name, shortName, references, status, nonBindingClause, text, clauses, parties, sentences: model.sentences.map(({ clause, sentence, commitment }) => ({ clause, sentence, commitment })) };
}

/** The text after a sequence of edits, each at offsets in the text the previous one left. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	let out = text;
	for (const e of edits) {
		out = out.slice(0, e.rangeOffset) + e.text + out.slice(e.rangeOffset + e.rangeLength);
	}
	return out;
}

/** Where two texts differ: items wholly before `start` stay put, items wholly after `oldEnd` move by `delta`. */
interface Edited {
	readonly start: number;
	readonly oldEnd: number;
	readonly delta: number;
}

function textEdit(before: string, after: string): Edited {
	const start = commonPrefix(before, after);
	return { start, oldEnd: before.length - commonSuffix(before, after, start), delta: after.length - before.length };
}

/**
 * The edit that turns `previous` into `next`: the longest common prefix of items unchanged, the longest common
 * suffix of items that moved by the edit's delta, everything between replaced. Items that touch the edited text are
 * never kept (their text changed, even if their fields did not).
 */
export function diffList<T extends { readonly span: { readonly start: number; readonly end: number } }>(
	previous: readonly T[],
	next: readonly T[],
	edit: Edited,
	same: (a: T, b: T, delta: number) => boolean,
): ListEdit<T> {
	let start = 0;
	const max = Math.min(previous.length, next.length);
	while (start < max && previous[start]!.span.end < edit.start && same(previous[start]!, next[start]!, 0)) start++;
	let suffix = 0;
	while (
		suffix < max - start &&
		previous[previous.length - 1 - suffix]!.span.start > edit.oldEnd &&
		same(previous[previous.length - 1 - suffix]!, next[next.length - 1 - suffix]!, edit.delta)
	) {
		suffix++;
	}
	return { start, removed: previous.length - suffix - start, added: next.slice(start, next.length - suffix) };
}

function sameSpan(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }, delta: number): boolean {
	return a.start + delta === b.start && a.end + delta === b.end;
}

/** Whether `b` is `a` moved by `delta`: every field the editor shows or applies. */
export function sameFinding(a: Finding, b: Finding, delta: number): boolean {
	if (a === b) return delta === 0;
	if (
		a.ruleId !== b.ruleId ||
		a.severity !== b.severity ||
		a.message !== b.message ||
		a.actual !== b.actual ||
		!sameSpan(a.span, b.span, delta) ||
		!sameSpan(a.sentence, b.sentence, delta) ||
		a.clause?.id !== b.clause?.id ||
		a.clause?.text !== b.clause?.text ||
		a.fixes.length !== b.fixes.length
	) {
		return false;
	}
	return a.fixes.every((fix, k) => {
		const other = b.fixes[k]!;
		return fix.title === other.title && fix.replacement === other.replacement && sameSpan(fix.span, other.span, delta);
	});
}

/** Whether `b` is `a` moved by `delta`. */
export function sameCitation(a: Citation, b: Citation, delta: number): boolean {
	if (a === b) return delta === 0;
	return (
		sameSpan(a.span, b.span, delta) &&
		a.clause.id === b.clause.id &&
		a.clause.text === b.clause.text &&
		a.label === b.label &&
		a.score === b.score &&
		a.sourceSentence.text === b.sourceSentence.text &&
		sameSpan(a.sourceSentence.span, b.sourceSentence.span, 0)
	);
}

function checkerKey(settings: CheckSettings): string {
	const severities = Object.entries(settings.severities).sort(([a], [b]) => (a < b ? -1 : 1));
	return JSON.stringify([settings.sourceId, settings.format, severities]);
}
