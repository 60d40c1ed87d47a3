import partyLexicon from './lexicon/parties.json';
import specifics from './lexicon/specifics.json';
import { AlignmentIndex } from './align/alignmentIndex';
import { alignmentTerms, narrowedTo, type Vocabulary, vocabularyFor } from './align/terms';
import { analyseCommitment, isPlainWill, type PartyWords, type Predicate } from './analysis/commitment';
import type { FrameVocabulary } from './analysis/frame';
import { citationStyle, type ReferenceStyle } from './citationStyle';
import { ATTACHED_TEXT, attachedTextOf } from './clauses/attachedTexts';
import { withoutEmphasis } from './text/inlineMarkup';
import { looksBinary } from './clauses/noise';
import { parseClauses } from './clauses/parseClauses';
import { profileFor } from './profile';
import { extendParties, selfNames, titleOf } from './sourceNames';
import { type Token, tokenize } from './text/tokens';
import { type Clause, type Sentence, Strength } from './types';

/** The commitment a source sentence makes, after "This means…" sentences inherit from the one before. */
export interface SourceCommitment {
	readonly level: Strength;
	/** The predicate that carries it, if any. */
	readonly predicate?: Predicate;
	/**
	 * The sentence's other duties with a cue of their own, each at its own level ("… shall accept applications at its
	 * Embassy, and use its best endeavours to introduce an online facility"): a briefing about one of them is compared
	 * with that one.
	 */
	readonly conjuncts?: readonly { readonly level: Strength; readonly predicate: Predicate }[];
	/**
	 * The clause's own words saying what it states is a goal, not a duty ("This is a shared goal with partners, not an
	 * obligation of the Unit alone"): a sentence of it that states no commitment is read as an aim.
	 */
	readonly goal?: string;
	/** An item's lead-in, whose cue it takes ("DHSC will use reasonable endeavours to ensure that Employers meet:"). */
	readonly leadIn?: string;
}

/** A source sentence with everything the rules need to compare a briefing against it. */
export interface SourceSentence {
	readonly clause: Clause;
	readonly sentence: Sentence;
	readonly commitment: SourceCommitment;
	/** The sentence's promise not to act, if it makes one ("does not intend to use …"), for a briefing's "will not". */
	readonly refrain?: Predicate;
	readonly tokens: readonly Token[];
}

/** A parsed, analysed and indexed source agreement: build once with `loadSource`, check many times. */
export interface SourceModel {
	readonly name: string;
	/** How citations name the source, read from it: "MoU", "Paris Agreement", "Agreement" (see citationStyle.ts), else "source". */
	readonly shortName: string;
	/** What the source calls its numbered provisions: sections (§2.3), articles (Art. 4.2) or clauses (cl. 5.1). */
	readonly references: ReferenceStyle;
	readonly text: string;
	readonly clauses: readonly Clause[];
	readonly sentences: readonly SourceSentence[];
	readonly index: AlignmentIndex;
	/** Lower-cased words and stems that occur anywhere in the source. */
	readonly vocabulary: ReadonlySet<string>;
	/** Every word of the source in order, for verbatim quote matching. */
	readonly words: readonly Token[];
	readonly parties: PartyWords;
	/** The parties its profile names ("openai", "dsit" for the UK–OpenAI MoU); empty without a profile. */
	readonly namedParties: ReadonlySet<string>;
	/** The words alignment folds (synonyms) and down-weights (party names) for this source: generic, its status's, its profile's. */
	readonly alignment: Vocabulary;
	/** The agreement's own names and the source's words, for reading who a briefing sentence attributes its content to. */
	readonly frameWords: FrameVocabulary;
	/** The clause that states the agreement is not legally binding, if the source says so. */
	readonly nonBindingClause?: Clause;
	/**
	 * The source's legal status as it states it: `not-binding` (a memorandum's status clause), `binding` (a treaty that
	 * enters into force, a contract that says it is legally binding), `binding-with-non-binding-parts` (a contract whose
	 * schedule of principles is not binding), or `unstated`.
	 */
	readonly status: SourceStatus;
	/** Clauses in parts the source itself declares not legally binding ("This Schedule is not legally binding"). */
	readonly nonBindingParts: ReadonlySet<Clause>;
	/**
	 * In a source that is not binding, the parts it excepts ("with the exception of Paragraph 8 (Confidentiality)",
	 * "Paragraphs 10 and 15 are legally binding"): calling those binding is right.
	 */
	readonly bindingParts: ReadonlySet<Clause>;
	/** The clause in which a binding source says it is legally binding ("It is intended to be legally binding …"). */
	readonly bindingClause?: Clause;
}

export type SourceStatus = 'not-binding' | 'binding' | 'binding-with-non-binding-parts' | 'unstated';

/** Raised when a source document has no citable clauses. */
export class SourceError extends Error {
	override readonly name = 'SourceError';
}

const nonBindingRe = /\b(?:not\s+legally\s+binding|non-binding|voluntary|not\s+(?:a\s+)?(?:legally\s+)?binding|binding\s+in\s+honour\s+only|do(?:es)?\s+not\s+intend\s+[^.]{0,80}?to\s+be\s+(?:a\s+)?legally\s+(?:binding|enforceable)|not\s+intended\s+to\s+(?:be\s+(?:legally\s+)?binding|create\s+(?:any\s+)?(?:legally\s+binding|legal|binding))|no\s+legal(?:ly)?\s+(?:binding|obligations?|effect)|(?:this\s+\p{L}+|it)\s+does\s+not\s+create\s+(?:any\s+)?(?:legally\s+binding|legal|binding)\s+(?:obligations?|relations))\b/iu;
const inheritRe = /^\s*(?:this|these|that|it|such)\b/i;
/** A lead-in whose list is of conditions: "only on the following conditions:", "only if:", "provided that:". */
const CONDITIONS_LEAD_IN_RE = /\b(?:only\s+(?:if|where|when|on|upon|subject\s+to|provided)|(?:following|these)\s+(?:conditions|criteria|requirements)(?:\s+are\s+met)?|provided\s+that|on\s+condition\s+that)\b[^:]*:[*_]*\s*$/i;

/** Parses, analyses and indexes a source agreement. Throws `SourceError` when it has no clauses. */
export function loadSource(text: string, name: string): SourceModel {
	return buildModel(text, name, parseOrThrow(text, name));
}

/** One source document to load. */
export interface SourceDocument {
	readonly text: string;
	readonly name: string;
	/**
	 * Where the document is ('/' or '\\' separated, absolute or relative): only its last folders are used, to tell
	 * apart documents with the same file name (their clause ids would collide otherwise).
	 */
	readonly path?: string;
}

const SOURCE_SEPARATOR = '\n\n\n';

/**
 * Loads several source documents as one: clause ids get the document's name as a prefix
 * (`data-sharing:2.1`) so they stay unique, and offsets refer to the texts joined by blank lines.
 */
export function loadSources(docs: readonly SourceDocument[]): SourceModel {
	if (docs.length === 1) {
		return loadSource(docs[0]!.text, docs[0]!.name);
	}
	const prefixes = clauseIdPrefixes(docs);
	const clauses: Clause[] = [];
	let offset = 0;
	docs.forEach((doc, k) => {
		for (const clause of parseOrThrow(doc.text, doc.name)) {
			clauses.push(shiftClause(clause, offset, `${prefixes[k]}:`));
		}
		offset += doc.text.length + SOURCE_SEPARATOR.length;
	});
	return buildModel(docs.map((d) => d.text).join(SOURCE_SEPARATOR), docs.map((d) => d.name).join(' + '), clauses);
}

