import mouProfile from '../../seeds/uk-openai-mou-2025-07-21.profile.json';

/**
 * What is specific to one agreement and applies only to it: its parties' names and the words coverage uses for its
 * topics. A profile ships beside its source's text (`seeds/NAME.profile.json`) and applies only to a source whose
 * text contains its `appliesTo` phrase; any other source gets none of its words.
 */
export interface SourceProfile {
	/** The phrase the source's text must contain (its title), '' for no profile. */
	readonly appliesTo: string;
	/** Words that name a party to this agreement (read as agents of its commitments). */
	readonly parties: readonly string[];
	/** Party names that say who, not what: down-weighted in alignment like "the government". */
	readonly names: readonly string[];
	/** Phrase → this agreement's own word for it, folded in alignment. */
	readonly synonyms: Readonly<Record<string, string>>;
}

export const NO_PROFILE: SourceProfile = { appliesTo: '', parties: [], names: [], synonyms: {} };

const PROFILES: readonly SourceProfile[] = [mouProfile];

/** How far into a source its title is looked for. */
const TITLE_WINDOW = 3000;

/** The profile that applies to a source's text, else `NO_PROFILE`. */
export function profileFor(text: string): SourceProfile {
	const head = text.slice(0, TITLE_WINDOW);
	return PROFILES.find((p) => head.includes(p.appliesTo)) ?? NO_PROFILE;
}
