// Finding the matches of a global regular expression in linear time when the expression, tried at every position
// of a run (of digits, of capitalised words), would scan to the run's end from each one: quadratic in the run.

/** Where a match may start: the next candidate at or after `from`, or -1. */
export type CandidateFinder = (text: string, from: number) => number;

/**
 * The matches `new RegExp(sticky.source, 'g' + flags)` finds in `text`, in order: `sticky` (the same pattern with
 * the `y` flag) is tried only where `next` finds a candidate (every position where a match can start must be one).
 * After a failed try at `at`, the search resumes at `skip(text, at)`: the caller guarantees that no match starts in
 * between (typically the rest of a run whose later starts have a subset of the first one's ways to match).
 */
export function* findMatches(text: string, sticky: RegExp, next: CandidateFinder, skip: (text: string, at: number) => number): Generator<RegExpExecArray> {
	for (let at = next(text, 0); at >= 0 && at <= text.length; ) {
		sticky.lastIndex = at;
		const m = sticky.exec(text);
		if (m !== null) {
			yield m;
			const end = m.index + m[0].length;
			at = next(text, end > at ? end : at + 1);
		} else {
			at = next(text, Math.max(at + 1, skip(text, at)));
		}
	}
}

/** A candidate finder from a regular expression (made global) whose matches start where the candidates are. */
export function candidatesOf(re: RegExp): CandidateFinder {
	const finder = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
	return (text, from) => {
		finder.lastIndex = from;
		return finder.exec(text)?.index ?? -1;
	};
}

/** The end of the run, starting at `at`, of characters (UTF-16 code units) for which `isRunChar` holds. */
export function runEnd(text: string, at: number, isRunChar: (code: number) => boolean): number {
	let i = at;
	while (i < text.length && isRunChar(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

/** White space as JavaScript's `\s` counts it (BMP only, like `\s`). */
export function isJsSpace(code: number): boolean {
	return (
		(code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

/** How a joiner found by `splitOnJoiners` takes the white space before it. */
export type LeadingSpace = 'none' | 'optional' | 'required';

/**
 * `text.split(re)` for an `re` of the form `\s*(?:joiners)` (or `\s+` before some of them), in linear time: split
 * tries the pattern at every position, and in a run of white space not followed by a joiner each try scanned the
 * run to its end. Here `joiner` (global, without the leading white space) finds the joiners, and `leading` says
 * whether the white space before this one belongs to the separator ('optional' for `\s*`, 'required' for `\s+`).
 */
export function splitOnJoiners(text: string, joiner: RegExp, leading: (m: RegExpExecArray) => LeadingSpace): string[] {
	const pieces: string[] = [];
	let from = 0;
	joiner.lastIndex = 0;
	for (let m = joiner.exec(text); m !== null; m = joiner.exec(text)) {
		const how = leading(m);
		let start = m.index;
		while (how !== 'none' && start > from && isJsSpace(text.charCodeAt(start - 1))) {
			start--;
		}
		if (how === 'required' && start === m.index) {
			// No white space of its own before it (the previous separator took it): not a separator here.
			joiner.lastIndex = m.index + 1;
			continue;
		}
		pieces.push(text.slice(from, start));
		from = m.index + m[0].length;
	}
	pieces.push(text.slice(from));
	return pieces;
}