/**
 * The clause-id prefix of each document: its file name without the extension, lower case, dash-joined
 * (`Data Sharing.md` → `data-sharing`). Documents whose prefixes collide take their folders' names, one at a time,
 * until they differ (`a/agreement.md`, `b/agreement.md` → `a-agreement`, `b-agreement`); any still alike are numbered.
 */
export function clauseIdPrefixes(docs: readonly SourceDocument[]): string[] {
	const folders = docs.map((doc) => (doc.path ?? '').split(/[\\/]+/).filter((s) => s !== '' && s !== '.').slice(0, -1));
	const depth = docs.map(() => 0);
	const slug = (k: number): string =>
		[...folders[k]!.slice(folders[k]!.length - depth[k]!), docs[k]!.name.replace(/\.[^.]*$/, '')].join('-').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
	for (let grew = true; grew; ) {
		const prefixes = docs.map((_, k) => slug(k));
		grew = false;
		prefixes.forEach((prefix, k) => {
			if (prefixes.indexOf(prefix) !== prefixes.lastIndexOf(prefix) && depth[k]! < folders[k]!.length) {
				depth[k]!++;
				grew = true;
			}
		});
	}
	const taken = new Set<string>();
	return docs.map((_, k) => {
		let prefix = slug(k);
		for (let n = 2; taken.has(prefix); n++) {
			prefix = `${slug(k)}-${n}`;
		}
		taken.add(prefix);
		return prefix;
	});
}

/**
 * The longest source text accepted, in UTF-16 code units (8 MiB). A source agreement runs to kilobytes; 5,000 clauses
 * are about 1 MB and load in half a second. Past this a load would take many seconds and gigabytes, so it is refused.
 */
export const MAX_SOURCE_LENGTH = 8 * 1024 * 1024;

function parseOrThrow(text: string, name: string): Clause[] {
	if (text.length > MAX_SOURCE_LENGTH) {
		throw new SourceError(`${name}: too large for a source agreement (${(text.length / 1048576).toFixed(1)} MB of text; the limit is ${MAX_SOURCE_LENGTH / 1048576} MB)`);
	}
	if (text.trim() === '') {
		throw new SourceError(`${name}: no clauses found (the source is empty)`);
	}
	if (looksBinary(text)) {
		throw new SourceError(`${name}: looks like binary data, not the text of an agreement`);
	}
	const clauses = parseClauses(text);
	if (clauses.length === 0) {
		throw new SourceError(`${name}: no clauses found (expected numbered sections, bullets or paragraphs of agreement text)`);
	}
	return clauses;
}

function shiftClause(clause: Clause, offset: number, prefix: string): Clause {
	const shift = (span: { start: number; end: number }) => ({ start: span.start + offset, end: span.end + offset });
	return {
		...clause,
		id: prefix + clause.id,
		span: shift(clause.span),
		sentences: clause.sentences.map((s) => ({ ...s, span: shift(s.span) })),
	};
}

function buildModel(text: string, name: string, clauses: readonly Clause[]): SourceModel {
	const profile = profileFor(text);
	const parties = extendParties(text, profile.parties);
	// A source that declares one of its parts not binding ("This clause 17 is a statement of intent only") is binding
	// elsewhere, whether or not it says so of itself (contracts seldom do).
	// So is a deed ("THIS AGREEMENT is made as a deed", "EXECUTED AS A DEED"), wherever it says so: the title block and
	// the execution clause are seldom clauses.
	const binding = isBindingSelf(clauses) || DEED_RE.test(text) || clauses.some((c) => nonBindingPartRe.test(c.text) || namesNonBindingPart(c.text) || attachedNotBinding(c));
	const nonBindingClause = binding ? undefined : findNonBindingClause(clauses);
	const folding = vocabularyFor(profile, nonBindingClause !== undefined);
	const nonBindingParts = binding ? findNonBindingParts(clauses, text) : new Set<Clause>();
	const status: SourceStatus = nonBindingClause ? 'not-binding' : !binding ? 'unstated' : nonBindingParts.size > 0 ? 'binding-with-non-binding-parts' : 'binding';
	const names = selfNames(text);
	const sentences = analyseSentences(clauses, parties, binding ? nonBindingParts : undefined, names);
	// A title too long to read as a heading ("# Contribution Arrangement between … concerning the … Programme") names the
	// document and what it is about; it says nothing a sentence could be citing it for.
	const title = clauses[0] !== undefined && /^#\s/.test(clauses[0].text) ? clauses[0] : undefined;
	const index = new AlignmentIndex(sentences.map((s) => ({
		terms: s.clause === title ? [] : alignmentTerms(s.tokens, folding),
		titleTerms: alignmentTerms(tokenize(s.clause.title), folding),
	})), folding);
	// Briefings are read with the synonyms narrowed to the source's own words ("walk away" → its "terminate").
	const words = tokenize(text);
	const vocabulary = new Set<string>();
	// A source that writes "15%" has the words of the sign: a briefing's "15 per cent" names nothing new.
	for (const word of text.includes('%') ? [...words, ...PERCENT_WORDS] : words) {
		vocabulary.add(word.lower);
		vocabulary.add(word.stem);
	}
	// "IP" for its "Foreground Intellectual Property", "JSSC" for its "Joint Space Steering Committee": a briefing's
	// acronym of one of the source's capitalised terms is read as the term.
	const alignment = withTermAcronyms(narrowedTo(folding, (stem) => index.has(stem)), text, words, vocabulary);
	addAcronyms(text, words, vocabulary);
	const style = citationStyle(text, titleOf(text.slice(0, 20_000)));
	return {
		name,
		shortName: style.shortName,
		references: style.references,
		text,
		clauses,
		sentences,
		index,
		vocabulary,
		words,
		parties,
		namedParties: new Set(profile.parties),
		alignment,
		frameWords: { names, vocabulary, provisions: new Set(clauses.flatMap((c) => /^\d+/.exec(c.id) ?? [])) },
		nonBindingClause,
		status,
		nonBindingParts,
		bindingParts: nonBindingClause ? findBindingParts(clauses, nonBindingClause) : new Set<Clause>(),
		bindingClause: binding ? bindingSelfClause(clauses) : undefined,
	};
}

/** Words an acronym skips ("Department for Science, Innovation and Technology" is DSIT). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', 'to', 'in', '&']);
const ACRONYM_WORDS = 6;

/**
 * The vocabulary with, for each run of two to five capitalised words in the source ("Intellectual Property", "Joint
 * Space Steering Committee"), its initials folded to the run's stems: only initials the source never writes as a word,
 * for the run they stand for (of several, one used at least twice as often as any other).
 */
