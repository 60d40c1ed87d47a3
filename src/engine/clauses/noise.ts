import { isSpace } from '../text/sentences';

/** Lines that are never clause text: signature blocks, rules, dates, page numbers; and binary junk. */

const signatureRe = /^[*_]{0,3}(?:signed\b|signatures?\b|for and on behalf of\b|in witness whereof\b|witnessed by\b|executed as\b|yours\s+(?:sincerely|faithfully|truly)\b)/iu;
const signatureFieldRe = /^(?:name|signature)\s*:/iu;
const fieldRe = /^(?:name|print(?:ed)? name|date|dated|title|position|role|job title|signature|witness|place|organi[sz]ation)\s*:/iu;
const ruleRe = /^(?:[-*_=~·•]\s*){3,}$/u;
const pageRe = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/iu;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const dateRe = new RegExp(
	// A letter's dateline may name its place first ("Tarvost, 3 June 2025").
	'^(?:(?:published|dated?|updated|last\\s+updated|effective(?:\\s+date)?|made|signed|issued|version\\s+\\S{1,12})\\s*:?,?\\s*(?:on\\s+)?|\\p{Lu}[\\p{L}\'’. -]{1,40},\\s*)?' +
		`(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}` +
		'|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\.?$',
	'iu',
);
const letterRe = /^\p{L}$/u;

/** True for a line that opens a signature block ("Signed for and on behalf of …", "IN WITNESS WHEREOF"). */
export function opensSignature(head: string): boolean {
	return signatureRe.test(head) || signatureFieldRe.test(head);
}

/** True for a line that is never clause text, wherever it appears (signature fields, rules, page numbers). */
export function isNoiseLine(head: string): boolean {
	return opensSignature(head) || fieldRe.test(head) || ruleRe.test(head) || pageRe.test(head);
}

/** True for a date line ("Published 21 July 2025", "Dated: 3 March 2024", "2025-07-21", "Tarvost, 3 June 2025"). */
export function isDateLine(head: string): boolean {
	return dateRe.test(head);
}

/** True when the start of a text looks like binary data (NULs, control characters, U+FFFD). */
export function looksBinary(text: string): boolean {
	const n = Math.min(text.length, 65536);
	let bad = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0) {
			return true;
		}
		if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127 || c === 0xfffd) {
			bad++;
		}
	}
	return n > 0 && bad / n > 0.01;
}

/** True when a clause candidate reads as words: `minWords` words of two letters or more, mostly letters and figures. */
export function isCitable(text: string, minWords = 2): boolean {
	const n = Math.min(text.length, 2000);
	let words = 0;
	let run = 0;
	let letters = 0;
	let visible = 0;
	let bad = 0;
	let digits = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		const letter = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : letterRe.test(text[i] ?? '');
		bad += c === 0xfffd || (c < 32 && !isSpace(c)) ? 1 : 0;
		letters += letter ? 1 : 0;
		digits += c >= 48 && c <= 57 ? 1 : 0;
		// A table's rules and cell borders ("| --- |") and markdown's emphasis are layout, not text.
		visible += letter || !(isSpace(c) || c === 0x7c || c === 0x2d || c === 0x3a || c === 0x2a) ? 1 : 0;
		run = letter ? run + 1 : 0;
		words += run === 2 ? 1 : 0;
	}
	// Figures are words too: "Total attendance of at least 85,000 (2025), 92,000 (2026) and 100,000 (2027)." is a clause.
	return words >= minWords && letters + digits >= visible * 0.5 && letters >= visible * 0.25 && bad <= n * 0.05;
}
