import lexicon from '../lexicon/frames.json';
import type { Token } from '../text/tokens';

/**
 * Who a sentence presents its content as coming from. Real writing about an agreement is mostly background: the
 * writer's context, company facts, people's words. A rule judges a sentence against the source only when the sentence
 * presents what it says as the agreement's content: it names the agreement as the source ("under the MoU", "the deal
 * includes …"), refers back to it ("It also covers …" after a sentence about it), or sits under a lead-in that does
 * ("The MoU covers four areas:" followed by bullets; a heading "What the agreement says").
 */
export interface ClaimFrame {
	/** The sentence itself names the agreement as the source of what it says. */
	readonly explicit: boolean;
	/** A lead-in, a heading or the sentence before makes it a statement of the agreement's content. */
	readonly inherited: boolean;
	/** A person's words or view ("the Minister said …", "…, according to analysts"), not the agreement's. */
	readonly reported: boolean;
	/** Where the agreement is named (token index), or -1. */
	readonly agreementAt: number;
}

/** What a sentence hands on to the next: the agreement was its topic, or a lead-in or heading opened a list. */
export type Topic = 'none' | 'agreement' | 'list';

/** The agreement's own names from the loaded source (its title's head noun, defined terms), lower case. */
export interface FrameVocabulary {
	readonly names: ReadonlySet<string>;
	/** Words of the source, lower case (and their stems): a capitalised modifier the source never uses names another agreement. */
	readonly vocabulary: ReadonlySet<string>;
	/** The source's top-level provision numbers ("4" for Article 4 or clause 4.2): "Article 4" names one of them. */
	readonly provisions: ReadonlySet<string>;
}

const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(lexicon.agreementNouns.words);
const WEAK_NOUNS: ReadonlySet<string> = new Set(lexicon.weakNouns.words);
const CONTENT_VERBS: ReadonlySet<string> = new Set(lexicon.contentVerbs.words);
const COPULAR_CONTENT: ReadonlySet<string> = new Set(lexicon.copularContent.words);
const ATTRIBUTION: readonly (readonly string[])[] = lexicon.attributionPrepositions.words.map((w) => w.split(' ')).sort((a, b) => b.length - a.length);
const DISSOCIATORS: ReadonlySet<string> = new Set(lexicon.dissociators.words);
const REPORTING: ReadonlySet<string> = new Set(lexicon.reportingVerbs.words);

/** True for a verb that reports words or a reaction ("said", "welcomed", "criticised"). */
export function isReportingWord(lower: string): boolean {
	return REPORTING.has(lower);
}
const LEAD_IN: ReadonlySet<string> = new Set(lexicon.leadInHeadings.words);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Words that deny what a lead-in introduces: the list after "None of the following is in the Agreement:" is not its content. */
const LEAD_IN_DENIALS: ReadonlySet<string> = new Set(lexicon.leadInDenials.words);
const SKIPPABLE = new Set(['also', 'further', 'explicitly', 'itself', 'only', 'specifically', 'even', 'reportedly', 'then', 'now', 'already', 'broadly', 'largely', 'mainly', 'primarily', 'additionally', 'additionaly', 'moreover', 'clearly', 'apparently', 'supposedly', 'actually', 'directly', 'formally', 'officially', 'not', "doesn't", "don't", 'does', 'do', 'did', 'however', 'indeed', 'in', 'fact']);
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'a', 'an', 'these', 'those', 'his', 'her']);
const OPENING_PRONOUNS = new Set(['it', 'this', 'they', 'these']);
// The writer's own voice ("I", "we") is not a reported person.
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(lexicon.reportingSubjects.words);
const CAPITAL_RE = /^\p{Lu}/u;
/** Words that name a numbered provision of a document ("Article 4", "clause 5.1", "Art. 9"). */
const PROVISION_WORDS: ReadonlySet<string> = new Set(lexicon.provisionWords.words);

const OTHER_AGREEMENT: ReadonlySet<string> = new Set(lexicon.otherAgreementMarkers.words);

/**
 * A word that names the document itself: one of the names the source gives itself, or an agreement noun that names
 * nothing else ("memorandum", "charter", "deal"; not "plan" or "framework").
 */
export function namesDocument(lower: string, names: ReadonlySet<string>): boolean {
	return names.has(lower) || (AGREEMENT_NOUNS.has(lower) && !WEAK_NOUNS.has(lower));
}

/** The agreement noun at `i` is another agreement ("such MoU", "another deal", "a similar agreement"). */
export function isOtherAgreement(tokens: readonly Token[], i: number): boolean {
	return OTHER_AGREEMENT.has(tokens[i - 1]?.lower ?? '') || (OTHER_AGREEMENT.has(tokens[i - 2]?.lower ?? '') && /^(?:such|similar|other|another)$/.test(tokens[i - 2]!.lower));
}

/** True for a word that names a numbered provision when a number follows ("Article", "clause", "Art."). */
export function isProvisionWord(lower: string): boolean {
	return PROVISION_WORDS.has(lower);
}

