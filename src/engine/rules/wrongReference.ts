import { CITATION_THRESHOLD, CLOSE_CLAUSE, type AnalysedSentence, definedTerm, isDefinition, type Rule, type RuleContext, type RuleFinding } from './rule';
import { citationLabel, clauseRef, replaceFix } from './fixes';
import type { Clause } from '../types';
import { namedItemOf } from '../citationStyle';
import { firstTitledSentence } from '../align/titleIndex';
import { isStopword, type Token, tokenize, tokensWithin } from '../text/tokens';
import { clausesStating } from './contradictedDetail';
import { isProvisionWord } from '../analysis/frame';
import { NOT_NAMED_ITEMS } from '../clauses/headings';

/** "Article 4.9", "Art. 4(9)", "article 4, paragraph 9", "clause 14.3", "section 2", "§2.3", "paragraph 12", "para. 3.1". */
const REFERENCE_RE = /\b(?:(?<kind>Article|Art\.?|Clause|Cl\.?|Section|Sec\.?|Paragraph|Para\.?)\s*|§\s*)(?<major>\d{1,3})(?:(?:\s*[.(]\s*|,\s*paragraph\s+)(?<minor>\d{1,3})\)?)?(?:\s*\(\s*(?<letter>[a-z])\s*\))?|\b(?<part>Schedule|Sch\.|Annex|Appendix)\s+(?<number>\d{1,2}|[IVX]{1,5}|[A-Z])(?![\p{L}\d])(?:,?\s*(?:paragraph|para\.?)\s*(?<paragraph>\d{1,2}))?/giu;

const REFERENCES_RE = new RegExp(REFERENCE_RE.source, REFERENCE_RE.flags);

/** "… of the Act", "… in the Convention": a reference into another document, unless it is this one. */
const otherDocumentRe = /^\s*,?\s*(?:of|in)\s+(?:the\s+)?(?!(?:which|that|whose|whom|turn|practice|particular|addition|full|writing|time|case|effect|return|short|total)\b)\p{L}/iu;
const thisDocumentRe = /^\s*(?:of|in)\s+(?:this|the)\s+(?:agreement|memorandum|mou|treaty|declaration|document)\b/i;

/** "of the Convention", "in this Deed": the words after a reference name the source by a name it gives itself. */
function namesThisDocument(context: Pick<RuleContext, 'source'>, after: string): boolean {
	if (thisDocumentRe.test(after)) {
		return true;
	}
	const m = /^\s*(?:of|in)\s+(?:this|the)\s+(\p{L}+)/iu.exec(after);
	return m !== null && context.source.frameWords.names.has(m[1]!.toLowerCase());
}

/** "(a)-(b)", "(a) and (c)", "(a) to (e)": more items after the first. */
const ITEM_RUN_RE = /^\s*(?:[-–]|to|and|or|,)\s*\(\s*[a-z]\s*\)/;

/** A figure just before a noun ("six months' notice", "30 days' notice", "£5,000 limit"). */
const FIGURE_BEFORE_RE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|sixty|ninety)\b)[^,;.()]{0,14}$/i;

/** "Section 106 agreement", "Article 50 notice", "the Section 151 Officer": the words after a reference that make it the name of an instrument. */
const INSTRUMENT_AFTER_RE = /^\s+(?:agreements?|notices?|officers?|committees?|orders?|licen[cs]es?|permits?|obligations?|undertakings?|applications?|requests?|certificates?|contributions?|monies|money|funding|payments?|process|procedure|powers?|duty|duties|enquir(?:y|ies)|inquir(?:y|ies)|assessments?)\b/i;

/** The clause id a reference names: `4.9` for "Article 4(9)", `schedule-4.3` for "Schedule 4, paragraph 3". */
function referenceId(g: Record<string, string | undefined>): string {
	if (g['part'] !== undefined) {
		const kind = g['part'].toLowerCase().startsWith('sch') ? 'schedule' : g['part'].toLowerCase();
		return `${kind}-${g['number']}${g['paragraph'] ? `.${g['paragraph']}` : ''}`;
	}
	return g['minor'] ? `${g['major']}.${g['minor']}` : g['major']!;
}

/** "Schedule 2 to the Act": another document's schedule. */
const toOtherDocumentRe = /^\s*,?\s*to\s+(?:the\s+)?\p{L}/iu;

/** How much better another clause must fit the sentence than the one it names before the reference is called wrong. */
const BETTER_BY = 2;

/**
 * Flags a reference to a clause or article that does not exist in the source, or whose text is not what the sentence
 * describes or quotes while another clause fits it well ("Article 6.2 says …" with the words of Article 7.1).
 */
export const wrongReference: Rule = {
	id: 'wrong-reference',
	description: 'A cited clause that does not exist, or that says something else',
	defaultSeverity: 'warning',
	*check(context) {
		// A document in parts that each number from 1 is numbered within them: "3.1" of `part-B.3.1`.
		const ids = new Set(context.source.clauses.map((c) => c.id.replace(/^part-[^.]+\./, '')));
		if (![...ids].some((id) => /^\d/.test(id))) {
			return;
		}
		for (const analysed of context.sentences) {
			if (analysed.frame.reported || analysed.claim.isQuestion) {
				continue;
			}
			const finding = wrongIn(context, analysed, ids) ?? wrongNamed(context, analysed, ids);
			if (finding) {
				yield finding;
			}
		}
	},
};

