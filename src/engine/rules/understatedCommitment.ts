import { isPermission } from '../analysis/commitment';
import lexicon from '../lexicon/commitment.json';
import { STRENGTH_LABELS } from '../types';
import { compareCommitments, sourceModal } from './compareCommitment';
import { citationLabel, clauseRef, insertQuoteFix, replaceFix } from './fixes';
import type { Rule } from './rule';
import type { SourceModel } from '../source';
import { isStopword, tokenize } from '../text/tokens';
import { addTo } from '../multimap';

/** "No more than 50% of the homes may be occupied until …": a "may" that states a restriction, not a hedge. */
const RESTRICTION_RE = /\b(?:no|not)\s+(?:more|fewer|less)\s+than\b|\buntil\b/i;

/** What a source grants with "may" ("either Party may terminate this Agreement"): verb stem → the words after it. */
function permissions(source: SourceModel): ReadonlyMap<string, readonly ReadonlySet<string>[]> {
	let found = permitted.get(source);
	if (found === undefined) {
		const byVerb = new Map<string, ReadonlySet<string>[]>();
		for (const sentence of source.sentences) {
			const tokens = sentence.tokens;
			for (let i = 0; i < tokens.length; i++) {
				// "may verify", and what grants the same: "an opportunity to verify", "the right to withdraw", "entitled to
				// inspect".
				const grants = tokens[i]!.lower === 'may' || (tokens[i + 1]?.lower === 'to' && GRANTS_TO.has(tokens[i]!.lower));
				if (!grants) {
					continue;
				}
				let k = tokens[i]!.lower === 'may' ? i + 1 : i + 2;
				while (k < tokens.length && SKIPPED_WORDS.has(tokens[k]!.lower)) {
					k++;
				}
				if (tokens[k] !== undefined) {
					const object = new Set(tokens.slice(k + 1, k + 17).filter((t) => !isStopword(t.lower)).map((t) => t.stem));
					addTo(byVerb, tokens[k]!.stem, object);
				}
			}
		}
		found = byVerb;
		permitted.set(source, found);
	}
	return found;
}
const permitted = new WeakMap<SourceModel, ReadonlyMap<string, readonly ReadonlySet<string>[]>>();
/** Nouns and adjectives that grant what follows "to", as "may" does. */
const GRANTS_TO: ReadonlySet<string> = new Set(lexicon.grantingWords.words);
/** Words between "may" and its verb ("may also", "may at any time", "may by notice"). */
const SKIPPED_WORDS: ReadonlySet<string> = new Set(lexicon.permissionSkips.words);

/**
 * The source grants what the predicate says someone may do: its verb after "may", with two words of its object ("either
 * party may terminate for breach" where a clause says "may terminate this Agreement … for material breach").
 */
function grantsPermission(source: SourceModel, actionText: string): boolean {
	// Words before the verb ("may at any time end …") are skipped; the object keeps its own ("by written notice").
	const all = tokenize(actionText);
	const tokens = all.slice(Math.max(0, all.findIndex((t) => !SKIPPED_WORDS.has(t.lower))));
	const verb = tokens[0];
	if (verb === undefined) {
		return false;
	}
	// The object ends where another clause of the sentence begins ("grant a pardon, but where …").
	const end = tokens.findIndex((t, k) => k > 0 && OBJECT_END.has(t.lower));
	const object = tokens.slice(1, Math.min(8, end === -1 ? 8 : end)).filter((t) => !isStopword(t.lower)).map((t) => t.stem);
	if ((permissions(source).get(verb.stem) ?? []).some((theirs) => object.filter((stem) => theirs.has(stem)).length >= Math.min(2, object.length))) {
		return true;
	}
	// Another verb for the same act ("may end the treaty with six months' written notice" for "may terminate this Treaty
	// … by giving written notice"): most of the object, three words or more, in one permission (not the one shared term of
	// "might … maintain successive nationally determined contributions" and "may … adjust its … contribution").
	const needed = Math.max(3, Math.floor(object.length / 2) + 1);
	// The verb may be in their object ("may end the agreement on 12 months' notice" for "may … give notice … of its
	// decision to terminate this Agreement").
	return object.length >= 2 && [...permissions(source).values()].some((all) => all.some((theirs) => object.filter((stem) => theirs.has(stem)).length + (theirs.has(verb.stem) ? 1 : 0) >= needed));
}
/** Words that start another clause of a sentence after an object. */
const OBJECT_END: ReadonlySet<string> = new Set(lexicon.objectEnders.words);