function withTermAcronyms(vocabulary: Vocabulary, text: string, words: readonly Token[], known: ReadonlySet<string>): Vocabulary {
	const runs = new Map<string, Map<string, number>>();
	// A text of nothing but capitalised words (a generated or hostile source) reads a bounded number of runs.
	let budget = ACRONYM_RUN_BUDGET;
	for (let i = 0; i < words.length && budget > 0; i++) {
		const run: Token[] = [];
		for (let j = i; j < words.length && run.length < ACRONYM_WORDS; j++) {
			const word = words[j]!;
			if (j > i && (word.start - words[j - 1]!.end > 1 || /[^\s]/.test(text.slice(words[j - 1]!.end, word.start)))) {
				break;
			}
			if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word.raw) || TERM_OPENERS.has(word.lower)) {
				break;
			}
			run.push(word);
			if (run.length >= 2) {
				const initials = run.map((t) => t.lower[0]).join('');
				if (!known.has(initials)) {
					const phrases = runs.get(initials) ?? new Map<string, number>();
					const phrase = run.map((t) => t.stem).join(' ');
					runs.set(initials, phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1));
					budget--;
				}
			}
		}
	}
	const synonyms = new Map(vocabulary.synonyms);
	for (const [initials, phrases] of runs) {
		// Of two terms with the same initials, the one the source uses at least twice as often ("Intellectual Property"
		// nine times, "Information Protection" once).
		const [first, second] = [...phrases].sort((a, b) => b[1] - a[1]);
		// A term the source names once ("the Integrated Care Board" in its preamble) is seldom what a briefing's acronym is
		// about: only terms it uses twice or more.
		if (synonyms.has(initials) || first![1] < 2 || (second !== undefined && first![1] < 2 * second[1])) {
			continue;
		}
		synonyms.set(initials, [{ words: [initials], stems: first![0].split(' ') }]);
	}
	return { functional: vocabulary.functional, synonyms };
}
const ACRONYM_RUN_BUDGET = 50_000;
/** Words that open a sentence or a list rather than a term ("Each Participant", "The Parties"). */
const TERM_OPENERS: ReadonlySet<string> = new Set(specifics.termOpeners.words);
const PERCENT_WORDS: readonly Token[] = tokenize(specifics.percentWords.words.join(' '));

/**
 * An acronym of a multi-word term of the source counts as that term ("NDC", "NDCs" for "nationally determined
 * contribution", "IP" for "Intellectual Property"): the initials of every run of two to six words in a sentence.
 */
function addAcronyms(text: string, words: readonly Token[], vocabulary: Set<string>): void {
	for (let i = 0; i < words.length; i++) {
		let initials = '';
		// "USAR" for "urban search and rescue": some acronyms keep the letter of a joining word.
		let withJoins = '';
		let previous = words[i]!;
		for (let j = i, used = 0; j < words.length && used < ACRONYM_WORDS; j++) {
			const word = words[j]!;
			// A run stays within a sentence: a gap other than a space, a hyphen or a comma ends it.
			if (j > i && (word.start - previous.end > 3 || /[.;:!?()]/.test(text.slice(previous.end, word.start)))) {
				break;
			}
			previous = word;
			if (!/^\p{L}/u.test(word.raw)) {
				continue;
			}
			if (ACRONYM_SKIPS.has(word.lower)) {
				if (used > 0) {
					withJoins += word.lower[0];
				}
				continue;
			}
			initials += word.lower[0];
			withJoins += word.lower[0];
			used++;
			if (used >= 2) {
				vocabulary.add(initials);
				vocabulary.add(`${initials}s`);
				if (withJoins !== initials) {
					vocabulary.add(withJoins);
					vocabulary.add(`${withJoins}s`);
				}
			}
		}
	}
}

/**
 * In a binding text "shall" and "must" are legal obligations (a rung above a non-binding memorandum's firm "will
 * deliver") and a plain "will" states what happens (firm); `binding` is undefined for a source that is not binding, else the clauses of its non-binding parts.
 */
