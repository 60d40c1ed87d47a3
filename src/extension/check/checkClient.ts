// The extension host's side of the check protocol (no vscode import, so the benchmark drives it too). Checks run in
// a worker thread: a first check of a 5 MB briefing takes seconds, and the extension host must not stall while the
// drafter types. Sources are parsed there too (`load`), once: the host keeps only their view. The client mirrors each
// document's findings and citations from the replies' list edits.
import { Worker } from 'node:worker_threads';

import { type Citation, type Finding, shiftCitation, shiftFinding, type SourceDocument } from '../../engine';
import type { CheckSettings, Reply, Request, SourceView, TextEdit } from './protocol';
import { CheckSession } from './session';
import { ShiftedList } from './shiftedList';

/** A document as the client needs it. */
export interface SyncedDocument {
	readonly version: number;
	/** The text's length in UTF-16 code units (cheap for a vscode document: the offset of its end). */
	readonly length: number;
	getText(): string;
}

/** A source agreement and the documents it was loaded from; the same `docs` array is sent (and parsed) once. */
export interface CheckSource {
	readonly docs: readonly SourceDocument[];
}

/** The mirrored result of the latest check of a document (items are moved to their offsets when read). */
export interface CheckOutcome {
	readonly version: number;
	readonly findings: ShiftedList<Finding>;
	readonly citations: ShiftedList<Citation>;
	readonly suppressed: number;
	readonly ignored: number;
	/** Milliseconds the check took in the worker. */
	readonly workerMs: number;
}

/** Where checks run: a worker thread, or this thread when no worker could be started. */
interface Backend {
	post(request: Request): void;
	/** Whether replies are awaited (a worker then keeps the process alive). */
	busy(waiting: boolean): void;
	dispose(): void;
}

interface Mirror {
	readonly findings: ShiftedList<Finding>;
	readonly citations: ShiftedList<Citation>;
}

type Pending = { resolve: (reply: Reply) => void };

/**
 * Talks to the check worker. Send every edit of a synced document (`edit`), then ask for checks; a worker that fails
 * is replaced by an in-thread session, and documents are sent again.
 */
export class CheckClient {
	private backend: Backend;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();
	/** Documents whose text the backend holds: uri → the version it holds. */
	private readonly synced = new Map<string, number>();
	private readonly mirrors = new Map<string, Mirror>();
	private readonly sourceIds = new WeakMap<readonly SourceDocument[], number>();
	private readonly sentSources = new Set<number>();
	private nextSourceId = 1;

	/**
	 * @param workerScript the bundled worker (dist/checkWorker.js); undefined checks in this thread.
	 * @param onProblem told once when the worker cannot be used.
	 */
	constructor(workerScript: string | undefined, private readonly onProblem: (message: string) => void = () => undefined) {
		this.backend = workerScript ? this.startWorker(workerScript) : this.inThread();
	}

	/** Whether checks run in a worker thread. */
	get inWorker(): boolean {
		return this.backend instanceof WorkerBackend;
	}

	/** Records edits of a document the backend holds (others are sent whole when first checked). */
	edit(uri: string, version: number, edits: readonly TextEdit[]): void {
		if (!this.synced.has(uri) || edits.length === 0) {
			return;
		}
		// Only the fields the worker needs (a vscode change also carries its Range objects).
		this.backend.post({ type: 'edit', uri, version, edits: edits.map(({ rangeOffset, rangeLength, text }) => ({ rangeOffset, rangeLength, text })) });
		this.synced.set(uri, version);
	}

	/** Forgets a document (closed, or no longer checked). */
	close(uri: string): void {
		this.mirrors.delete(uri);
		if (this.synced.delete(uri)) {
			this.backend.post({ type: 'close', uri });
		}
	}

	/**
	 * Checks the document's current text. Resolves with the outcome, or undefined when the check failed (the reason
	 * goes to `onProblem`'s caller through the thrown error). Replies come in order, so outcomes do too.
	 */
	async check(uri: string, doc: SyncedDocument, source: CheckSource, settings: Omit<CheckSettings, 'sourceId'>): Promise<CheckOutcome> {
		for (let attempt = 0; ; attempt++) {
			// Read together, before anything awaits: the version, the length and (if sent) the text agree.
			const { version, length } = doc;
			const sourceId = this.sendSource(source);
			if (this.synced.get(uri) !== version) {
				this.backend.post({ type: 'open', uri, version, text: doc.getText() });
				this.synced.set(uri, version);
			}
			const reply = await this.request({ type: 'check', id: this.nextId++, uri, version, length, settings: { ...settings, sourceId } });
			if (reply.type === 'checked') {
				return this.applyReply(uri, reply);
			}
			if (reply.type !== 'failed') {
				throw new Error(`check failed: a '${reply.type}' reply to a check`);
			}
			// Both sides drop their results for the document on a failed reply.
			this.mirrors.delete(uri);
			if (reply.reason === 'error' || attempt >= 1) {
				throw new Error(`check failed: ${reply.message}`);
			}
			// Out of step (or the worker was replaced): send the text and the source again, once.
			this.synced.delete(uri);
			this.sentSources.clear();
		}
	}

