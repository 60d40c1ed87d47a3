/** What starts a list item: a bullet, a paragraph number (`1.`, `2.1`, `(1)`) or a sub-item label (`(a)`, `(ii)`). */
export type MarkerKind = 'bullet' | 'number' | 'sub';

/** A clause marker at the start of a line. */
export interface Marker {
	readonly kind: MarkerKind;
	/** The number or label without punctuation (`2.1`, `3`, `a`, `ii`); '' for bullets. */
	readonly label: string;
	/** Where the clause text may start: just after the marker and its spaces. */
	readonly textStart: number;
	/** True for a multi-level number without a final full stop (`1.5 million` could be a wrapped line). */
	readonly bare: boolean;
	/** A capital letter and a full stop ("A. The Company holds …"): a recital's letter, and only in recitals. */
	readonly dotted?: boolean;
}

const bulletRe = /^[•\-*–·◦▪●‣+](?:[ \t\u00a0]+|$)/u;
/** "2.1", "4.3.2", "3.2A" (a paragraph inserted after 3.2) and "2A.1" (a paragraph of a clause inserted after 2). */
const multiNumberRe = /^(\d{1,3}[A-Z]?(?:\.\d{1,3}){1,4}[A-Z]?)(\.?)(?:[ \t\u00a0]+|$)/u;
/** "**1.1** Each Signatory …", "__2.__ The …": a paragraph number set in bold before its text. */
const boldMarkerRe = /^(\*\*|__)([0-9A-Z][0-9A-Z.()]{0,14}?)\1[ \t\u00a0]+(?=\S)/u;
/** "**1. Aim.** We intend …", "**1.4 Legal effect**: Each …": a paragraph number and a run-in title set in bold before the text. */
const boldRunInRe = /^(\*\*|__)(\d{1,3}(?:\.\d{1,3}){0,3})\.?[ \t\u00a0]+[^*_\n]{1,60}?\1[:.]?[ \t\u00a0]+(?=\S)/u;
/** "**Paragraph 4.** A Reduced Flow Condition …", "Para 2. The …": a paragraph numbered in words, in bold or not. */
const wordNumberRe = /^(\*\*|__)?(?:Paragraph|Para\.?)[ \t\u00a0]+(\d{1,3}(?:\.\d{1,3}){0,3})(?:\.\1|\1\.|\.)[ \t\u00a0]+(?=\S)/u;
/** "A.1", "B.2.3": a paragraph of a lettered annex or part, numbered under its letter. */
const letterNumberRe = /^([A-Z]\.\d{1,3}(?:\.\d{1,3}){0,3})(\.?)(?:[ \t\u00a0]+)(?=\S)/u;
/** "A1.", "B12.": the same, written without the dot between (the final full stop is required). */
const letterJoinedRe = /^([A-Z]\d{1,3})\.(?:[ \t\u00a0]+)(?=\S)/u;
/** "A1.1", "C2.4": a paragraph of lettered section A's part 1, joined the same way (a capitalised word follows). */
const letterJoinedMultiRe = /^([A-Z]\d{1,3}(?:\.\d{1,3}){1,3})\.?(?:[ \t\u00a0]+)(?=\p{Lu})/u;
const singleNumberRe = /^(\d{1,3})[.)](?:[ \t\u00a0]+|$)/u;
const parenNumberRe = /^\((\d{1,3})\)(?:[ \t\u00a0]+|$)/u;
const parenLabelRe = /^\(([a-z]{1,2}|[ivx]{1,6})\)(?:[ \t\u00a0]+|$)/iu;
const halfParenLabelRe = /^([a-z]|[ivx]{2,6})\)(?:[ \t\u00a0]+|$)/iu;
/** "A. The Company holds …": a lettered recital or background paragraph (a capitalised word follows). */
const letterDotRe = /^([A-Z])\.[ \t\u00a0]+(?=\p{Lu}\p{Ll}*\b)/u;
const romanRe = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/iu;

/** Reads the marker at the start of `head` (a line's content, which starts at `offset`), if any. */
export function parseMarker(head: string, offset: number): Marker | undefined {
	const bold = boldMarkerRe.exec(head);
	if (bold) {
		const inner = parseMarker(`${bold[2]!} x`, 0);
		if (inner?.kind === 'number') {
			return { ...inner, textStart: offset + bold[0].length, bare: false };
		}
	}
	const runIn = boldRunInRe.exec(head);
	if (runIn) {
		return { kind: 'number', label: runIn[2]!, textStart: offset + runIn[0].length, bare: false };
	}
	const worded = wordNumberRe.exec(head);
	if (worded) {
		return { kind: 'number', label: worded[2]!, textStart: offset + worded[0].length, bare: false };
	}
	let m = bulletRe.exec(head);
	if (m) {
		return { kind: 'bullet', label: '', textStart: offset + m[0].length, bare: false };
	}
	m = multiNumberRe.exec(head);
	if (m) {
		return { kind: 'number', label: m[1] ?? '', textStart: offset + m[0].length, bare: m[2] === '' };
	}
	m = letterNumberRe.exec(head) ?? letterJoinedRe.exec(head) ?? letterJoinedMultiRe.exec(head);
	if (m) {
		return { kind: 'number', label: m[1] ?? '', textStart: offset + m[0].length, bare: false };
	}
	m = singleNumberRe.exec(head) ?? parenNumberRe.exec(head);
	if (m) {
		return { kind: 'number', label: m[1] ?? '', textStart: offset + m[0].length, bare: false };
	}
	m = parenLabelRe.exec(head) ?? halfParenLabelRe.exec(head);
	if (m) {
		return { kind: 'sub', label: m[1] ?? '', textStart: offset + m[0].length, bare: false };
	}
	m = letterDotRe.exec(head);
	if (m) {
		return { kind: 'sub', label: m[1] ?? '', textStart: offset + m[0].length, bare: false, dotted: true };
	}
	return undefined;
}

/** A paragraph number under a letter written joined ("A1", "B12"). */
export function isLetterJoined(label: string): boolean {
	return /^[A-Z]\d{1,3}(?:\.\d{1,3})*$/.test(label);
}

/** True when a number label has more than one level (`2.1`, `2.1.3`). */
export function isMultiLevel(label: string): boolean {
	return label.includes('.');
}

/**
 * True when a sub-item label is a roman numeral rather than a letter. "(i)", "(v)" and "(x)" are
 * letters when they continue a letter list ("(h)" → "(i)"); otherwise roman.
 */
export function isRomanLabel(label: string, previousLetter: string | undefined): boolean {
	if (!romanRe.test(label)) {
		return false;
	}
	if (label.length > 1 || previousLetter === undefined || previousLetter.length !== 1) {
		return true;
	}
	const next = String.fromCharCode(previousLetter.toLowerCase().charCodeAt(0) + 1);
	return next !== label.toLowerCase();
}
