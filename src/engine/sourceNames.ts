// The names a source agreement uses: its parties ("OpenAI", "DSIT") and the names it gives itself ("this
// Memorandum", '("MoU")', its title's head noun). Read once per source load, so every scan here is linear.
import { DEFAULT_PARTY_WORDS, type PartyWords } from './analysis/commitment';
import frames from './lexicon/frames.json';
import partyLexicon from './lexicon/parties.json';
import { candidatesOf, findMatches, isJsSpace, runEnd } from './text/findMatches';

/** "OpenAI will", "DSIT and OpenAI share": capitalised words before a modal. Sticky: tried by `namedParties` only. */
const namedPartyRe = /\b(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)\s+(?:and\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}?[\p{L}]*)?\s+)?(?:will|may|shall|must|share)\b/uy;
const capitalStartRe = /\b\p{Lu}/u;
/** A common word and a preposition right before a capitalised run ("in receipt of"): the run is the preposition's object. */
const PREPOSITION_BEFORE_RE = /(?:^|[^\p{L}])\p{Ll}[\p{L}'’-]*\s+(?:of|in|for|to|with|from|by|under|on|into|at|about)\s+$/u;
/** A run of capitalised words, as the first group of `namedPartyRe` can take it. */
const capitalisedRunRe = /\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*/uy;

/** "shall be delivered", "may not be", "will have been": the modal's subject is acted on. */
const PASSIVE_AFTER_RE = /^\s+(?:not\s+|only\s+|also\s+)?(?:be|been|have\s+been)\b/i;
/** The last word of a body's name ("the Joint Board shall be chaired by …"): it acts, even in the passive. */
const BODY_HEADS: ReadonlySet<string> = new Set(partyLexicon.bodyHeads.words);

/** Words that open a capitalised subject without naming anyone ("Each", "Neither", "Second", "Unless"). */
const DETERMINERS: ReadonlySet<string> = new Set(partyLexicon.notNames.words);

/** Adds the source's own named parties ("the Authority will …") and its profile's to the generic party words. */
export function extendParties(text: string, profileParties: readonly string[] = []): PartyWords {
	const agents = new Set([...DEFAULT_PARTY_WORDS.agents, ...profileParties]);
	const scanned = text.slice(0, 200_000);
	for (const match of namedParties(scanned)) {
		// "Initial Doses shall be delivered", "Decisions shall be taken": things done, not those who act ("The Board shall be
		// chaired" still names a body).
		// Nor "Facility Time shall not be unreasonably refused": a thing acted on, unless a body's name ends the run.
		const words = (match[1] ?? '').split(/\s+/);
		// "VCF Sector organisations in receipt of Funding will:": the object of a preposition after a common word, not the
		// one who acts (not "the Government of Sarvenia will", a name).
		if (PREPOSITION_BEFORE_RE.test(scanned.slice(Math.max(0, match.index - 24), match.index))) {
			continue;
		}
		if (PASSIVE_AFTER_RE.test(scanned.slice(match.index + match[0].length, match.index + match[0].length + 24)) && (/s$/i.test(match[1] ?? '') || !BODY_HEADS.has(words[words.length - 1]!.toLowerCase()))) {
			continue;
		}
		for (const word of (match[1] ?? '').split(/\s+/)) {
			const lower = word.toLowerCase();
			// "Each Option Notice shall", "Neither Party may": the determiner is no one's name.
			if (DETERMINERS.has(lower)) {
				continue;
			}
			if (lower.length > 1 && !DEFAULT_PARTY_WORDS.nonAgents.has(lower) && lower !== 'this' && lower !== 'the') {
				agents.add(lower);
			}
		}
	}
	// The parties the source defines ('WEXMOOR COUNTY COUNCIL … (the "Council")') act in it, whatever a generic list says
	// of the word elsewhere (in a briefing about another agreement "the council" is usually a bystander).
	const defined = definedParties(text);
	for (const word of defined) {
		agents.add(word);
	}
	const nonAgents = defined.size === 0 ? DEFAULT_PARTY_WORDS.nonAgents : new Set([...DEFAULT_PARTY_WORDS.nonAgents].filter((w) => !defined.has(w)));
	return { agents, nonAgents };
}

/** A defined short name in the parties block: '(the "Council")', '(the **"Supplier"**)', '("the Authority")'. */
const definedNameRe = /\(\s*(?:the\s+)?\**["“]\**(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})\**["”]\**\s*\)/gu;
/** Where the parties block ends: its "each a Party" line, the recitals or the operative words. */
const partiesEndRe = /\beach\s+a\s+\W*(?:party|partner|participant|signatory)\b|\btogether\s+the\s+\W*(?:parties|partners|participants|signatories)\b|^#*[ \t]*(?:background|recitals|whereas|it\s+is\s+agreed|(?:\d+\.?[ \t]+)?(?:definitions|interpretation)\b)/imu;

/** The lower-case words of the short names the source gives its parties before its recitals, if it has a parties block. */
function definedParties(text: string): Set<string> {
	const head = text.slice(0, 8000);
	const end = head.search(partiesEndRe);
	const out = new Set<string>();
	if (end === -1) {
		return out;
	}
	const block = head.slice(0, end + 40);
	for (const m of block.matchAll(definedNameRe)) {
		for (const word of m[1]!.toLowerCase().split(/\s+/)) {
			if (!['agreement', 'memorandum', 'mou', 'parties', 'party'].includes(word)) {
				out.add(word);
			}
		}
		// "**LARKMOOR URBAN PARTNERS LIMITED** (company number …) … (the "Developer")": writers call a party by its own
		// name's first word ("Larkmoor will …") as often as by its defined one.
		const line = block.slice(block.lastIndexOf('\n', m.index) + 1, m.index);
		const own = /^\W*(?:\d+[.)]\s*)?\**\s*(?:THE\s+)?(\p{Lu}[\p{Lu}\p{Ll}'’-]+)\s+\p{Lu}/u.exec(line)?.[1]?.toLowerCase();
		if (own !== undefined && own.length > 2 && !DEFAULT_PARTY_WORDS.nonAgents.has(own) && !['the', 'this', 'and', 'agreement', 'memorandum', 'between', 'parties', 'party', 'his', 'her'].includes(own)) {
			out.add(own);
		}
	}
	return out;
}

/**
 * The matches of `namedPartyRe` as a global search would find them, in linear time: tried at every capital of a run
 * of capitalised words not followed by a modal, the pattern scanned to the run's end from each one (a 200 KB source
 * of one long sentence took 48 s). A later capital of the run can end its names only where the first one can, so
 * once the first fails the rest of the run is skipped.
 */
export function namedParties(text: string): Iterable<RegExpExecArray> {
	return findMatches(text, namedPartyRe, candidatesOf(capitalStartRe), (t, at) => {
		capitalisedRunRe.lastIndex = at;
		return capitalisedRunRe.test(t) ? capitalisedRunRe.lastIndex : at + 1;
	});
}

/**
 * The names a source gives itself, lower case: the head noun of its title ("… Agreement", "Memorandum of
 * Understanding …"), "this X" ("this Memorandum", "this Agreement") and defined short names ('("MoU")', '(the
 * "Agreement")', 'hereinafter referred to as "the Convention"' is someone else's name and not taken).
 */
export function selfNames(text: string): Set<string> {
	const names = new Set<string>();
	const head = text.slice(0, 20_000);
	// "this Agreement", "This Deed is …", "this Agreed Record" (its head noun, "record"); not "this Part 6" or "this Schedule".
	for (const m of head.matchAll(/\b[Tt]h(?:is|e present)\s+((?:\p{Lu}[\p{L}]+\s+){0,2}\p{Lu}[\p{L}]+)/gu)) {
		const words = m[1]!.split(/\s+/);
		const noun = words[words.length - 1]!.toLowerCase();
		if (words.length > 1 && !/^(?:memorandum|agreement|contract|treaty|accord|charter|convention|protocol|arrangement|record|declaration|settlement)$/.test(noun)) {
			names.add(words[0]!.toLowerCase());
		} else if (noun.length > 2 && !PROVISION_WORDS.has(noun)) {
			names.add(noun);
		}
	}
	for (const m of head.matchAll(/\(\s*(?:the\s+)?["“]?\*{0,2}(\p{Lu}[\p{L}]{1,20})\*{0,2}["”]?\s*\)/gu)) {
		const word = m[1]!.toLowerCase();
		if (/^(?:mou|memorandum|agreement|contract|treaty|accord|charter|convention|protocol|arrangement|framework|deal|pact|compact)$/.test(word)) {
			names.add(word);
		}
	}
	const title = titleOf(head);
	const nouns = [...title.matchAll(/\b(memorandum|agreement|contract|treaty|accord|charter|convention|protocol|arrangement|framework|deal|pact|compact|deed|covenant|concordat|undertakings|licence|license|communiqu[eé])\b/giu)];
	for (const m of nouns) {
		names.add(m[1]!.toLowerCase());
	}
	// "Enhanced Partnership Plan and Enhanced Partnership Scheme No. 1": a title with no noun of an agreement names the
	// document by its plan or scheme ("the Plan has effect until …").
	if (nouns.length === 0) {
		for (const m of title.matchAll(/\b(plan|scheme)\b/giu)) {
			names.add(m[1]!.toLowerCase());
		}
	}
	// "Heads of Terms", "Letter of Intent", "Term Sheet": the title's first word names it ("the heads of terms say …").
	for (const m of title.matchAll(/\b(heads)\s+of\s+terms\b|\b(letter)\s+of\s+intent\b|\bterm\s+(sheet)\b/gi)) {
		names.add((m[1] ?? m[2] ?? m[3])!.toLowerCase());
	}
	return names;
}

/** What a document calls its own parts ("this Part", "this Schedule"), lower case: never its name. */
export const PROVISION_WORDS: ReadonlySet<string> = new Set(frames.ownPartNouns.words);

/**
 * The source's first line of text, its title (markings skipped: "Notice", "Draft", "Official", "Subject to contract",
 * "Strictly private and confidential – commercially sensitive", "Without prejudice"; markdown marks dropped).
 */
export function titleOf(head: string): string {
	const text = head.replace(MARKING_LINE_RE, '');
	// "# MEMORANDUM OF UNDERSTANDING BETWEEN … CONCERNING COOPERATION IN THE CIVIL USES OF OUTER SPACE": a formal title
	// runs long; a heading that opens the text is the title however long, not the first short line after it ("Recalling
	// the Outer Space Treaty …").
	LONG_HEADING_RE.lastIndex = 0;
	const heading = LONG_HEADING_RE.exec(text)?.[1];
	return (heading ?? titleLine(text)).replace(/[*_]{1,3}/g, '').trim();
}
/** A markdown heading as the text's first line, up to 600 characters (tried once, at the start). */
const LONG_HEADING_RE = /[ \t\r\n]*#{1,6}[ \t]+([^\n]{3,600})$/my;
const MARKING_LINE_RE = /^[ \t]*[*_]{0,3}(?:notice|draft(?:\s+for\s+discussion)?|official(?:[- ]sensitive)?|subject\s+to\s+contract|without\s+prejudice|restricted|commercially\s+sensitive|(?:strictly\s+)?(?:private\s+(?:and|&)\s+)?confidential\b[^\n]{0,60})[*_]{0,3}[ \t]*$/gim;

/** A title line: 3 to 200 characters after white space and `#`s. Sticky, tried at line starts by `titleLine`. */
const titleAtRe = /^\s*(?:#+\s*)?(.{3,200})$/my;

/**
 * What `/^\s*(?:#+\s*)?(.{3,200})$/m` captures in `head`, in linear time. Tried at every line start of a run of blank
 * lines, its `\s*` crossed all of them from each one; the tries from the later line starts of a run have a subset of
 * the first one's ways to match, so after a failed try the rest of the white space is skipped.
 */
export function titleLine(head: string): string {
	for (let at = 0; at <= head.length; ) {
		titleAtRe.lastIndex = at;
		const m = titleAtRe.exec(head);
		if (m !== null) {
			return m[1]!;
		}
		// The next line start after the white space (a line start inside it would fail the same way).
		at = runEnd(head, runEnd(head, at, isJsSpace), (c) => !isLineTerminator(c)) + 1;
	}
	return '';
}

function isLineTerminator(code: number): boolean {
	return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}
