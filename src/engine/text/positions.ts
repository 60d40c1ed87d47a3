/** A zero-based line and UTF-16 character, as VS Code's `Position` counts them. */
export interface Position {
	readonly line: number;
	readonly character: number;
}

/**
 * Converts offsets to positions for one text; build once, look up many times (binary search over line starts).
 * Lines end as VS Code ends them: at `\r\n`, `\n` or a lone `\r` (old Mac files); `\u2028`, `\u0085` and the
 * like do not end a line.
 */
export class LineIndex {
	/** Where each line starts. */
	private readonly starts: number[] = [0];
	/** Where each line's content ends (its line break, if any, excluded). */
	private readonly ends: number[] = [];

	constructor(text: string) {
		const n = text.length;
		for (let i = 0; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === 10 || c === 13) {
				this.ends.push(i);
				i += c === 13 && text.charCodeAt(i + 1) === 10 ? 1 : 0;
				this.starts.push(i + 1);
			}
		}
		this.ends.push(n);
	}

	/**
	 * The position of a UTF-16 offset. Like `TextDocument.positionAt`, an offset inside a `\r\n` is the end of its
	 * line and an offset outside the text is clamped to it.
	 */
	positionAt(offset: number): Position {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid]! <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		const start = this.starts[lo]!;
		return { line: lo, character: Math.max(0, Math.min(offset, this.ends[lo]!) - start) };
	}
}