function analyseSentences(clauses: readonly Clause[], parties: PartyWords, binding: ReadonlySet<Clause> | undefined, names: ReadonlySet<string> = new Set()): SourceSentence[] {
	const out: SourceSentence[] = [];
	const leadIns = new Map<string, SourceCommitment>();
	// Clauses whose lead-in lists conditions: their items state what must hold, whatever verb they use ("or would
	// constitute a criminal offence if committed on its territory").
	const conditionLeadIns = new Set<string>();
	// The commitment of a clause that ends in a colon ("… shall use all reasonable endeavours to achieve the following:"),
	// for a table that follows it.
	let colonLeadIn: SourceCommitment | undefined;
	// "The Authority shall provide … the Facilities in Table 1 by the dates shown": the commitment of the sentence that
	// names a table, for the table under its title ("**Table 1: Bus priority Facilities**").
	const tableLeadIns = new Map<string, SourceCommitment>();
	let titledTable: string | undefined;
	for (const clause of clauses) {
		// "(a) monitor progress …" under "The Steering Board shall:" inherits the lead-in's "shall"; so does a table of
		// targets under it.
		const isTable = /^\s*\|/.test(clause.text);
		// "3.1.1 carry out … by 30 September 2026" under "3.1 The Landowner shall:": a deed numbers its items as
		// sub-clauses, and they take the lead-in's cue as lettered items do.
		const subClauseOf = /^(\d+(?:\.\d+)+)\.\d+$/.exec(clause.id)?.[1];
		const underLeadIn = subClauseOf !== undefined && leadIns.has(subClauseOf);
		const named = isTable && titledTable !== undefined ? tableLeadIns.get(titledTable) : undefined;
		const tableLeadIn = isTable ? colonLeadIn ?? named : undefined;
		let previous: SourceCommitment = leadIns.get(clause.id.replace(/\([^()]*\)$/, '')) ?? (underLeadIn ? leadIns.get(subClauseOf) : undefined) ?? tableLeadIn ?? { level: Strength.None };
		const isItem = clause.id.endsWith(')') || underLeadIn || tableLeadIn !== undefined;
		colonLeadIn = undefined;
		titledTable = TABLE_TITLE_RE.exec(clause.text)?.[1]?.toLowerCase();
		const obliges = binding !== undefined && !binding.has(clause);
		const goal = clause.sentences.find((sentence) => GOAL_NOT_DUTY_RE.test(sentence.text))?.text;
		for (const sentence of clause.sentences) {
			const analysis = analyseCommitment(sentence.text, sentence.span.start, parties, undefined, false, true);
			// "**Harrowgate Vane Dynamics commits to:**": a lead-in set in bold ends in its colon too.
			const endsInColon = /:[*_]*\s*$/.test(sentence.text);
			// A lead-in's commitment, for its items and, when it ends the clause, for a table after it.
			const setLeadIn = (leadIn: SourceCommitment): void => {
				leadIns.set(clause.id, leadIn);
				colonLeadIn = sentence === clause.sentences[clause.sentences.length - 1] ? leadIn : undefined;
			};
			// The governing predicate: a cue in a side clause ("recognizing that this would …") only when there is no other,
			// and never in a lettered item, which has its lead-in's.
			// "The purpose of this Memorandum is to set out a framework within which the Participants intend to …": the
			// purpose describes the document; the parties' own cue is the commitment.
			const purpose = PURPOSE_RE.test(sentence.text);
			const governing = analysis.predicates.filter((p) => p.isAgentive && !p.negated && p.level > Strength.None && !(purpose && /^(?:is|are)\s+to$/i.test(p.cueText)));
			const first = withCueAfter(sentence, governing, governing.find((p) => !p.isSubordinate) ?? (isItem && !purpose ? undefined : governing.find((p) => !saysWho(sentence, p))));
			// "(b) accept applications …, and use its best endeavours to introduce …": an item that opens with its own verb
			// is under the lead-in's "shall"; a cue further in is a second, weaker duty of the item.
			const opensWithVerb = isItem && sentence === clause.sentences[0] && first !== undefined
				&& analysis.tokens.filter((t) => /\p{L}/u.test(t.raw) && t.start < first.cueSpan.start).length > 2 && previous.level > Strength.None;
			const predicate = opensWithVerb ? undefined : first;
			const levelOf = (p: Predicate): Strength => !obliges ? p.level
				: p.level === Strength.Firm && obligationCueRe.test(p.cueText) ? Strength.Legal
				: isPlainWill(p) ? Strength.Firm : p.level;
			const isCondition = isItem && conditionLeadIns.has(clause.id.replace(/\([^()]*\)$/, ''));
			let commitment: SourceCommitment = predicate && !isCondition ? { level: levelOf(predicate), predicate } : { level: Strength.None };
			if (!predicate && (inheritRe.test(sentence.text) || (isItem && sentence === clause.sentences[0]))) {
				commitment = previous;
			}
			// "A reduction of 40% by 31 December 2030 … This is a shared goal with partners, not an obligation of the Unit
			// alone": what the clause states is an aim, in a binding text or not.
			if (goal !== undefined && commitment.level === Strength.None) {
				commitment = { level: Strength.Intent, goal };
			}
			// Other main-clause duties with a cue of their own, weaker than the one that governs ("… and use its best
			// endeavours to introduce …" in an item under "shall").
			const conjuncts = governing.filter((p) => p !== predicate && !p.isSubordinate && levelOf(p) < commitment.level && p.level > Strength.None).map((p) => ({ level: levelOf(p), predicate: p }));
			if (conjuncts.length > 0) {
				commitment = { ...commitment, conjuncts };
			}
			// "A sentenced person may be transferred only on the following conditions:": the items are the conditions, not
			// things the lead-in permits; they state what must hold, and take no cue from it.
			if (endsInColon && CONDITIONS_LEAD_IN_RE.test(sentence.text)) {
				conditionLeadIns.add(clause.id);
			} else if (endsInColon && commitment.level === Strength.None && TARGETS_LEAD_IN_RE.test(sentence.text)) {
				// "The parties record the following targets for the Project (the Targets):": what is listed is aimed at, not
				// undertaken, in a binding text or not; a sibling clause that says so ("The Targets are targets and not
				// undertakings") is quoted as the clause's own words.
				setLeadIn({ level: Strength.Intent, goal: siblingGoal(clauses, clause) ?? sentence.text, leadIn: sentence.text });
			} else if (LIMIT_LEAD_IN_RE.test(sentence.text)) {
				// "… may also be taxed in that State, but the tax so charged shall not exceed:": the items are the limits the
				// lead-in sets, as firm as its "shall", whatever permission comes before it.
				setLeadIn({ level: obliges ? Strength.Legal : Strength.Firm, leadIn: sentence.text });
			} else if (endsInColon && MAY_INCLUDE_LEAD_IN_RE.test(sentence.text)) {
				// "Each Party shall, as appropriate, engage in adaptation planning …, which may include:": the items are what
				// the duty may take in, each only possible, whatever the lead-in's "shall".
				const may = analysis.predicates.find((p) => p.level === Strength.Possibility && !p.negated && /\binclude$/i.test(p.cueText) && p.cueSpan.start >= sentence.span.end - 40);
				setLeadIn(may === undefined ? { level: Strength.Possibility, leadIn: sentence.text } : { level: Strength.Possibility, predicate: may, leadIn: sentence.text });
			} else if (endsInColon && commitment.level > Strength.None) {
				// "The Programme aims to improve resilience by coordinating … the following workstreams:": the document's aim is
				// its purpose; the workstreams listed are what it plans, as firm as a plan, not as tentative as the aim.
				setLeadIn({ ...(aimsOfDocument(sentence.text, names) && commitment.level < Strength.Intent ? { level: Strength.Intent } : commitment), leadIn: sentence.text });
			}
			// "confirms that it does not intend to …": the party's own words, in a side clause, are still its promise.
			const refraining = analysis.predicates.filter((p) => p.refrains !== undefined);
			const refrain = refraining.find((p) => !p.isSubordinate) ?? refraining[0];
			if (commitment.level > Strength.None && !isTable) {
				for (const m of sentence.text.matchAll(TABLE_NAMED_RE)) {
					tableLeadIns.set(m[1]!.toLowerCase(), commitment);
				}
			}
			out.push({ clause, sentence, commitment, ...(refrain === undefined ? {} : { refrain }), tokens: analysis.tokens });
			previous = commitment;
		}
	}
	return out;
}


/**
 * "Affirming the right of every State to determine who may enter …": a cue in a relative clause after "who" or "which"
 * says who or what is meant; it is no commitment of the clause, even where the clause has no other.
 */
function saysWho(sentence: Sentence, p: Predicate): boolean {
	const at = p.cueSpan.start - sentence.span.start;
	return WH_RELATIVE_BEFORE_RE.test(sentence.text.slice(Math.max(0, at - 30), at));
}
const WH_RELATIVE_BEFORE_RE = /\b(?:who|whom|whose|which)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "Signatories will endeavour to involve …", "will seek to ensure that …": a bare modal right before a cue of its own
 * governs nothing itself; the clause's commitment is the two read as one ("will endeavour to"), with the action and the
 * rung of the cue after it, so that what it hedges is read.
 */
function withCueAfter(sentence: Sentence, governing: readonly Predicate[], first: Predicate | undefined): Predicate | undefined {
	const next = first === undefined ? undefined : governing[governing.indexOf(first) + 1];
	if (first === undefined || next === undefined || first.actionText !== '' || !BARE_MODAL_RE.test(first.cueText)) {
		return first;
	}
	const between = sentence.text.slice(first.cueSpan.end - sentence.span.start, next.cueSpan.start - sentence.span.start);
	if (!/^\s+(?:\p{Ll}+\s+)?$/u.test(between)) {
		return first;
	}
	return { ...next, cueText: `${first.cueText}${between}${next.cueText}`, cueSpan: { start: first.cueSpan.start, end: next.cueSpan.end }, span: { start: first.cueSpan.start, end: next.span.end } };
}
const BARE_MODAL_RE = /^(?:will|shall|would|should)$/i;

/** "Table 1", "Table B" named in a sentence. */
const TABLE_NAMED_RE = /\bTable\s+(\d{1,2}|[A-Z])\b/gu;
/** A table's own title line: "**Table 1: Bus priority and infrastructure Facilities**". */
const TABLE_TITLE_RE = /^\W{0,4}Table\s+(\d{1,2}|[A-Z])\b[^\n|]*$/u;

/** "The Programme aims to …", "This Concordat seeks to …": a document (by a name it gives itself) or its programme stating its aim. */
function aimsOfDocument(text: string, names: ReadonlySet<string>): boolean {
	const m = /^\W*(?:\d[\d.]*\s+)?(?:the|this)\s+(\p{L}+)\s+(?:aims|seeks|is\s+intended|intends)\s+to\b/iu.exec(text);
	return m !== null && (AGREEMENT_NOUNS.has(m[1]!.toLowerCase()) || names.has(m[1]!.toLowerCase()));
}
/** What a document and the work it sets up are called: "the Programme", "the Partnership", "the Charter". */
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(partyLexicon.agreement);

/** "The purpose of this Memorandum is to …", "The objectives of the Agreement are to …". */
const PURPOSE_RE = /^\W*(?:\d[\d.]*\s+)?(?:the|its)\s+(?:purpose|purposes|aim|aims|objective|objectives|object|scope)\s+of\b/i;