/** Reads one sentence's frame; `previous` is the topic the sentence before handed on. */
export function frameOf(
	tokens: readonly Token[],
	prose: string,
	isHeading: boolean,
	isListItem: boolean,
	previous: Topic,
	words: FrameVocabulary,
): { frame: ClaimFrame; topic: Topic } {
	let agreementAt = -1;
	let explicit = false;
	for (let i = 0; i < tokens.length && !explicit; i++) {
		if (!namesAgreement(tokens, i, words, previous)) {
			continue;
		}
		if (agreementAt === -1) {
			agreementAt = i;
		}
		if (isDissociated(tokens, i) || isReportedObject(tokens, i)) {
			continue;
		}
		if (attributedBefore(tokens, i) || contentAfter(tokens, i)) {
			explicit = true;
			agreementAt = i;
		}
	}
	// "It also covers …", "This means …": the sentence before was about the agreement.
	const opensWithPronoun = tokens.length > 1 && OPENING_PRONOUNS.has(tokens[0]!.lower) && contentAfter(tokens, 0);
	const inherited = !explicit && ((previous === 'list' && isListItem) || (previous === 'agreement' && opensWithPronoun));
	const reported = isReported(tokens, explicit ? agreementAt : -1);
	const frame: ClaimFrame = { explicit, inherited, reported, agreementAt };
	return { frame, topic: nextTopic(frame, tokens, prose, isHeading, isListItem, previous) };
}

function nextTopic(frame: ClaimFrame, tokens: readonly Token[], prose: string, isHeading: boolean, isListItem: boolean, previous: Topic): Topic {
	const names = frame.agreementAt !== -1;
	// "None of the following is in the Agreement:", "What the MoU does not say": the list is not its content.
	const denies = tokens.some((t) => LEAD_IN_DENIALS.has(t.lower) || t.lower.endsWith("n't"));
	const leadWords = (): boolean => !denies && tokens.some((t) => LEAD_IN.has(t.lower));
	if (isHeading) {
		// "What the MoU says", "Key commitments": the list after it states the agreement's content.
		return names && leadWords() ? 'list' : names ? 'agreement' : 'none';
	}
	if (/:\s*$/.test(prose) && !denies && (frame.explicit || frame.inherited || (names && leadWords()))) {
		return 'list';
	}
	if (previous === 'list' && isListItem) {
		return previous;
	}
	return (frame.explicit || frame.inherited) && !frame.reported ? 'agreement' : 'none';
}

/** Token `i` names the agreement: one of its nouns, not another agreement ("the Anthropic deal"), not a plural. */
function namesAgreement(tokens: readonly Token[], i: number, words: FrameVocabulary, previous: Topic): boolean {
	const lower = tokens[i]!.lower;
	if (PROVISION_WORDS.has(lower)) {
		// "Article 4", "clause 5.1", "Art. 9.3": one of the agreement's own provisions; not a number it does not have
		// ("section 43(2) of the Act") nor one of another document ("Article 1 of the Convention").
		const major = /^\d+/.exec(tokens[i + 1]?.raw ?? '')?.[0];
		const next = tokens.slice(i + 2, i + 6).find((t) => /^\p{L}{2,}/u.test(t.raw));
		return major !== undefined && words.provisions.has(major) && next?.lower !== 'of';
	}
	if (!AGREEMENT_NOUNS.has(lower) && !words.names.has(lower)) {
		return false;
	}
	// "the third such MoU", "another deal": not this agreement.
	if (isOtherAgreement(tokens, i)) {
		return false;
	}
	if (WEAK_NOUNS.has(lower) && !words.names.has(lower)) {
		// "the plan", "the document": the agreement only as the sentence's subject, or right after a sentence about it.
		const opening = i <= 2 && DETERMINERS.has(tokens[i - 1]?.lower ?? '');
		if (!opening && previous === 'none') {
			return false;
		}
	}
	// Modifiers back to the determiner: a capitalised word the source never uses names another agreement.
	for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
		const t = tokens[k]!;
		if (DETERMINERS.has(t.lower)) {
			break;
		}
		if (CAPITAL_RE.test(t.raw) && k > 0 && !words.vocabulary.has(t.lower) && !words.names.has(t.lower)) {
			return false;
		}
	}
	// "in agreement with", "the agreement of": not the agreement's name.
	return !(lower === 'agreement' && tokens[i - 1]?.lower === 'in');
}

function isDissociated(tokens: readonly Token[], i: number): boolean {
	return tokens.slice(Math.max(0, i - 4), i).some((t) => DISSOCIATORS.has(t.lower));
}

/** "the Minister called the deal a landmark", "critics described the MoU as vague": the agreement is what someone talks about. */
function isReportedObject(tokens: readonly Token[], i: number): boolean {
	return tokens.slice(Math.max(0, i - 3), i).some((t) => REPORTING.has(t.lower));
}