function wrongIn(context: RuleContext, analysed: AnalysedSentence, ids: ReadonlySet<string>): RuleFinding | undefined {
	const prose = asSections(context.source, analysed.sentence.prose);
	REFERENCE_RE.lastIndex = 0;
	// The source's words quoted in the sentence say which clause it is about, better than any alignment: found once.
	let quotedOnce: Clause[] | undefined;
	const quotedHere = (): Clause[] => (quotedOnce ??= quotedClauses(context, analysed));
	// Every clause the sentence names, found when first needed.
	let namedOnce: Clause[] | undefined;
	const namedHere = (): Clause[] => (namedOnce ??= referencedClauses(context, prose));
	const parts = referenceParts(prose);
	for (let m = REFERENCE_RE.exec(prose); m !== null; m = REFERENCE_RE.exec(prose)) {
		const g = m.groups!;
		// "(clause 14.4)": the closing bracket is the writer's, not part of the reference (as it is in "Article 4(9)").
		const length = m[0].endsWith(')') && !m[0].includes('(') ? m[0].length - 1 : m[0].length;
		// "Article 4 of the Convention", "section 3 of the Act": another document's numbering.
		const after = prose.slice(m.index + length, m.index + length + 40);
		if ((otherDocumentRe.test(after) || (g['part'] !== undefined && toOtherDocumentRe.test(after))) && !namesThisDocument(context, after)) {
			continue;
		}
		if (isOtherNumbering(context, g['kind'], after, referenceId(g))) {
			continue;
		}
		const id = referenceId(g);
		// "(paragraph 4.3)" in a briefing whose own paragraph 4.3 is about Mill Street: the writer's cross-reference.
		if (/^para/i.test(g['kind'] ?? '') && g['part'] === undefined && id.includes('.') && numbersOwnParagraph(context.text, id)) {
			continue;
		}
		// "schedule-" for "Schedule 4": the kind of part a schedule or annex reference names.
		const partKind = g['part'] !== undefined ? `${id.split('-')[0]}-` : undefined;
		// A schedule or annex the source does not have at all is the writer's own ("see Annex A below").
		if (partKind !== undefined && !context.source.clauses.some((c) => c.id.startsWith(partKind))) {
			continue;
		}
		const { item, cited } = citedBy(context, g, prose.slice(m.index + m[0].length));
		const span = { start: analysed.sentence.span.start + m.index, end: analysed.sentence.span.start + m.index + length };
		const actual = context.text.slice(span.start, span.end);
		// "paragraph 6(d)" where paragraph 6 has items (a) to (c): an item the source does not have.
		const letter = g['letter']?.toLowerCase();
		if (letter !== undefined && item !== undefined && item.length === 0) {
			const letters = cited.map((c) => /\(([a-z])\)$/.exec(c.id)?.[1]).filter((x): x is string => x !== undefined);
			if (letters.length >= 2 && letter > letters.sort().at(-1)!) {
				const best = analysed.alignments[0];
				const right = best !== undefined && best.score >= CITATION_THRESHOLD ? context.sourceSentence(best).clause : undefined;
				return finding(context, analysed, span, actual, `\`${actual}\` does not exist in the ${context.source.shortName}`, right);
			}
		}
		// "Article 9 requires …, and Article 7(2) lets us …": each reference is about its own part of the sentence.
		const part = parts?.find((p) => p.start <= m!.index && m!.index < p.end);
		const alignments = part === undefined ? analysed.alignments
			: context.align(tokensWithin(analysed.claim.tokens, analysed.sentence.span.start + part.start, analysed.sentence.span.start + part.end));
		const best = alignments[0];
		// "section 35(1)(a) of the FOI Act" in a sentence that is not about the agreement: another document's numbering.
		if (analysed.frame.agreementAt === -1 && !analysed.frame.inherited && (best?.score ?? 0) < CITATION_THRESHOLD) {
			continue;
		}
		const bestClause = best && best.score >= CITATION_THRESHOLD ? context.sourceSentence(best).clause : undefined;
		// "Schedule 4" where another schedule's words fit: only a part of the same kind, not the clause that speaks of
		// the schedule ("except Schedule 3, which is not binding (cl. 2)") or a definition.
		if (partKind !== undefined && (bestClause === undefined || !bestClause.id.startsWith(partKind))) {
			continue;
		}
		// "the conditions in clause 3.1": the reference says where the conditions are, which the clause's words confirm.
		const pointer = /([\p{L}]{4,})\s+(?:in|under|of|at|set\s+out\s+in|listed\s+in)\s+$/iu.exec(prose.slice(Math.max(0, m.index - 40), m.index));
		// Unless the figure of what it points at is another clause's ("six months' notice under Clause 12.1(c)", where (c)
		// gives 30 days' notice and (d) six months; not "within 20 business days of meeting the conditions in clause 3.1").
		const figured = pointer !== null && FIGURE_BEFORE_RE.test(prose.slice(Math.max(0, m.index - pointer[0].length - 24), m.index - pointer[0].length));
		if (pointer && cited.length > 0 && quotedHere().length === 0 && namesItsContent(cited, pointer[1]!)
			&& (!figured || bestClause === undefined || figuredElsewhere(context, analysed, cited, namedHere(), bestClause) === undefined)) {
			continue;
		}
		// The source's own words quoted in the sentence say which clause it is about, better than any alignment.
		const quoted = quotedHere();
		// Quoted words beside "Schedule 3" are mostly its title ("Schedule 3, a \"Statement of Shared Principles\""), which
		// is a heading, not a clause's text.
		if (cited.length > 0 && quoted.length > 0 && partKind === undefined) {
			// Nor when the quoted clause itself names the reference ("it 'is not a treaty' … and cannot be taken to the
			// arbitration in Article 13", quoting "… is not subject to Article 13 of the Agreement").
			if (cited.some((c) => quoted.some((q) => q === c || isPartOf(q.id, c.id) || isPartOf(c.id, q.id))) || citedHasQuotedWords(context, analysed, cited) || mentionedByQuote(analysed, m.index, quoted, id)) {
				continue;
			}
			return finding(context, analysed, span, actual, `\`${actual}\` does not say this; ${citationLabel(context.source, quoted[0]!)} does`, quoted[0]);
		}
		if (cited.length === 0) {
			// A number the source does not have at all: only when the source numbers its clauses this deep, and not a
			// reference the source itself makes to another instrument ("section 42 enquiries" under the Care Act).
			// Nor a reference that names another instrument by the provision it is made under ("a Section 106 agreement",
			// "an Article 50 notice").
			if (!hasDepth(ids, id) || sourceCites(context, actual) || INSTRUMENT_AFTER_RE.test(after)) {
				continue;
			}
			return finding(context, analysed, span, actual, `\`${actual}\` does not exist in the ${context.source.shortName}`, bestClause);
		}
		// "Article 2 — Purpose.": a reference with two or three words after it names a provision, it does not describe
		// it; only the title of another section ("Section 3 – technical information exchange") shows it is the wrong one.
		// So does a title set beside the reference ("Section 3 of the MoU, on public and private sector adoption, is …").
		const apposition = appositionAfter(prose, m.index + length);
		if (apposition !== undefined) {
			const from = analysed.sentence.span.start + apposition.start;
			const titled = titledElsewhere(context, analysed, { start: from, end: from }, cited, analysed.sentence.span.start + apposition.end);
			if (titled !== undefined) {
				return finding(context, analysed, span, actual, `\`${actual}\` is not about this; ${citationLabel(context.source, titled)}${titled.title === '' ? '' : ` (“${titled.title}”)`} is`, titled);
			}
		}
		if (describingWords(analysed, span) < 4) {
			const titled = titledElsewhere(context, analysed, span, cited);
			if (titled !== undefined) {
				return finding(context, analysed, span, actual, `\`${actual}\` is not about this; ${citationLabel(context.source, titled)}${titled.title === '' ? '' : ` (“${titled.title}”)`} is`, titled);
			}
			continue;
		}
		// A clause that itself points to the cited one ("the annual review described in clause 7.3") agrees with the citation;
		// so does the definition of a term the cited clause uses ("the 31 December 2030 longstop … (clause 16.6)", where
		// 16.6 says "by the Longstop Date" and 1.1 defines it).
		if (!best || !bestClause || cited.some((c) => c === bestClause || isPartOf(bestClause.id, c.id) || isPartOf(c.id, bestClause.id)) || pointsTo(bestClause, id) || definesTermOf(bestClause, cited)) {
			continue;
		}
		const citedScore = Math.max(0, ...alignments.filter((a) => cited.includes(context.sourceSentence(a).clause)).map((a) => a.score));
		if (best.score >= CLOSE_CLAUSE && best.score >= citedScore * BETTER_BY + 0.1) {
			// A definition listing the sentence's terms is not what it describes; the clause with its figures is.
			const right = (isDefinition(bestClause.text) ? figuredElsewhere(context, analysed, cited, namedHere(), bestClause) : undefined) ?? bestClause;
			return finding(context, analysed, span, actual, `\`${actual}\` does not say this; ${citationLabel(context.source, right)} does`, right);
		}
		// The sentence names another article's title in full ("Article 12 prohibits … access to … source code" where
		// Article 11 is "Source Code" and Article 12 "Artificial Intelligence …") and the cited one's in no word.
		if (best.score >= CITATION_THRESHOLD && citedScore < CITATION_THRESHOLD && namesTitleOf(analysed, span, bestClause) && !cited.some((c) => namesTitleWord(analysed, span, c))) {
			return finding(context, analysed, span, actual, `\`${actual}\` is not about this; ${citationLabel(context.source, bestClause)} (“${bestClause.title}”) is`, bestClause);
		}
		// The sentence's figures ("three years", "30 days") are another clause's, which it also matches in words, and none
		// of them is the cited clause's: it describes that clause.
		const byFigures = figuredElsewhere(context, analysed, cited, namedHere(), bestClause);
		if (byFigures !== undefined && citedScore < CLOSE_CLAUSE) {
			return finding(context, analysed, span, actual, `\`${actual}\` does not say this; ${citationLabel(context.source, byFigures)} does`, byFigures);
		}
		// Loosely worded, but plainly another clause's words: three of the sentence's content words stand in that clause and
		// at most one in the cited one ("Under clause 7.4, approval is normally deemed given if the council doesn't answer
		// in time, but never in a pre-election period", where 7.2 says so and 7.4 is about speaking at the opening event).
		if (best.score >= CITATION_THRESHOLD && citedScore < CITATION_THRESHOLD && isPlainlyElsewhere(context, analysed, span, cited, bestClause)) {
			return finding(context, analysed, span, actual, `\`${actual}\` does not say this; ${citationLabel(context.source, bestClause)} does`, bestClause);
		}
	}
	return undefined;
}