/**
 * "This is a shared goal with partners, not an obligation of the Unit alone", "this figure is an ambition rather than a
 * target": the clause says that what it states is an aim, not a duty.
 */
const GOAL_NOT_DUTY_RE = /\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:shared\s+|common\s+|joint\s+|collective\s+)?(?:goal|aim|ambition|aspiration|objective|target)s?\b[^.]{0,80}?\b(?:not\s+(?:an?\s+)?|rather\s+than\s+(?:an?\s+)?)(?:obligation|commitment|duty|requirement|target|guarantee|undertaking)s?\b/i;

/** A lead-in that ends by setting a limit its items give: "… shall not exceed:", "must not be more than the following:". */
/** A lead-in whose list is what something "may include" or "could include", at its end. */
const MAY_INCLUDE_LEAD_IN_RE = /\b(?:may|might|could|can)\s+(?:also\s+)?include(?:,?\s+(?:inter\s+alia|among\s+other\s+things|but\s+(?:is|are)\s+not\s+limited\s+to),?)?\s*:[*_]*\s*$/i;
const LIMIT_LEAD_IN_RE = /\b(?:shall|must|will)\s+not\s+(?:exceed|be\s+(?:more|greater|higher)\s+than)(?:\s+the\s+following)?\s*:[*_]*\s*$/i;

/** A lead-in that lists what is aimed at: "the following targets", "these objectives". */
const TARGETS_LEAD_IN_RE = /\b(?:the\s+following|these)\s+(?:targets|objectives|aims|ambitions|aspirations|goals)\b[^:]*:[*_]*\s*$/i;

/** A sentence of a clause beside `clause` (under the same number) that says what it states is a goal, not a duty. */
function siblingGoal(clauses: readonly Clause[], clause: Clause): string | undefined {
	const parent = /^(.+)\.\d+$/.exec(clause.id)?.[1];
	if (parent === undefined) {
		return undefined;
	}
	for (const other of clauses) {
		if (other !== clause && other.id.startsWith(`${parent}.`)) {
			const goal = other.sentences.find((sentence) => GOAL_NOT_DUTY_RE.test(sentence.text));
			if (goal !== undefined) {
				return goal.text;
			}
		}
	}
	return undefined;
}

/** A binding text's own obligation words: "shall", "must" (not "shall endeavour", a cue of its own). */
const obligationCueRe = /^(?:shall|must)$/i;

/**
 * "This Memorandum records the understandings of the two delegations. It is not a treaty, is not intended to create
 * legally binding obligations …": a text attached to the document (its clauses `memorandum.2`, …) says it binds no one.
 */
const INSTRUMENT_NOT_BINDING_RE = /\bthis\s+(\p{L}+)\b[^.]{0,120}?(?:\.\s+(?:It|They)\s+[^.]{0,80}?)?\b(?:(?:is|are)\s+not\s+(?:legally\s+)?binding|not\s+intended\s+to\s+(?:be\s+legally\s+binding|create\s+(?:any\s+)?(?:legally\s+binding\s+|legal\s+)(?:obligations|relations|rights))|does\s+not\s+create\s+(?:any\s+)?legal(?:ly)?\b|does\s+not\s+give\s+rise\s+to\s+(?:any\s+)?legal(?:ly)?\s+(?:binding\s+|enforceable\s+)?(?:obligations|rights|relations)|(?:is|are)\s+not\s+a\s+treaty)/iu;
/** "The Joint Ministerial Statement … does not form part of this Treaty", "… creates no obligations": said of the text named `prefix`. */
function namedAttachedNotBindingRe(prefix: string): RegExp {
	return new RegExp(`\\bthe\\s+${prefix.split('-').join('\\s+')}\\b[^.]{0,120}?\\b(?:does\\s+not\\s+form\\s+(?:an?\\s+)?(?:integral\\s+)?part|(?:is|are)\\s+not\\s+(?:legally\\s+)?binding|does\\s+not\\s+create\\s+(?:any\\s+)?(?:legal|legally|rights|obligations)|creates?\\s+no\\s+(?:legal\\s+)?(?:rights|obligations))`, 'iu');
}

/** The nouns an attached text may call itself by ("understanding", "statement", "record"), whatever its heading's. */
const INSTRUMENT_NOUN_RE = new RegExp(`^(?:${ATTACHED_TEXT})$`, 'u');

/** A clause of an attached text (`memorandum.2`) that says the text binds no one ("This Memorandum … is not a treaty"). */
function attachedNotBinding(clause: Clause): boolean {
	const attached = attachedTextOf(clause.id);
	const own = attached === undefined ? null : INSTRUMENT_NOT_BINDING_RE.exec(clause.text);
	// "This understanding records the intentions of both Governments and does not give rise to legally binding
	// obligations", in an Exchange of Letters: the text calls itself by its own noun or by another instrument's.
	const noun = own?.[1]!.toLowerCase().replace(/s$/, '');
	return noun !== undefined && (noun === attached!.noun || INSTRUMENT_NOUN_RE.test(noun));
}

/** "This Memorandum is not legally binding": an annexed instrument of its own that binds no one (its noun, for its title). */
const PART_INSTRUMENT_NOT_BINDING_RE = /\bthis\s+(memorandum|statement|declaration|letter|charter|protocol|note|record|understanding)\b[^.]{0,100}?\b(?:is\s+not\s+(?:legally\s+)?binding|records?\s+[^.]{0,40}?\bintentions?\s+only|is\s+a\s+statement\s+of\s+(?:intent|intention))/iu;

/** "This Schedule is not legally binding", "This clause 15 is a statement of intention only": a part that binds no one. */
const nonBindingPartRe = /\bthis\s+(schedule|annex|appendix|part|clause|article|section)\b(?:\s+\d{1,3})?[^.]{0,160}?(?:\.[\s*_]*(?:[^.,]{1,40},\s*)?it\s+)?\b(?:is\s+not\s+(?:legally|contractually)\s+binding|is\s+(?:a\s+)?statements?\s+of\s+(?:intent|intention)s?\s+only|does\s+not\s+create\s+(?:any\s+)?legal)/iu;

/** Parts named by number, then said not to bind ("Clause 17 (Future funding) and Schedule 3 … are not legally binding"). */
const namedNonBindingRe = /\b((?:clause|schedule|annex|appendix|part|paragraph|article|section)s?\s+(?:\d{1,3}[A-Z]?(?:\.(?:\d{1,3}|[A-Z])){0,2}|[IVX]{1,5}\b|[A-Z]\b)(?:\s*\([^()]{0,40}\))?(?:\s*(?:,|and)\s*(?:(?:(?:clause|schedule|annex|appendix|part|paragraph|article|section)s?\s+)?\d{1,3}[A-Z]?(?:\.(?:\d{1,3}|[A-Z])){0,2}|(?:schedule|annex|appendix|part)s?\s+(?:[IVX]{1,5}|[A-Z])\b)(?:\s*\([^()]{0,40}\))?)*)(?:[^.]|\.(?=\d|[A-Z]\b)){0,100}?(?:\.[\s*_]*(?:they|it)\s+)?\b(?:(?:are|is)\s+not\s+(?:legally|contractually)\s+(?:binding|enforceable)|(?:records?|sets?\s+out|express(?:es)?|is|are)\s+[^.]{0,40}?\b(?:intent|intentions?|aims?)\s+only|do(?:es)?\s+not\s+create\s+(?:any\s+)?legally\s+binding\s+obligations?|do(?:es)?\s+not\s+give\s+rise\s+to\s+(?:any\s+)?legal(?:ly)?\s+(?:enforceable\s+|binding\s+)?(?:obligations?|rights?))\b/giu;

