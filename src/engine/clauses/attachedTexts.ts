/**
 * A text attached to a document after its own provisions ("## Memorandum of Consultations" after a treaty's articles, a
 * "Side Letter"): the instruments it may be, how its heading reads, and the ids its clauses get (`memorandum.4`).
 */

/** The instrument's name: an optional modifier, then the noun ("memorandum", "side letter", "side-letter" in an id). */
export const ATTACHED_TEXT = '(?:(?:agreed|joint|side|supplementary|ministerial|political|interpretative|explanatory|additional)[-\\s]+){0,2}(?:memorandum|protocol|exchange|letter|record|declaration|statement|minute|understanding|arrangement)s?';

/** An attached text's heading: the instrument's name, then the end, a preposition or a title separator. */
const HEADING_RE = new RegExp(`^(?:the\\s+)?(${ATTACHED_TEXT})(?=$|\\s+(?:of|on|between|concerning|for|to|relating|in|by)\\b|\\s*[:\\u2013\\u2014(-])`, 'iu');
/** An attached text's clause id: "memorandum.4", "side-letter.2(a)", the bare "memorandum" or its next unnumbered paragraph "memorandum-2". */
const ID_RE = new RegExp(`^(${ATTACHED_TEXT})(?:-\\d+)?(?:\\.(.+))?$`, 'u');

/** The id prefix a heading gives its attached text ("memorandum", "side-letter"), or undefined when it names none. */
export function attachedTextPrefix(title: string): string | undefined {
	const m = HEADING_RE.exec(title.trim());
	return m === null ? undefined : m[1]!.toLowerCase().split(/\s+/).join('-');
}

/**
 * A clause of an attached text ("memorandum.4"): the text's name ("Memorandum", "Side Letter"), the noun it calls itself
 * by ("memorandum", "letter") and its paragraph, or undefined.
 */
export function attachedTextOf(id: string): { readonly name: string; readonly noun: string; readonly paragraph: string | undefined } | undefined {
	const m = ID_RE.exec(id);
	if (m === null) {
		return undefined;
	}
	const words = m[1]!.split('-');
	return { name: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '), noun: words[words.length - 1]!.replace(/s$/, ''), paragraph: m[2] };
}