/**
 * "Under Commitment 5, a funder must give three months' notice" where Commitment 6 says so; "Part 9 of the document" for
 * the procedure in Part 10: a reference to an item the document names and numbers itself ("**Commitment 6 – …**"), or
 * to one of its numbered parts where it calls them "Part 9", that does not exist or whose words are plainly another's.
 */
function wrongNamed(context: RuleContext, analysed: AnalysedSentence, ids: ReadonlySet<string>): RuleFinding | undefined {
	const kinds = namedKinds(context.source);
	if (kinds === undefined) {
		return undefined;
	}
	const prose = analysed.sentence.prose;
	for (const m of prose.matchAll(kinds)) {
		const word = m[1]!.toLowerCase().replace(/s$/, '');
		const number = m[2]!;
		const isPart = word === 'part';
		const id = isPart ? number : `${word}-${number}`;
		const span = { start: analysed.sentence.span.start + m.index + m[0].indexOf(m[1]!), end: analysed.sentence.span.start + m.index + m[0].length };
		const actual = context.text.slice(span.start, span.end);
		const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 40);
		// "Schedule 3, Part 1": a part of a schedule, not of the document.
		if ((otherDocumentRe.test(after) && !namesThisDocument(context, after)) || INSTRUMENT_AFTER_RE.test(after) || /\b(?:schedule|sch\.|annex|appendix)\s+\w+,?\s*$/i.test(prose.slice(Math.max(0, m.index - 24), m.index))) {
			continue;
		}
		const cited = context.source.clauses.filter((c) => c.id === id || c.id.startsWith(`${id}(`) || (isPart && c.id.startsWith(`${id}.`)));
		const best = analysed.alignments[0];
		const bestClause = best !== undefined && best.score >= CITATION_THRESHOLD ? context.sourceSentence(best).clause : undefined;
		const rightWords = (right: Clause): string => (isPart ? `${m[1]!} ${right.id.split(/[.(-]/)[0]}` : citationLabel(context.source, right).split(' ').slice(-2).join(' '));
		const labelOf = (right: Clause): string => (isPart ? `${context.source.shortName} ${rightWords(right)}` : citationLabel(context.source, right));
		const fixFor = (right: Clause | undefined): RuleFinding => {
			const found = finding(context, analysed, span, actual, cited.length === 0 ? `\`${actual}\` does not exist in the ${context.source.shortName}` : `\`${actual}\` does not say this; ${labelOf(right!)} does`, right);
			return right === undefined ? found : { ...found, fixes: [replaceFix(context.text, span, rightWords(right), `cites ${labelOf(right)}`)] };
		};
		// The right one is of the same kind: another named item, or a clause of another part.
		const sameKind = (clause: Clause): boolean => (isPart ? /^\d/.test(clause.id) : clause.id.startsWith(`${word}-`));
		if (cited.length === 0) {
			if (!ids.has(id) && (isPart ? [...ids].some((x) => /^\d/.test(x)) : true)) {
				return fixFor(bestClause !== undefined && sameKind(bestClause) ? bestClause : undefined);
			}
			continue;
		}
		// "the breach procedure in Part 9": the title of another part, less the document's own name ("Compact breach
		// procedure"), named in full, and no word of the cited part's title.
		if (isPart && !cited.some((c) => namesTitleWord(analysed, span, c))) {
			const own = new Set(tokenize(context.source.shortName).map((t) => t.stem));
			const words = wordsOutside(analysed, span);
			const titled = context.source.clauses.find((c) => {
				const title = titleWords(c).filter((w) => !own.has(w));
				return /^\d+\.\d/.test(c.id) && !cited.includes(c) && title.length >= 2 && title.every((w) => words.has(w));
			});
			if (titled !== undefined) {
				return fixFor(titled);
			}
		}
		if (best === undefined || bestClause === undefined || cited.includes(bestClause) || describingWords(analysed, span) < 4) {
			continue;
		}
		const citedScore = Math.max(0, ...analysed.alignments.filter((a) => cited.includes(context.sourceSentence(a).clause)).map((a) => a.score));
		if (sameKind(bestClause) && best.score >= CLOSE_CLAUSE && best.score >= citedScore * BETTER_BY + 0.1) {
			return fixFor(bestClause);
		}
	}
	return undefined;
}