/**
 * "Except as stated in paragraph 24, this letter is not legally binding", "Save for Clauses 9 and 14, this Memorandum
 * does not create legally binding obligations": the parts named are the exception, and the document the subject. So
 * are parts named as where it says so ("As set out in section 9, it is … not legally binding").
 */
const EXCEPTED_BEFORE_RE = /\b(?:(?:except(?:ing)?|save|other\s+than|apart\s+from|with\s+the\s+exception\s+of)(?:\s+(?:as|for|in|that))?(?:\s+(?:stated|provided|set\s+out|specified|described))?(?:\s+(?:in|by|under))?|as\s+(?:stated|provided|set\s+out|specified|described|explained|recorded)\s+(?:in|by|under)|in\s+accordance\s+with|under|see)\s*$/iu;

/**
 * True when the parts a `namedNonBindingRe` match names are the exception to what follows, the document being what is
 * not binding ("…, this letter is not legally binding"); not "Save for Schedule 3, which is not contractually binding, …".
 */
function exceptedFrom(text: string, at: number, match: string): boolean {
	return EXCEPTED_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at)) && /,\s+(?:this|the|it)\b/iu.test(match);
}

/** True when the text names one of the document's parts as not binding (not as the exception to its not being so). */
function namesNonBindingPart(text: string): boolean {
	for (const m of text.matchAll(namedNonBindingRe)) {
		if (!exceptedFrom(text, m.index, m[0])) {
			return true;
		}
	}
	return false;
}

/** The clauses of the parts a binding source declares not binding: the declaring clause's schedule or clause number. */
function findNonBindingParts(clauses: readonly Clause[], text = ''): Set<Clause> {
	const parts = new Set<string>();
	// "## PART B — PARTNERSHIP STATEMENT (NOT LEGALLY BINDING)" over "## 17. Shared Purpose" … "## 20. Status of Part B":
	// the clauses the part heading stands over (their ids do not carry its letter).
	const lettered = partHeadings(text);
	const attached = [...new Set(clauses.map((c) => attachedTextOf(c.id) === undefined ? undefined : partOf(c.id)).filter((p): p is string => p !== undefined))]
		.map((prefix) => ({ prefix, saidNotBinding: namedAttachedNotBindingRe(prefix) }));
	// "(except Clause 8.4)": a paragraph of a named part that still binds.
	const kept = new Set<string>();
	let recitals = false;
	for (const clause of clauses) {
		// "### 1. Shared Aims (not legally binding)": the heading says so.
		if (nonBindingPartRe.test(clause.text) || NON_BINDING_TITLE_RE.test(clause.title)) {
			parts.add(NON_BINDING_TITLE_RE.test(clause.title) ? clause.id : partOf(clause.id));
		}
		// "## ANNEX – MEMORANDUM OF INTENT" … "This Memorandum is not legally binding, except for paragraphs 6 and 7": an
		// annex or schedule that is an instrument of its own, saying so of itself (the paragraphs it excepts still bind).
		const instrument = /^(?:annex|schedule|appendix)(?=$|[.-])/.test(clause.id) ? PART_INSTRUMENT_NOT_BINDING_RE.exec(clause.text) : null;
		if (instrument !== null && clause.title.toLowerCase().includes(instrument[1]!.toLowerCase())) {
			const part = partOf(clause.id);
			parts.add(part);
			for (const n of /\bexcept\b[^.]*/i.exec(clause.text.slice(instrument.index))?.[0].match(/\b\d{1,3}\b/g) ?? []) {
				kept.add(`${part}.${n}`);
			}
		}
		// "## Memorandum of Consultations" … "2. This Memorandum records the understandings … It is not a treaty, is not
		// intended to create legally binding obligations": an attached text says so of itself.
		if (attachedNotBinding(clause)) {
			// "memorandum-2", the text's second unnumbered paragraph, speaks for the whole "memorandum".
			parts.add(withoutRepeat(partOf(clause.id)));
		}
		// "The Joint Ministerial Statement appended hereto does not form part of this Treaty and does not create rights or
		// obligations": the document says so of a text attached to it, by the text's name.
		for (const { prefix, saidNotBinding } of attached) {
			if (saidNotBinding.test(clause.text)) {
				parts.add(prefix);
			}
		}
		// "Clause 17 (Future funding) and Schedule 3 (Shared aspirations) … They are not legally binding"; "paragraph 1 of
		// Schedule 1" is that schedule's paragraph ("schedule-1.1"), not clause 1; "Part C of Schedule 1" its part C.
		const text = withPartsFirst(clause.text);
		// "The following are statements of intention only …: (a) the roadmap at Part C of Schedule 1; and (b) the aims
		// stated in clause 17.2": the parts are listed after the colon.
		for (const m of text.matchAll(FOLLOWING_NON_BINDING_RE)) {
			for (const named of sentenceAfter(text, m.index).matchAll(/\b(clause|schedule|annex|appendix|paragraph|article|section)s?\s+(\d{1,3}(?:\.(?:\d{1,3}|[A-Z]))?)\b/gu)) {
				const kind = named[1]!.toLowerCase();
				parts.add(['schedule', 'annex', 'appendix'].includes(kind) ? `${kind}-${named[2]}` : named[2]!);
			}
		}
		for (const m of text.matchAll(namedNonBindingRe)) {
			if (exceptedFrom(text, m.index, m[0])) {
				continue;
			}
			// Every part the sentence names before its verb ("Clauses 5.3, 6, 7, 8 (except Clause 8.4) and 9.5, the third
			// sentence of Clause 10.1, and Part B of Schedule 2 are statements of intent only"), the excepted ones left out.
			const named = m[0].replace(/\(\s*(?:except|save|other\s+than|excluding)\b[^()]*\)/giu, (excepted) => {
				for (const n of excepted.match(/\d{1,3}(?:\.\d{1,3})+/g) ?? []) {
					kept.add(n);
				}
				return '';
			});
			for (const part of named.matchAll(/\b(clause|schedule|annex|appendix|part|paragraph|article|section)s?\s+(\d{1,3}[A-Z]?(?:\.(?:\d{1,3}|[A-Z]\b)){0,2}(?:\s*(?:,|and)\s*\d{1,3}[A-Z]?(?:\.\d{1,3}){0,2}(?![\d.]))*|[IVX]{1,5}\b|[A-Z]\b)/giu)) {
				const kind = part[1]!.toLowerCase();
				// "Part D", "Annex III" (capitals only: "part a" is prose); not "section 34 of the Act", another text's.
				const after = named.slice(part.index + part[0].length, part.index + part[0].length + 80);
				if ((/^[a-z]/i.test(part[2]!) && !/^(?:[IVX]{1,5}|[A-Z])$/.test(part[2]!)) || OTHER_TEXT_AFTER_RE.test(after)) {
					continue;
				}
				for (const number of part[2]!.split(/\s*(?:,|and)\s*/)) {
					parts.add(['schedule', 'annex', 'appendix'].includes(kind) ? `${kind}-${number}` : number);
				}
			}
			// "except that the Background recitals and paragraph 1 of Schedule 1 are statements of intent only".
			recitals ||= /\brecitals\b/i.test(sentenceBefore(text, m.index + m[0].length));
		}
	}
	// "The following are aspirations only, …, and are not enforceable by the Council or any other person:" over items
	// "A1." … "A6.": the items that follow it in its part, as far as they run.
	clauses.forEach((clause, k) => {
		if (!FOLLOWING_ITEMS_NOT_BINDING_RE.test(clause.text) || !/:\s*$/.test(clause.text)) {
			return;
		}
		const first = clauses[k + 1];
		const stem = (id: string): string => id.replace(/[.(]?\w+\)?$/, '');
		for (let j = k + 1; first !== undefined && j < clauses.length && partOf(clauses[j]!.id) === partOf(clause.id) && stem(clauses[j]!.id) === stem(first.id); j++) {
			parts.add(clauses[j]!.id);
		}
	});
	// A named part is the clauses under it: "schedule-1" its paragraphs, "schedule-1.1" that paragraph and its items.
	const under = (id: string, p: string): boolean => id === p || id.startsWith(`${p}(`) || id.startsWith(`${p}.`);
	// "memorandum-2" and "1-2", a part's further unnumbered paragraphs, are in it.
	const within = (id: string): boolean => (parts.has(partOf(id)) || parts.has(withoutRepeat(partOf(id))) || [...parts].some((p) => p.includes('.') && under(id, p))) && ![...kept].some((p) => under(id, p));
	// "Part D" is not recital "D" (and its items) of the background.
	const recital = (c: Clause): boolean => c.kind === 'intro' && /^[A-Z]$/.test(partOf(c.id));
	const underPart = (c: Clause): boolean => lettered.some((h) => (parts.has(h.label) || h.notBinding) && h.start <= c.span.start && c.span.start < h.end);
	return new Set(clauses.filter((c) => (within(c.id) && !recital(c)) || underPart(c) || (recitals && c.kind === 'intro' && /^\(?[A-Z]\)?$|^[A-Z]$/.test(c.id))));
}