/** "under the MoU", "as part of the deal", "according to the memorandum". */
function attributedBefore(tokens: readonly Token[], i: number): boolean {
	let k = i - 1;
	while (k >= 0 && (DETERMINERS.has(tokens[k]!.lower) || (i - k <= 3 && !ATTRIBUTION.some((p) => p[p.length - 1] === tokens[k]!.lower)))) {
		k--;
		if (i - k > 4) {
			return false;
		}
	}
	if (k < 0) {
		return false;
	}
	return ATTRIBUTION.some((phrase) => phrase.every((w, n) => tokens[k - phrase.length + 1 + n]?.lower === w));
}

/** "the MoU includes …", "the deal will see …", "the memorandum's focus": the agreement as the subject of its content. */
function contentAfter(tokens: readonly Token[], i: number): boolean {
	let k = i + 1;
	if (tokens[k]?.lower === "'s" || tokens[i]!.lower.endsWith("'s")) {
		return true;
	}
	// "Article 6.2 says …", "clause 14(3) provides …": the provision's number is part of its name.
	while (PROVISION_WORDS.has(tokens[i]!.lower) && k < tokens.length && k <= i + 4 && /^[\d(]|^[a-z]\)?$/.test(tokens[k]!.raw)) {
		k++;
	}
	while (k < tokens.length && k <= i + 4 && SKIPPABLE.has(tokens[k]!.lower)) {
		k++;
	}
	const verb = tokens[k]?.lower;
	if (verb === undefined || !CONTENT_VERBS.has(verb)) {
		return false;
	}
	if (COPULAS.has(verb) || verb === 'has' || verb === 'had') {
		// "the deal is focused on …", "it has three parts"; not "the deal is the latest …", "it has been welcomed".
		const next = tokens[k + 1]?.lower ?? '';
		return COPULAR_CONTENT.has(next) || (verb === 'has' && /^(?:three|four|five|two|several|\d+)$/.test(next));
	}
	return true;
}

/**
 * A person's words or view: a reporting verb whose subject is not the agreement ("the Minister said", "critics argue"), or
 * "according to" someone. `agreementSubject` is where the sentence names the agreement as its speaker, if it does.
 */
/** Words before a reporting verb that make it a participle describing a noun ("a declared pandemic"). */
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(lexicon.attributiveBefore.words);
/** Words right after a reporting verb that make it a duty on a timetable ("the panel reports within 120 days"). */
const TIMED_AFTER: ReadonlySet<string> = new Set(lexicon.timedAfter.words);

/** The auxiliary of a passive right before its participle ("was welcomed", "will be praised", "has been criticised"). */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

function isReported(tokens: readonly Token[], agreementSubject: number): boolean {
	for (let r = 0; r < tokens.length; r++) {
		const lower = tokens[r]!.lower;
		if (lower === 'according' && tokens[r + 1]?.lower === 'to') {
			const who = tokens.slice(r + 2, r + 5).map((t) => t.lower);
			if (!who.some((w) => AGREEMENT_NOUNS.has(w))) {
				return true;
			}
			continue;
		}
		if (!REPORTING.has(lower)) {
			continue;
		}
		// "a declared pandemic", "the announced plan", "its reported figures": the participle describes a noun.
		if (ATTRIBUTIVE_BEFORE.has(tokens[r - 1]?.lower ?? '')) {
			continue;
		}
		// "the panel reports within 120 days", "the Board reports annually": a duty on a timetable, not a person's words.
		if (TIMED_AFTER.has(tokens[r + 1]?.lower ?? '')) {
			continue;
		}
		// The agreement speaks: "the MoU says …", "it states …".
		if (agreementSubject !== -1 && r > agreementSubject && r - agreementSubject <= 4) {
			continue;
		}
		// "…, which will be welcomed by many older residents": a reaction told of in the passive reports no one's words,
		// unless they are given after it ("described by ministers as …").
		if (PASSIVE_BEFORE.has(tokens[r - 1]?.lower ?? '') && tokens[r + 1]?.lower === 'by' && !tokens.slice(r + 2, r + 8).some((t) => t.lower === 'as')) {
			continue;
		}
		const before = tokens.slice(Math.max(0, r - 4), r);
		const after = tokens.slice(r + 1, r + 3);
		// "It says …", "This sets out …": the document speaks, not a person.
		const opensWithThing = OPENING_PRONOUNS.has(tokens[0]!.lower) && tokens[0]!.lower !== 'they';
		const personBefore = before.some((t) => (CAPITAL_RE.test(t.raw) && t !== tokens[0]) || SUBJECT_PRONOUNS.has(t.lower)) || (r <= 3 && CAPITAL_RE.test(tokens[0]!.raw) && !opensWithThing && !AGREEMENT_NOUNS.has(tokens[r - 1]?.lower ?? ''));
		const personAfter = after.some((t) => CAPITAL_RE.test(t.raw) || SUBJECT_PRONOUNS.has(t.lower));
		if (personBefore || personAfter) {
			return true;
		}
	}
	return false;
}