/**
 * "Commitment 4.3" where the source heads its units "### Commitment 4.3 – …": read as "Section 4.3", the clause of that
 * number, in a copy of the prose of the same length (offsets into it stay those of the sentence).
 */
function asSections(source: Pick<RuleContext, 'source'>['source'], prose: string): string {
	const units = headingUnits(source);
	if (units === undefined) {
		return prose;
	}
	units.lastIndex = 0;
	return prose.replace(units, (_, word: string, space: string) => {
		const as = word.length >= 7 ? 'Section' : word.length >= 4 ? 'Sec.' : '§';
		return as + ' '.repeat(word.length - as.length) + space;
	});
}

/** The words a source heads its numbered units with ("### Commitment 2.3 – Apprenticeships"), other than the usual kinds. */
function headingUnits(source: Pick<RuleContext, 'source'>['source']): RegExp | undefined {
	let found = headingUnitsOf.get(source);
	if (found === undefined) {
		const words = new Set<string>();
		for (const m of source.text.slice(0, 200_000).matchAll(HEADING_UNIT_RE)) {
			if (!NOT_NAMED_ITEMS.has(m[1]!.toLowerCase())) {
				words.add(m[1]!);
			}
		}
		found = words.size === 0 ? null : new RegExp(`\\b(${[...words].join('|')})(\\s+)(?=\\d{1,3}(?:\\.\\d{1,3})*(?![\\p{L}\\p{N}]))`, 'gu');
		headingUnitsOf.set(source, found);
	}
	return found ?? undefined;
}
const headingUnitsOf = new WeakMap<Pick<RuleContext, 'source'>['source'], RegExp | null>();
const HEADING_UNIT_RE = /^#{1,6}[ \t]+(?:\*\*)?(\p{Lu}\p{Ll}{2,20})[ \t]+\d{1,3}(?:\.\d{1,3})*(?![\p{L}\p{N}])/gmu;

/**
 * The words the source numbers its own items or parts by, as a pattern: the kinds of its named items ("Commitment",
 * "Principle") and "Part" where the source refers to its numbered parts as "Part 9"; undefined when it has none.
 */