/**
 * The markdown "PART B" headings of a text and the stretch each stands over: up to the next part, schedule, annex or
 * appendix heading of its level or above. `notBinding` when the heading itself says so ("(NOT LEGALLY BINDING)").
 */
function partHeadings(text: string): { readonly label: string; readonly start: number; readonly end: number; readonly notBinding: boolean }[] {
	const found = [...text.matchAll(PART_HEADING_RE)].map((m) => ({ level: m[1]!.length, label: m[2]?.toUpperCase(), start: m.index, title: m[0] }));
	return found.flatMap((h, k) => {
		if (h.label === undefined) {
			return [];
		}
		const next = found.slice(k + 1).find((o) => o.level <= h.level);
		return [{ label: h.label, start: h.start, end: next?.start ?? text.length, notBinding: NON_BINDING_TITLE_RE.test(h.title) }];
	});
}
/** A markdown heading of a part, schedule, annex or appendix; the part's letter or number when it is a part. */
const PART_HEADING_RE = /^(#{1,6})[ \t]*(?:\*\*)?(?:(?:part)[ \t]+([A-Z]|\d{1,2}|[IVX]{1,5})\b|(?:schedule|annex|appendix)\b)[^\n]*$/gimu;

/** "… of the Act", "of the Water Industry Act 1991": the part named is another text's. */
const OTHER_TEXT_AFTER_RE = /^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,6}(?:Act|Regulations?|Order|Directive|Convention|Treaty|Rules)\b/u;

/** A heading that says its part binds no one: "Shared Aims (not legally binding)", "Non-binding statement of intent". */
const NON_BINDING_TITLE_RE = /\bnot\s+legally\s+binding\b|\bnon-binding\b/i;
/** "Part C of Schedule 1": that schedule's lettered part ("schedule 1.C"). */
const LETTERED_PART_OF_RE = /\b[Pp]art\s+([A-Z])\s+of\s+([Ss]chedule|[Aa]nnex|[Aa]ppendix)\s+(\d{1,3})\b/gu;
/** A document made or executed as a deed. */
const DEED_RE = /\b(?:is\s+made|executed(?:\s+and\s+delivered)?)\s+as\s+a\s+deed\b/i;
/** "The following are aspirations only, … and are not enforceable by the Council or any other person:": items follow. */
const FOLLOWING_ITEMS_NOT_BINDING_RE = /\bthe\s+following\s+(?:\p{L}+\s+){0,2}(?:are|is)\s+(?:(?:aspirations?|intentions?|statements?\s+of\s+(?:intent|intention)s?|expressions?\s+of\s+intent)\s+only\b|not\s+(?:legally\s+)?(?:binding|enforceable)\b)/iu;
/** "The following are not legally binding:", "The following are statements of intention only": a list of parts follows. */
const FOLLOWING_NON_BINDING_RE = /\bthe\s+following\s+(?:\p{L}+\s+){0,2}(?:are|is)\s+(?:not\s+legally\s+binding|non-binding|statements?\s+of\s+(?:intent|intention)s?\s+only)/giu;
/** "paragraph 1 of Schedule 1", "paragraph 3 of Article 6": that schedule's or article's paragraph. */
const PARAGRAPH_OF_PART_RE = /\bparagraphs?\s+(\d{1,3}(?:\.\d{1,3})?)\s+of\s+(schedule|annex|appendix|article|clause|section)\s+(\d{1,3})/giu;

/** "paragraph 3 of Article 6" as "Article 6.3", "Part C of Schedule 1" as "Schedule 1.C": the number a reference reads. */
export function withPartsFirst(text: string): string {
	return text.replace(PARAGRAPH_OF_PART_RE, '$2 $3.$1').replace(LETTERED_PART_OF_RE, '$2 $3.$1');
}