const WEAK_MODAL_RE = /^(?:may|can|could|might)$/i;
/** The words of a limit within the first words of an action: "receive up to £750", "kept for no more than five years". */
const LIMIT_WORDS_RE = /^(?:\S+\s+){0,5}(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|as\s+(?:much|many|long)\s+as)\b/i;

/** The clause itself says the predicate's cue with its first two words ("may be extended"). */
function saysAsClause(cue: string, action: string, clause: string): boolean {
	const words = action.split(/\s+/).filter((w) => w !== '').slice(0, 2);
	return words.length === 2 && clause.toLowerCase().replace(/\s+/g, ' ').includes(`${cue.toLowerCase()} ${words.join(' ')}`);
}

/** Notes a hedge the clause does not have ("might work with" where the clause says "will collaborate"). */
export const understatedCommitment: Rule = {
	id: 'understated-commitment',
	description: 'A commitment stated more weakly than the clause that supports it',
	defaultSeverity: 'information',
	*check(context) {
		for (const analysed of context.sentences) {
			// Information only, so only when the hedged predicate's own words found the clause.
			// Not "would": in a briefing it is tense, condition or proposal ("the council said it would publish", "if the bid
			// succeeds it would …", "the Council would have nomination rights"), not a hedge of what the agreement says.
			// Not a restriction ("may be used only for the Programme") nor a permission the source itself grants ("either
			// party may terminate" where a clause says "may terminate"): what someone may do, not a weaker duty.
			// "Is expected to" forecasts what a party will do; it does not hedge it.
			// A permission ("will be able to apply") reports what someone may do, not a weaker duty. A hedge in a relative or
			// conditional clause ("incidents that could be replicated elsewhere get shared", "where an incident may affect
			// others, it will notify") qualifies what the duty is about, not the duty.
			const c = compareCommitments(context, analysed).find((x) => x.drift === 'weaker' && x.isLocal && !x.predicate.isSubordinate && !isPermission(x.predicate) && !RESTRICTION_RE.test(analysed.claimProse)
				&& x.predicate.cueText.toLowerCase() !== 'would'
				&& !/\bexpected\b/i.test(x.predicate.cueText)
				&& !(/^(?:may|can)$/i.test(x.predicate.cueText) && /^(?:\S+\s+){0,6}only\b/i.test(x.predicate.actionText))
				// "Those removed may receive up to £750", "data may be kept for up to five years": a limit, not a hedge.
				&& !(WEAK_MODAL_RE.test(x.predicate.cueText) && (LIMIT_WORDS_RE.test(x.predicate.actionText) || grantsPermission(context.source, x.predicate.actionText)))
				// "It may be extended by written agreement" where the clause says "will remain in effect …, and may be extended":
				// the clause's own words for that part of it.
				&& !saysAsClause(x.predicate.cueText, x.predicate.actionText, x.match.sentence.text));
			if (!c) {
				continue;
			}
			const { predicate, match } = c;
			const label = citationLabel(context.source, match.clause);
			const modal = sourceModal(match);
			const fixes = modal !== undefined && predicate.slot === 'base' && predicate.inheritedCue !== true
				? [replaceFix(context.text, predicate.cueSpan, modal)]
				: [];
			fixes.push(insertQuoteFix(context.source, match, analysed.sentence));
			yield {
				ruleId: 'understated-commitment',
				message: `\`${predicate.cueText}\` (${STRENGTH_LABELS[predicate.level]}) is weaker than ${label}, which says \`${match.commitment.predicate?.cueText ?? ''}\` (${STRENGTH_LABELS[match.commitment.level]}).`,
				span: predicate.cueSpan,
				actual: predicate.cueText,
				fixes,
				clause: clauseRef(match.clause),
				sentence: analysed.sentence.span,
			};
		}
	},
};