function namedKinds(source: RuleContext['source']): RegExp | undefined {
	let found = namedKindsOf.get(source);
	if (found === undefined) {
		const words = new Set<string>();
		for (const c of source.clauses) {
			const named = namedItemOf(c.id);
			if (named !== undefined) {
				words.add(named.kind);
			}
		}
		// "Part 9" where the source's own text says "Part 9" and its parts are numbered sections ("## 9. …", clauses 9.1 …).
		const sections = source.clauses.some((c) => /^\d+\.\d/.test(c.id)) && !source.clauses.some((c) => /^part-/.test(c.id));
		if (sections && [...source.text.slice(0, 200_000).matchAll(/\bPart\s+(\d{1,2})\b/g)].some((x) => source.clauses.some((c) => c.id.startsWith(`${x[1]}.`)))) {
			words.add('part');
		}
		found = words.size === 0 ? null : new RegExp(`\\b(${[...words].map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}s?`).join('|')})\\s+(\\d{1,2}[a-z]?)\\b(?![.(]\\d)`, 'g');
		namedKindsOf.set(source, found);
	}
	return found ?? undefined;
}
const namedKindsOf = new WeakMap<RuleContext['source'], RegExp | null>();

/**
 * The reference comes after the quoted words as something they speak of ("it 'is not a treaty' … and cannot be taken to
 * the arbitration process in Article 13", quoting "… is not subject to Article 13"), not as their speaker ("Article 13
 * says '…'", "'…', says Article 13").
 */
function mentionedByQuote(analysed: AnalysedSentence, at: number, quoted: readonly Clause[], id: string): boolean {
	const base = analysed.sentence.span.start;
	const firstQuote = Math.min(...analysed.quotes.map(({ quote }) => quote.outer.end - base));
	const before = analysed.sentence.prose.slice(Math.max(0, at - 24), at);
	return at > firstQuote && !/\b(?:says?|said|states?|stated|provides?|reads?|according\s+to)\s*$/i.test(before) && quoted.some((q) => pointsTo(q, id));
}

/**
 * The parts of a sentence that names two references or more in different clauses of it ("Article 9 requires …, and
 * Article 7(2) lets us …"; "… (Art. 16(3)), and … (Art. 14(2))"), as offsets into its prose; undefined otherwise.
 */
function referenceParts(prose: string): { start: number; end: number }[] | undefined {
	const starts = [...prose.matchAll(REFERENCES_RE)].map((m) => m.index);
	if (starts.length < 2) {
		return undefined;
	}
	const parts: { start: number; end: number }[] = [];
	let from = 0;
	for (const m of prose.matchAll(PART_BREAK_RE)) {
		parts.push({ start: from, end: m.index });
		from = m.index + m[0].length;
	}
	parts.push({ start: from, end: prose.length });
	const used = parts.filter((p) => starts.some((at) => p.start <= at && at < p.end));
	return used.length >= 2 ? parts : undefined;
}
const PART_BREAK_RE = /[;:]\s+|,\s+(?:and|but|while|whereas)\s+/g;

/**
 * A reference in the writer's own numbering or another scheme: "SECTION 3: CLIMATE STRATEGY" in a report about a treaty
 * of Articles; "paragraph 4" of a contract's schedule or of a report, where the source is not numbered in paragraphs.
 */
function isOtherNumbering(context: Pick<RuleContext, 'source'>, kind: string | undefined, after: string, id: string): boolean {
	const style = context.source.references;
	// "Paragraph 6.4" where the source numbers a clause 6.4 (in any of its parts) is the source's, whatever it calls it.
	const ownNumber = id.includes('.') && clausesOf(context, id).length > 0;
	return ((/^sec/i.test(kind ?? '') && style === 'article') || (/^para/i.test(kind ?? '') && style !== 'paragraph' && !citesOwnParagraphs(context.source) && !ownNumber)) && !namesThisDocument(context, after);
}

/** The briefing numbers a paragraph of its own `id` ("4.3 **Place and net zero.** …" at a line's start). */
function numbersOwnParagraph(text: string, id: string): boolean {
	return new RegExp(`^[ \\t>*#-]*(?:\\*\\*)?${id.replace(/\./g, '\\.')}\\.?(?:\\*\\*)?[ \\t]+\\S`, 'mu').test(text);
}

/**
 * The source itself calls its numbered provisions paragraphs ("with the agreement of the Civic Board under paragraph
 * 6.7" in a document of sections): "paragraph 7.3" in a briefing is its 7.3. Once per source.
 */
function citesOwnParagraphs(source: RuleContext['source']): boolean {
	let cites = ownParagraphs.get(source);
	if (cites === undefined) {
		const ids = new Set(source.clauses.map((c) => c.id));
		cites = [...source.text.matchAll(/\bparagraphs?\s+(\d{1,3}(?:\.\d{1,3})+)\b(?!\s+of\b)/giu)].some((m) => ids.has(m[1]!));
		ownParagraphs.set(source, cites);
	}
	return cites;
}
const ownParagraphs = new WeakMap<RuleContext['source'], boolean>();

/**
 * The clauses a sentence names by number ("(clause 7.3)", "Article 9.5", "§2.3"), not counting another document's
 * ("Article 4 of the Convention").
 */
export function referencedClauses(context: Pick<RuleContext, 'source'>, written: string): Clause[] {
	const out: Clause[] = [];
	const prose = asSections(context.source, written);
	// Its own copy of the pattern: callers may be inside a loop over REFERENCE_RE's matches.
	REFERENCES_RE.lastIndex = 0;
	for (let m = REFERENCES_RE.exec(prose); m !== null; m = REFERENCES_RE.exec(prose)) {
		const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 40);
		const g = m.groups!;
		if ((otherDocumentRe.test(after) && !namesThisDocument(context, after)) || isOtherNumbering(context, g['kind'], after, referenceId(g))) {
			continue;
		}
		// Schedules and annexes are named by their parts' own numbers only in a wrong reference (below).
		if (g['part'] === undefined) {
			out.push(...citedBy(context, g, prose.slice(m.index + m[0].length)).cited);
		}
	}
	return out;
}

