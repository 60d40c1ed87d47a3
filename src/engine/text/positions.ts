/** A zero-based line and UTF-16 character, as VS Code's `Position` counts them. */
export interface Position {
	readonly line: number;
	readonly character: number;
}

/** Converts offsets to positions for one text; build once, look up many times (binary search over line starts). */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
			this.starts.push(i + 1);
		}
	}

	/** The position of a UTF-16 offset. A CR before LF counts as part of its line's end. */
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
		return { line: lo, character: offset - this.starts[lo]! };
	}
}