	/**
	 * Parses a source agreement where checks run (not in this thread, unless no worker could be started) and resolves
	 * with what the extension host needs of it; rejects with the reason when it cannot be used (no clauses, binary).
	 */
	async load(source: CheckSource): Promise<SourceView> {
		for (let attempt = 0; ; attempt++) {
			const sourceId = this.sourceIdOf(source);
			const reply = this.request({ type: 'source', id: this.nextId++, sourceId, docs: plainDocs(source) });
			this.sentSources.add(sourceId);
			const answer = await reply;
			if (answer.type === 'loaded') {
				if (answer.view === undefined) {
					throw new Error(answer.error ?? 'the source could not be loaded');
				}
				return answer.view;
			}
			// The worker stopped before it answered: once more, in the session that replaced it (not when shutting down).
			if (attempt >= 1 || answer.type !== 'failed' || answer.reason === 'error') {
				throw new Error(`the source could not be loaded: ${answer.type === 'failed' ? answer.message : `a '${answer.type}' reply`}`);
			}
		}
	}

	dispose(): void {
		this.backend.dispose();
		this.pending.forEach((p, id) => p.resolve({ type: 'failed', id, uri: '', reason: 'error', message: 'Clause Lens is shutting down' }));
		this.pending.clear();
	}

	private applyReply(uri: string, reply: Extract<Reply, { type: 'checked' }>): CheckOutcome {
		const previous = this.mirrors.get(uri) ?? { findings: new ShiftedList(shiftFinding), citations: new ShiftedList(shiftCitation) };
		const mirror: Mirror = {
			findings: previous.findings.edited(reply.findings, reply.delta),
			citations: previous.citations.edited(reply.citations, reply.delta),
		};
		this.mirrors.set(uri, mirror);
		return { version: reply.version, ...mirror, suppressed: reply.suppressed, ignored: reply.ignored, workerMs: reply.ms };
	}

	/** Sends a source unless the backend has it (a source `load`ed, or checked before, is not sent again). */
	private sendSource(source: CheckSource): number {
		const id = this.sourceIdOf(source);
		if (!this.sentSources.has(id)) {
			this.backend.post({ type: 'source', sourceId: id, docs: plainDocs(source) });
			this.sentSources.add(id);
		}
		return id;
	}

	private sourceIdOf(source: CheckSource): number {
		let id = this.sourceIds.get(source.docs);
		if (id === undefined) {
			id = this.nextSourceId++;
			this.sourceIds.set(source.docs, id);
		}
		return id;
	}

	private request(request: Request & { readonly id: number }): Promise<Reply> {
		return new Promise((resolve) => {
			this.pending.set(request.id, { resolve });
			this.backend.busy(true);
			this.backend.post(request);
		});
	}

	private receive(reply: Reply): void {
		const pending = this.pending.get(reply.id);
		this.pending.delete(reply.id);
		if (this.pending.size === 0) this.backend.busy(false);
		pending?.resolve(reply);
	}

	private startWorker(script: string): Backend {
		try {
			return new WorkerBackend(script, (reply) => this.receive(reply), (problem) => this.fallBack(problem));
		} catch (error) {
			this.onProblem(`could not start the check worker (${error instanceof Error ? error.message : String(error)}); checking in the extension host`);
			return this.inThread();
		}
	}

	/** The worker died: check in this thread from now on; whatever the worker held is sent again. */
	private fallBack(problem: string): void {
		if (!(this.backend instanceof WorkerBackend)) {
			return;
		}
		this.onProblem(`the check worker stopped (${problem}); checking in the extension host`);
		this.backend = this.inThread();
		// The new session holds nothing: every document starts again from its whole text and empty results.
		this.synced.clear();
		this.mirrors.clear();
		this.sentSources.clear();
		this.pending.forEach((p, id) => p.resolve({ type: 'failed', id, uri: '', reason: 'resync', message: problem }));
		this.pending.clear();
	}

	private inThread(): Backend {
		const session = new CheckSession();
		return {
			// Answered on a later turn, as a worker would: callers never see a reply before `check` returns its promise.
			post: (request) => {
				const reply = session.handle(request);
				if (reply) setImmediate(() => this.receive(reply));
			},
			busy: () => undefined,
			dispose: () => undefined,
		};
	}
}

/** Only the fields the worker needs (the extension host's documents also carry their URIs). */
function plainDocs(source: CheckSource): SourceDocument[] {
	return source.docs.map((d) => ({ name: d.name, path: d.path, text: d.text }));
}

class WorkerBackend implements Backend {
	private readonly worker: Worker;
	private disposed = false;

	constructor(script: string, onReply: (reply: Reply) => void, onFailure: (problem: string) => void) {
		this.worker = new Worker(script, { name: 'clause-lens-check' });
		this.worker.on('message', onReply);
		this.worker.on('error', (error) => onFailure(error.message));
		this.worker.on('exit', (code) => this.disposed || onFailure(`exit code ${code}`));
		// An idle worker does not keep the process (a test, the benchmark) alive.
		this.worker.unref();
	}

	busy(waiting: boolean): void {
		if (waiting) this.worker.ref();
		else this.worker.unref();
	}

	post(request: Request): void {
		this.worker.postMessage(request);
	}

	dispose(): void {
		this.disposed = true;
		void this.worker.terminate();
	}
}