/** The clauses a reference names: the id itself, its lettered sub-items and continuing paragraphs, or an article's paragraphs. */
/**
 * The clauses a reference names: "Clause 12.1(c)" that item, where the source has it, else the clause the number names,
 * as for a run of items ("cl. 8.3(a)-(b)", "8.3(a) and (b)"); `item` is what the source has of a single item cited
 * (undefined for no item), `rest` the prose after the reference.
 */
function citedBy(context: Pick<RuleContext, 'source'>, g: Record<string, string | undefined>, rest: string): { item: Clause[] | undefined; cited: Clause[] } {
	const id = referenceId(g);
	const item = g['letter'] !== undefined && g['part'] === undefined && !ITEM_RUN_RE.test(rest) ? clausesOf(context, `${id}(${g['letter'].toLowerCase()})`) : undefined;
	return { item, cited: item !== undefined && item.length > 0 ? item : clausesOf(context, id) };
}

function clausesOf(context: Pick<RuleContext, 'source'>, id: string): Clause[] {
	const named = (prefix: string) => context.source.clauses.filter((c) => c.id === prefix + id || isPartOf(c.id, prefix + id) || (!id.includes('.') && c.id.startsWith(`${prefix}${id}.`)));
	const found = named('');
	// "section 8", "paragraph 5.2" in a document whose parts each number from 1 (`part-B.8.1`): that number in any part.
	return found.length > 0 || !/^\d/.test(id) ? found : partsOf(context.source).flatMap((part) => named(`${part}.`));
}

/** The prefixes of parts that number afresh (`part-A`, `part-B`), once per source. */
function partsOf(source: RuleContext['source']): readonly string[] {
	let found = lettered.get(source);
	if (found === undefined) {
		found = [...new Set(source.clauses.map((c) => /^part-[^.]+/.exec(c.id)?.[0]).filter((p): p is string => p !== undefined))];
		lettered.set(source, found);
	}
	return found;
}
const lettered = new WeakMap<RuleContext['source'], readonly string[]>();

/** The clauses whose words the sentence quotes (verbatim, or close enough to be a misquote of them). */
function quotedClauses(context: RuleContext, analysed: AnalysedSentence): Clause[] {
	const out: Clause[] = [];
	for (const { verdict } of analysed.quotes) {
		for (const piece of verdict.kind === 'unrelated' ? [] : verdict.pieces) {
			const clause = context.source.clauses.find((c) => c.span.start <= piece.source.start && piece.source.end <= c.span.end);
			if (clause && !out.includes(clause)) {
				out.push(clause);
			}
		}
	}
	return out;
}