/** `schedule-3` for `schedule-3.4`, `15` for `15.2(a)`. */
/** The part a clause id belongs to: `exchange` for `exchange.2(i)`, `schedule-4` for `schedule-4.2(d)`, `12` for `12.1`. */
export function partOf(id: string): string {
	return /^[^.(]+/.exec(id)?.[0] ?? id;
}

/** An id without the "-2", "-3" that tells a part's further unnumbered paragraphs apart ("memorandum-2" is "memorandum"). */
function withoutRepeat(id: string): string {
	return id.replace(/-\d+$/, '');
}

/**
 * The words of `text`'s sentence before `at`: from its last ". " or "; " (scanned back, at most `reach` characters, so
 * the cost is what is read, not the square of it).
 */
function sentenceBefore(text: string, at: number, reach = Number.POSITIVE_INFINITY): string {
	const from = Math.max(0, at - reach);
	for (let i = at - 2; i >= from; i--) {
		if ((text[i] === '.' || text[i] === ';') && /\s/.test(text[i + 1]!)) {
			return text.slice(i + 1, at);
		}
	}
	return text.slice(from, at);
}

/** The words of `text`'s sentence from `at` to its end (the next ". " or the text's end). */
function sentenceAfter(text: string, at: number): string {
	const end = text.slice(at).search(/\.(?:\s|$)/);
	return end === -1 ? text.slice(at) : text.slice(at, at + end);
}

/** "Those letters, …", "The letters of undertaking …", "…, unlike the rest of this document, …": not the document itself. */
const OTHER_INSTRUMENT_LEAD_RE = /^\W*(?:those|these|such|the|each|every|any)\s+(?:\p{L}+\s+)?(?:letters?|deeds?|side\s+letters?)\b|\bunlike\s+the\s+rest\s+of\s+(?:this|the)\b/iu;
/** The source says it is itself legally binding ("this Agreement is intended to be, and is, legally binding", "is a legally binding contract"). */
const bindingSelfRe = new RegExp(String.raw`\b(?:is|are|shall\s+be)\s+(?:intended\s+to\s+be,?\s+(?:and\s+is,?\s+)?)?(?:an?\s+)?legally\s+binding\b|\bshall\s+enter\s+into\s+force\b|${DEED_RE.source}`, 'i');

function isBindingSelf(clauses: readonly Clause[]): boolean {
	return bindingSelfClause(clauses) !== undefined;
}

/** The clause in which the source says it is itself legally binding, if it does. */
function bindingSelfClause(clauses: readonly Clause[]): Clause | undefined {
	return clauses.find((c) => {
		const at = c.text.search(bindingSelfRe);
		// "Paragraph 10 and Paragraph 15 are legally binding": named parts of a memorandum, not the document itself.
		// So is a list of them ("Paragraph 9 (Confidentiality), this paragraph 11 and … paragraph 2 (Definitions), are …"):
		// the words from the sentence's start to the verb name a numbered part.
		const sentenceLead = sentenceBefore(c.text, at, 240);
		// "The following provisions … are legally binding", "provisions that are legally binding": some provisions, not the
		// document.
		// "Those letters, unlike the rest of this document, are legally binding": other instruments, and the document denied.
		// Unless the parts named run from the first to the last of the document's own ("Clauses 1 to 17 and Schedules 1 to
		// 5 are legally binding" in a contract of seventeen clauses): that is the document.
		const namesParts = (/\b(?:paragraphs?|clauses?|sections?|articles?|schedules?|annex(?:es)?|parts?)\s+\d/i.test(sentenceLead) && !namesAllClauses(sentenceLead, clauses))
			|| /\b(?:provisions?|following)\b/i.test(sentenceLead) || /\b(?:that|which)\s+$/i.test(sentenceLead)
			|| OTHER_INSTRUMENT_LEAD_RE.test(sentenceLead);
		// "nothing in this Schedule is legally binding" denies it.
		const denied = /\b(?:nothing|none|no\s+part)\b[^.]{0,60}$/i.test(c.text.slice(Math.max(0, at - 80), at));
		return at !== -1 && !namesParts && !denied && !/\bnot\s+(?:intended\s+to\s+be\s+)?legally\s+binding\b/i.test(c.text.slice(0, at + 40));
	});
}

/** "Clauses 1 to 17" (or "1–17") where the document's clauses are numbered 1 to 17: every one of its own clauses. */
function namesAllClauses(lead: string, clauses: readonly Clause[]): boolean {
	const m = /\b(?:clauses?|articles?|paragraphs?|sections?)\s+1\s*(?:to|-|–)\s*(\d{1,3})\b/i.exec(lead);
	if (m === null) {
		return false;
	}
	const last = Math.max(0, ...clauses.map((c) => Number(/^(\d{1,3})(?=$|[.(-])/.exec(c.id)?.[1] ?? 0)));
	return last > 1 && Number(m[1]) >= last;
}

/** "with the exception of Paragraph 8", "save for paragraphs 10 and 15", "Paragraph 2 is legally binding". */
const exceptedPartsRe = /\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|save\s+for|other\s+than|apart\s+from)\s+((?:(?:paragraphs?|clauses?|sections?|articles?)\s+)?\d{1,3}(?:\s*(?:,|and|or)\s*(?:(?:paragraphs?|clauses?|sections?|articles?)\s+)?\d{1,3})*)|\b((?:paragraphs?|clauses?|sections?|articles?)\s+\d{1,3}(?:\s*(?:,|and)\s*(?:(?:paragraphs?|clauses?|sections?|articles?)\s+)?\d{1,3})*)\s+(?:is|are)\s+(?:legally\s+)?binding\b/giu;

/** The parts a not-binding source excepts from its status: the clauses of the paragraphs its status words name. */
function findBindingParts(clauses: readonly Clause[], status: Clause): Set<Clause> {
	const numbers = new Set<string>();
	const texts = clauses.filter((c) => c === status || c.kind === 'status' || /\bbinding\b/i.test(c.text)).map((c) => c.text);
	for (const text of texts) {
		for (const m of text.matchAll(exceptedPartsRe)) {
			for (const n of (m[1] ?? m[2] ?? '').match(/\d{1,3}/g) ?? []) {
				numbers.add(n);
			}
		}
	}
	// "Paragraph 9 (Confidentiality), this paragraph 11 and paragraph 15 (Governing Law) are legally binding", and "The
	// following provisions are legally binding:" with the parts in its lettered items ("(b) Section 15 (Confidentiality)").
	const ids = new Set<string>();
	for (const clause of clauses) {
		// "… and this clause 3.2 **shall** be legally enforceable between them": enforceable is binding (read without the
		// emphasis).
		const text = withoutEmphasis(clause.text);
		const at = text.search(/\b(?:is|are|shall\s+be|will\s+be)\s+legally\s+(?:binding|enforceable)\b/i);
		if (at === -1 || /\bnot\s+legally\s+(?:binding|enforceable)\b/i.test(text.slice(Math.max(0, at - 10), at + 25))) {
			continue;
		}
		const sentenceLead = sentenceBefore(text, at);
		const following = /\bfollowing\b/i.test(sentenceLead);
		const items = following ? clauses.filter((c) => c.id.startsWith(`${clause.id}(`)).map((c) => c.text) : [];
		// "Only the following paragraphs … are legally binding: paragraph 1 (Status), …, paragraph 19 (Exclusivity)": the
		// list after the colon, to the sentence's end.
		const after = following ? sentenceAfter(text, at) : '';
		for (const part of [sentenceLead, after, ...items]) {
			// "paragraphs 21 and 22 (Confidentiality)", "clauses 9, 10 and 14.2": each number of the list.
			for (const m of part.matchAll(/\b(?:paragraphs?|clauses?|sections?|articles?)\s+(\d{1,3}(?:\.\d{1,3})?(?:\s*(?:,|and)\s*\d{1,3}(?:\.\d{1,3})?(?![\d.]))*)/giu)) {
				for (const n of m[1]!.split(/\s*(?:,|and)\s*/)) {
					(n.includes('.') ? ids : numbers).add(n);
				}
			}
		}
	}
	return new Set(clauses.filter((c) => numbers.has(partOf(c.id)) || ids.has(c.id) || ids.has(c.id.replace(/\([^()]*\)$/, ''))));
}

/** The clause that says the whole source is not binding (only asked of a source that is not binding itself). */
function findNonBindingClause(clauses: readonly Clause[]): Clause | undefined {
	// "Paragraphs 6, 25 and 26 … and Annex IV record … intentions … They are not intended to create legally binding
	// obligations": named parts, not the document, bind no one.
	const ofWhole = (c: Clause): boolean => nonBindingRe.test(c.text) && !NAMED_PARTS_FIRST_RE.test(c.text);
	return clauses.find((c) => c.kind === 'status' && ofWhole(c)) ?? clauses.find((c) => ofWhole(c) && /\bbinding\b/i.test(c.text));
}
/** A clause that opens by naming provisions by number ("Paragraphs 6, 25 and 26", "Clause 17 and Annex D"). */
const NAMED_PARTS_FIRST_RE = /^[\s*_]*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:paragraphs?|clauses?|articles?|sections?|annex(?:es)?|schedules?|parts?|appendi(?:x|ces))\s+(?:\d|[IVX]{1,5}\b|[A-Z]\b)/iu;