/** The one clause (in the best-matching clause's family) that states the sentence's figures, when the cited ones state none. */
function figuredElsewhere(context: RuleContext, analysed: AnalysedSentence, cited: readonly Clause[], allNamed: readonly Clause[], bestClause: Clause): Clause | undefined {
	const stating = clausesStating(context.source, analysed.claimProse);
	// Every clause the sentence names counts as cited: "(clause 9.1), with a duty … within 24 hours (clause 9.3(e))".
	const named = new Set([...cited, ...allNamed]);
	if (stating.length === 0 || stating.some((s) => named.has(s.clause))) {
		return undefined;
	}
	// Figures are counted per article or clause family ("three years" in 28.1, "one year" in 28.2 are Article 28's).
	const family = (id: string): string => id.replace(/[.(-].*$/, '');
	const byFamily = new Map<string, number>();
	for (const s of stating) {
		byFamily.set(family(s.clause.id), (byFamily.get(family(s.clause.id)) ?? 0) + s.figures);
	}
	const ranked = [...byFamily].sort((a, b) => b[1] - a[1]);
	const [first, firstCount] = ranked[0]!;
	// How closely the sentence's words match each family: its best alignment there.
	const closeness = (f: string): number => Math.max(0, ...analysed.alignments.filter((a) => family(context.sourceSentence(a).clause.id) === f).map((a) => a.score));
	// Two families give as many of the figures ("180 days" in 9.2 and in 11.3): the one the words match better.
	const tied = ranked.filter(([, n]) => n === firstCount).map(([f]) => f).sort((a, b) => closeness(b) - closeness(a));
	const topFamily = tied.length === 1 ? first : closeness(tied[0]!) > closeness(tied[1]!) && closeness(tied[0]!) >= CITATION_THRESHOLD * 0.9 ? tied[0]! : undefined;
	if (topFamily === undefined) {
		return undefined;
	}
	// A definition that lists the sentence's terms ("'planned measure' means any dam, weir, diversion …") is not what the
	// sentence describes: the aligned clause with its figures is ("notify … at least 180 days before authorising any dam").
	const aligned = topFamily === family(bestClause.id) || (isDefinition(bestClause.text) && closeness(topFamily) >= CITATION_THRESHOLD * 0.9);
	return aligned ? stating.find((s) => family(s.clause.id) === topFamily)!.clause : undefined;
}

/** `clause` defines a term one of the cited clauses uses. */
function definesTermOf(clause: Clause, cited: readonly Clause[]): boolean {
	const term = definedTerm(clause.text);
	return term !== undefined && cited.some((c) => c.text.includes(term));
}

/** Three of the sentence's content words (outside the reference) in `best`'s text, at most one in the cited clauses'. */
function isPlainlyElsewhere(context: RuleContext, analysed: AnalysedSentence, reference: { start: number; end: number }, cited: readonly Clause[], best: Clause): boolean {
	const words = new Set(analysed.claim.tokens.filter((t) => (t.end <= reference.start || t.start >= reference.end) && t.lower.length > 2 && !isStopword(t.lower) && !/^\d/.test(t.raw) && !context.source.parties.agents.has(t.lower) && !isProvisionWord(t.lower)).map((t) => t.stem));
	const inText = (clauses: readonly Clause[]): number => {
		const stems = new Set(context.source.sentences.filter((s) => clauses.includes(s.clause)).flatMap((s) => s.tokens.map((t) => t.stem)));
		return [...words].filter((w) => stems.has(w)).length;
	};
	return inText([best]) >= 3 && inText(withItems(context, cited)) <= 1;
}

/** The clauses with the items and paragraphs under them ("12" with "12.1", "12.1(a)" …). */
function withItems(context: Pick<RuleContext, 'source'>, clauses: readonly Clause[]): Clause[] {
	return context.source.clauses.filter((c) => clauses.some((p) => c === p || isPartOf(c.id, p.id)));
}

/** The section whose title the words after a short reference are, when it is not the one cited. */
function titledElsewhere(context: RuleContext, analysed: AnalysedSentence, reference: { start: number; end: number }, cited: readonly Clause[], until = Infinity): Clause | undefined {
	// The title follows the number ("Section 3 – technical information exchange"); words before it may name another part.
	const after = analysed.claim.tokens.filter((t) => t.start >= reference.end && t.end <= until && !isStopword(t.lower) && !/^\d/.test(t.raw));
	// "Source code (Art. 12)", "Source code – Art. 12": a heading may give the title first, set off from the reference
	// (not "Introduction and Section 1", two parts).
	const before = analysed.claim.tokens.filter((t) => t.end <= reference.start);
	const setOff = before.length > 0 && /^\s*[([–—:-]\s*$/.test(analysed.claimProse.slice(before[before.length - 1]!.end - analysed.sentence.span.start, reference.start - analysed.sentence.span.start));
	const words = after.length > 0 || until !== Infinity || !setOff ? after : before.filter((t) => !isStopword(t.lower) && !/^\d/.test(t.raw));
	if (words.length === 0 || cited.length === 0) {
		return undefined;
	}
	// "Commitment (para 7.1)" where paragraph 7.1 speaks of its commitments itself: the label fits the cited one.
	const citedStems = new Set(cited.flatMap((c) => tokenize(`${c.title} ${c.text}`).map((t) => t.stem)));
	if (words.every((t) => citedStems.has(t.stem))) {
		return undefined;
	}
	const doc = firstTitledSentence(context.source, words.map((t) => t.stem));
	const clause = doc === -1 ? undefined : context.source.sentences[doc]!.clause;
	if (clause === undefined && cited.every((c) => c.title === '')) {
		return untitledElsewhere(context, words, cited);
	}
	return clause === undefined || clause.title === '' || cited.some((c) => c.title === clause.title) ? undefined : clause;
}

/**
 * "Article 27 — Withdrawal." where the articles have no titles: a label of one to three words, each found in one other
 * article only ("withdraw" in Article 28) and in none of the cited one's clauses, names that article.
 */
function untitledElsewhere(context: RuleContext, words: readonly Token[], cited: readonly Clause[]): Clause | undefined {
	const label = words.filter((t) => /\p{L}{4}/u.test(t.lower));
	if (label.length === 0 || label.length > 3) {
		return undefined;
	}
	const articleOf = (clause: Clause): string | undefined => /^(\d+)(?=$|[.(-])/.exec(clause.id)?.[1];
	const citedArticles = new Set(cited.map(articleOf));
	let found: Clause | undefined;
	for (const word of label) {
		const articles = new Map<string, Clause>();
		for (const sentence of context.source.sentences) {
			const article = articleOf(sentence.clause);
			if (article !== undefined && !articles.has(article) && sentence.tokens.some((t) => t.stem === word.stem)) {
				articles.set(article, sentence.clause);
			}
		}
		const [only, ...rest] = [...articles];
		if (only === undefined || rest.length > 0 || citedArticles.has(only[0]) || (found !== undefined && articleOf(found) !== only[0])) {
			return undefined;
		}
		found = only[1];
	}
	return found;
}

/**
 * "Section 3 of the MoU, on public and private sector adoption, …", "Article 7 (adaptation) …": the words set beside a
 * reference as its title, as offsets into the sentence's prose, or undefined.
 */
const APPOSITION_RE = /^(?:\s+(?:of|in)\s+(?:the|this)(?:\s+[\p{L}\p{N}–-]+){1,3}?)?\s*(?:,|\(|\s[–—-])\s*(?:(?:on|about|covering|headed|titled|entitled|the\s+one\s+on)\s+)?([^,;:.()]{3,80}?)\s*(?=[,;:.)]|$)/iu;

function appositionAfter(prose: string, at: number): { start: number; end: number } | undefined {
	const m = APPOSITION_RE.exec(prose.slice(at, at + 160));
	// One word is a title only when set off as one ("Section 4 (infrastructure)", "Article 7 – adaptation").
	const setOff = m !== null && /[(–—-]/.test(m[0].slice(0, m[0].length - (m[1]?.length ?? 0)));
	if (m === null || m[1] === undefined || m[1].trim().split(/\s+/).length < (setOff ? 1 : 2)) {
		return undefined;
	}
	const start = at + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
	return { start, end: start + m[1].length };
}

/** The content words of a clause's title (two or more), all in the sentence outside the reference. */
function namesTitleOf(analysed: AnalysedSentence, reference: { start: number; end: number }, clause: Clause): boolean {
	const title = titleWords(clause);
	const words = wordsOutside(analysed, reference);
	return title.length >= 2 && title.every((w) => words.has(w));
}

/** Any content word of a clause's title in the sentence outside the reference. */
function namesTitleWord(analysed: AnalysedSentence, reference: { start: number; end: number }, clause: Clause): boolean {
	const words = wordsOutside(analysed, reference);
	return titleWords(clause).some((w) => words.has(w));
}

function titleWords(clause: Clause): string[] {
	return tokenize(clause.title).filter((t) => !isStopword(t.lower) && /\p{L}{3}/u.test(t.lower)).map((t) => t.stem);
}

function wordsOutside(analysed: AnalysedSentence, reference: { start: number; end: number }): Set<string> {
	return new Set(analysed.claim.tokens.filter((t) => t.end <= reference.start || t.start >= reference.end).map((t) => t.stem));
}

/** The cited clauses use the word (or its title does): "the conditions in clause 3.1" for "Conditions precedent". */
function namesItsContent(cited: readonly Clause[], word: string): boolean {
	const stem = word.toLowerCase().replace(/(?:ies|es|s)$/, '');
	return cited.some((c) => `${c.title} ${c.text}`.toLowerCase().includes(stem));
}

/** Words of the sentence outside the reference: what it says the provision says. */
function describingWords(analysed: AnalysedSentence, reference: { start: number; end: number }): number {
	return analysed.claim.tokens.filter((t) => (t.end <= reference.start || t.start >= reference.end) && t.lower.length > 2).length;
}

/** The same words stand in more than one clause ("common but differentiated responsibilities …"): the cited one has them too. */
function citedHasQuotedWords(context: RuleContext, analysed: AnalysedSentence, cited: readonly Clause[]): boolean {
	const pieces = analysed.quotes.flatMap(({ verdict }) => (verdict.kind === 'unrelated' ? [] : verdict.pieces));
	const folded = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
	return pieces.length > 0 && pieces.every((piece) => {
		const words = folded(context.source.text.slice(piece.source.start, piece.source.end));
		return cited.some((c) => folded(c.text).includes(words));
	});
}

/** The clause's text refers to clause `id` by number ("described in clause 7.3", "under Article 4"). */
function pointsTo(clause: Clause, id: string): boolean {
	// "the conditions in clause 3" points to 3.1 as well.
	const ids = [id, id.replace(/\.\d+$/, '')].filter((x, k, all) => all.indexOf(x) === k);
	return ids.some((x) => new RegExp(`\\b(?:clauses?|articles?|sections?|paragraphs?)\\s+(?:[\\d.]+,\\s*)*${x.replace(/\./g, '\\.')}(?!\\.?\\d)`, 'i').test(clause.text));
}

/** The source's own text makes this reference ("section 42", "Article 2 of the Convention"): another document's number. */
function sourceCites(context: RuleContext, actual: string): boolean {
	const words = actual.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`\\b${words.join('\\s+')}(?![\\d.])`, 'iu').test(context.source.text);
}

/** `1.1(a)` and `1.1-3` (a paragraph continuing 1.1) are part of `1.1`. */
function isPartOf(id: string, of: string): boolean {
	return id.startsWith(`${of}(`) || id.startsWith(`${of}-`);
}

/** The source has clause numbers of this depth ("4.12" needs two-level numbers). */
function hasDepth(ids: ReadonlySet<string>, id: string): boolean {
	const depth = id.split('.').length;
	return [...ids].some((x) => /^\d/.test(x) && x.split('.').length >= depth);
}

function finding(context: RuleContext, analysed: AnalysedSentence, span: { start: number; end: number }, actual: string, why: string, right: Clause | undefined): RuleFinding {
	const label = right ? citationLabel(context.source, right) : undefined;
	const replacement = right ? referenceLike(actual, right.id) : undefined;
	return {
		ruleId: 'wrong-reference',
		message: `${why}.`,
		span,
		actual,
		fixes: replacement !== undefined && label !== undefined ? [replaceFix(context.text, span, replacement, `cites ${label}`)] : [],
		clause: right ? clauseRef(right) : undefined,
		sentence: analysed.sentence.span,
	};
}

/** The right id written the way the sentence writes references ("Article 7.1", "Art. 7(1)", "clause 14.3"). */
function referenceLike(actual: string, full: string): string {
	// "section 8" for `part-B.9.2` of a document in parts that each number from 1: "section 9.2", as the writer cites.
	const id = full.replace(/^part-[^.]+\./, '');
	// "Schedule 4" for `schedule-5.5`: "Schedule 5" (and its paragraph when the reference gave one).
	const part = /^(?:schedule|annex|appendix)-([^.(]+)(?:\.(\d+))?/.exec(id);
	if (part !== null) {
		const word = /^\S+\s*/.exec(actual)?.[0] ?? '';
		return `${word}${part[1]}${/para/i.test(actual) && part[2] ? `, paragraph ${part[2]}` : ''}`;
	}
	const prefix = /^[^\d§]*§?\s*/.exec(actual)?.[0] ?? '';
	const [major, minorAndLetter] = [id.split('.')[0]!, id.split('.').slice(1).join('.')];
	if (/\(\s*\d/.test(actual) && minorAndLetter) {
		return `${prefix}${major}(${minorAndLetter.replace(/\(.*$/, '')})`;
	}
	return `${prefix}${id}`;
}
