/**
 * Scores the engine against the labelled briefings in test/eval/briefings.
 *
 *   npx tsx test/eval/evaluate.ts [--split NAME|all] [--verbose] [--json]
 *
 * Each briefing is checked against the source its label file names (`"source"`, `mou` by default): see SOURCES.
 *
 * Always exits 0 when the report could be produced (it is a report, not a gate);
 * exits 1 when the labelled set is broken or the engine throws, 2 on bad arguments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { check, loadSource, type SourceModel } from '../../src/engine';
import { type Briefing, LabelError, loadBriefings } from './labels';
import { buildReport, type ReportOptions, type SplitChoice } from './report';
import { citesWithin, evaluateBriefings, type CheckFn } from './scoring';

/** The source agreements briefings may name, by id: the file (from the project root) and the name it is loaded as. */
export const SOURCES: Readonly<Record<string, { readonly file: string; readonly name: string }>> = {
	mou: { file: join('seeds', 'uk-openai-mou-2025-07-21.txt'), name: 'UK–OpenAI MoU' },
	paris: { file: join('test', 'eval', 'sources', 'paris-agreement.md'), name: 'paris-agreement.md' },
	contract: { file: join('test', 'eval', 'sources', 'research-data-collaboration-agreement.md'), name: 'research-data-collaboration-agreement.md' },
	regional: { file: join('test', 'eval', 'sources', 'regional-cooperation-mou.md'), name: 'regional-cooperation-mou.md' },
	grant: { file: join('test', 'eval', 'sources', 'grant-funding-agreement.md'), name: 'grant-funding-agreement.md' },
	pilot: { file: join('test', 'eval', 'sources', 'ai-pilot-services-agreement.md'), name: 'ai-pilot-services-agreement.md' },
	minerals: { file: join('test', 'eval', 'sources', 'critical-minerals-mou.md'), name: 'critical-minerals-mou.md' },
	datashare: { file: join('test', 'eval', 'sources', 'data-sharing-agreement.md'), name: 'data-sharing-agreement.md' },
	ports: { file: join('test', 'eval', 'sources', 'ports-decarbonisation-declaration.md'), name: 'ports-decarbonisation-declaration.md' },
	heat: { file: join('test', 'eval', 'sources', 'heat-network-partnership-agreement.md'), name: 'heat-network-partnership-agreement.md' },
	youth: { file: join('test', 'eval', 'sources', 'youth-mobility-agreement.md'), name: 'youth-mobility-agreement.md' },
	charter: { file: join('test', 'eval', 'sources', 'food-waste-charter.md'), name: 'food-waste-charter.md' },
	aimou: { file: join('test', 'eval', 'sources', 'ai-public-services-mou.md'), name: 'ai-public-services-mou.md' },
	battery: { file: join('test', 'eval', 'sources', 'battery-coinvestment-agreement.md'), name: 'battery-coinvestment-agreement.md' },
	compute: { file: join('test', 'eval', 'sources', 'compute-capacity-mou.md'), name: 'compute-capacity-mou.md' },
	licence: { file: join('test', 'eval', 'sources', 'transport-data-licence.md'), name: 'transport-data-licence.md' },
	pay: { file: join('test', 'eval', 'sources', 'pay-settlement-agreement.md'), name: 'pay-settlement-agreement.md' },
	fish: { file: join('test', 'eval', 'sources', 'fisheries-arrangement.md'), name: 'fisheries-arrangement.md' },
	summit: { file: join('test', 'eval', 'sources', 'ai-summit-communique.md'), name: 'ai-summit-communique.md' },
	s106: { file: join('test', 'eval', 'sources', 'section106-agreement.md'), name: 'section106-agreement.md' },
	devolution: { file: join('test', 'eval', 'sources', 'devolution-deal.md'), name: 'devolution-deal.md' },
	grant2: { file: join('test', 'eval', 'sources', 'coastal-skills-grant-agreement.md'), name: 'coastal-skills-grant-agreement.md' },
	itsvc: { file: join('test', 'eval', 'sources', 'digital-service-call-off-contract.md'), name: 'digital-service-call-off-contract.md' },
	regen: { file: join('test', 'eval', 'sources', 'regeneration-heads-of-terms.md'), name: 'regeneration-heads-of-terms.md' },
	regmou: { file: join('test', 'eval', 'sources', 'regulators-cooperation-mou.md'), name: 'regulators-cooperation-mou.md' },
	s75: { file: join('test', 'eval', 'sources', 'section75-partnership-agreement.md'), name: 'section75-partnership-agreement.md' },
	alb: { file: join('test', 'eval', 'sources', 'alb-framework-document.md'), name: 'alb-framework-document.md' },
	vaccine: { file: join('test', 'eval', 'sources', 'vaccine-supply-agreement.md'), name: 'vaccine-supply-agreement.md' },
	science: { file: join('test', 'eval', 'sources', 'science-cooperation-agreement.md'), name: 'science-cooperation-agreement.md' },
	wind: { file: join('test', 'eval', 'sources', 'wind-community-benefit-agreement.md'), name: 'wind-community-benefit-agreement.md' },
	mra: { file: join('test', 'eval', 'sources', 'mutual-recognition-agreement.md'), name: 'mutual-recognition-agreement.md' },
	water: { file: join('test', 'eval', 'sources', 'water-enforcement-undertakings.md'), name: 'water-enforcement-undertakings.md' },
	digitrade: { file: join('test', 'eval', 'sources', 'digital-economy-agreement.md'), name: 'digital-economy-agreement.md' },
	police: { file: join('test', 'eval', 'sources', 'police-collaboration-agreement.md'), name: 'police-collaboration-agreement.md' },
	aicommit: { file: join('test', 'eval', 'sources', 'ai-evaluation-commitments.md'), name: 'ai-evaluation-commitments.md' },
	hostcity: { file: join('test', 'eval', 'sources', 'host-city-agreement.md'), name: 'host-city-agreement.md' },
	airservices: { file: join('test', 'eval', 'sources', 'air-services-agreement.md'), name: 'air-services-agreement.md' },
	museumloan: { file: join('test', 'eval', 'sources', 'museum-loan-agreement.md'), name: 'museum-loan-agreement.md' },
	assetlease: { file: join('test', 'eval', 'sources', 'asset-transfer-lease.md'), name: 'asset-transfer-lease.md' },
	jetp: { file: join('test', 'eval', 'sources', 'energy-transition-partnership.md'), name: 'energy-transition-partnership.md' },
	riverbasin: { file: join('test', 'eval', 'sources', 'river-basin-treaty.md'), name: 'river-basin-treaty.md' },
	union: { file: join('test', 'eval', 'sources', 'union-recognition-agreement.md'), name: 'union-recognition-agreement.md' },
	coproduction: { file: join('test', 'eval', 'sources', 'coproduction-treaty.md'), name: 'coproduction-treaty.md' },
	academy: { file: join('test', 'eval', 'sources', 'academy-funding-agreement.md'), name: 'academy-funding-agreement.md' },
	socialsec: { file: join('test', 'eval', 'sources', 'social-security-convention.md'), name: 'social-security-convention.md' },
	covenant: { file: join('test', 'eval', 'sources', 'conservation-covenant.md'), name: 'conservation-covenant.md' },
	concordat: { file: join('test', 'eval', 'sources', 'intergovernmental-concordat.md'), name: 'intergovernmental-concordat.md' },
	festival: { file: join('test', 'eval', 'sources', 'festival-funding-agreement.md'), name: 'festival-funding-agreement.md' },
	bulkwater: { file: join('test', 'eval', 'sources', 'bulk-water-supply-agreement.md'), name: 'bulk-water-supply-agreement.md' },
	ticketcode: { file: join('test', 'eval', 'sources', 'ticket-resale-code.md'), name: 'ticket-resale-code.md' },
	civic: { file: join('test', 'eval', 'sources', 'civic-university-agreement.md'), name: 'civic-university-agreement.md' },
	bus: { file: join('test', 'eval', 'sources', 'enhanced-bus-partnership.md'), name: 'enhanced-bus-partnership.md' },
	health: { file: join('test', 'eval', 'sources', 'health-workforce-mou.md'), name: 'health-workforce-mou.md' },
	housing: { file: join('test', 'eval', 'sources', 'housing-stock-transfer.md'), name: 'housing-stock-transfer.md' },
	migration: { file: join('test', 'eval', 'sources', 'migration-joint-declaration.md'), name: 'migration-joint-declaration.md' },
	energyjv: { file: join('test', 'eval', 'sources', 'energy-jv-shareholders-agreement.md'), name: 'energy-jv-shareholders-agreement.md' },
	communityuse: { file: join('test', 'eval', 'sources', 'school-community-use-agreement.md'), name: 'school-community-use-agreement.md' },
	space: { file: join('test', 'eval', 'sources', 'space-cooperation-mou.md'), name: 'space-cooperation-mou.md' },
	prisoner: { file: join('test', 'eval', 'sources', 'prisoner-transfer-treaty.md'), name: 'prisoner-transfer-treaty.md' },
	compact: { file: join('test', 'eval', 'sources', 'voluntary-sector-compact.md'), name: 'voluntary-sector-compact.md' },
	tramloan: { file: join('test', 'eval', 'sources', 'tram-loan-facility-agreement.md'), name: 'tram-loan-facility-agreement.md' },
	watercontrib: { file: join('test', 'eval', 'sources', 'water-contribution-arrangement.md'), name: 'water-contribution-arrangement.md' },
	taxprotocol: { file: join('test', 'eval', 'sources', 'tax-treaty-protocol.md'), name: 'tax-treaty-protocol.md' },
	firemutualaid: { file: join('test', 'eval', 'sources', 'fire-mutual-aid-mou.md'), name: 'fire-mutual-aid-mou.md' },
	defencetreaty: { file: join('test', 'eval', 'sources', 'defence-cooperation-treaty.md'), name: 'defence-cooperation-treaty.md' },
	sectordeal: { file: join('test', 'eval', 'sources', 'manufacturing-sector-deal.md'), name: 'manufacturing-sector-deal.md' },
	airportconcession: { file: join('test', 'eval', 'sources', 'airport-concession-agreement.md'), name: 'airport-concession-agreement.md' },
	nuclearsoi: { file: join('test', 'eval', 'sources', 'nuclear-statement-of-intent.md'), name: 'nuclear-statement-of-intent.md' },
	hefranchise: { file: join('test', 'eval', 'sources', 'he-franchise-agreement.md'), name: 'he-franchise-agreement.md' },
	twincity: { file: join('test', 'eval', 'sources', 'twin-city-partnership.md'), name: 'twin-city-partnership.md' },
	wastecontract: { file: join('test', 'eval', 'sources', 'waste-collection-contract.md'), name: 'waste-collection-contract.md' },
	heritagemou: { file: join('test', 'eval', 'sources', 'heritage-cooperation-mou.md'), name: 'heritage-cooperation-mou.md' },
	broadband: { file: join('test', 'eval', 'sources', 'broadband-gap-funding-contract.md'), name: 'broadband-gap-funding-contract.md' },
	semiloi: { file: join('test', 'eval', 'sources', 'semiconductor-letter-of-intent.md'), name: 'semiconductor-letter-of-intent.md' },
	etslink: { file: join('test', 'eval', 'sources', 'ets-linking-agreement.md'), name: 'ets-linking-agreement.md' },
	smelending: { file: join('test', 'eval', 'sources', 'sme-lending-principles.md'), name: 'sme-lending-principles.md' },
	stadium: { file: join('test', 'eval', 'sources', 'stadium-development-agreement.md'), name: 'stadium-development-agreement.md' },
	h2framework: { file: join('test', 'eval', 'sources', 'offshore-hydrogen-framework.md'), name: 'offshore-hydrogen-framework.md' },
	frcontract: { file: join('test', 'eval', 'sources', 'facial-recognition-contract.md'), name: 'facial-recognition-contract.md' },
	aisafety: { file: join('test', 'eval', 'sources', 'ai-safety-cooperation-memorandum.md'), name: 'ai-safety-cooperation-memorandum.md' },
	broadcast: { file: join('test', 'eval', 'sources', 'broadcast-rights-agreement.md'), name: 'broadcast-rights-agreement.md' },
	climatemou: { file: join('test', 'eval', 'sources', 'climate-resilience-mou.md'), name: 'climate-resilience-mou.md' },
	readmission: { file: join('test', 'eval', 'sources', 'readmission-agreement.md'), name: 'readmission-agreement.md' },
	aiskills: { file: join('test', 'eval', 'sources', 'ai-skills-mou.md'), name: 'ai-skills-mou.md' },
};
const SOURCE_FILE = SOURCES['mou']!.file;
const BRIEFINGS_DIR = join('test', 'eval', 'briefings');
const USAGE = 'usage: npx tsx test/eval/evaluate.ts [--split NAME|all] [--verbose] [--json]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): ReportOptions {
	let split: SplitChoice = 'all';
	let verbose = false;
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--verbose' || arg === '-v') {
			verbose = true;
		} else if (arg === '--json') {
			json = true;
		} else if (arg === '--split' || arg.startsWith('--split=')) {
			const value = arg === '--split' ? argv[++i] : arg.slice('--split='.length);
			if (value === undefined || !/^[a-z][a-z0-9-]*$/.test(value)) {
				throw new UsageError(`--split must be a split name (dev, heldout, coverage-heldout, …) or all (got ${value ?? 'nothing'})`);
			}
			split = value as SplitChoice;
		} else if (arg === '--help' || arg === '-h') {
			throw new UsageError('');
		} else {
			throw new UsageError(`unknown argument ${arg}`);
		}
	}
	return { split, verbose, json };
}

/** The project root: the nearest ancestor holding both the seed and the briefings. */
function findRoot(): string {
	for (let dir = resolve(__dirname); ; dir = dirname(dir)) {
		if (existsSync(join(dir, SOURCE_FILE)) && existsSync(join(dir, BRIEFINGS_DIR))) {
			return dir;
		}
		if (dirname(dir) === dir) {
			return process.cwd();
		}
	}
}

/** Checks each briefing against the source its labels name (sources loaded once each, in `briefings` order). */
function engineCheck(root: string, briefings: readonly Briefing[]): CheckFn {
	const loaded = new Map<string, SourceModel>();
	const sourceFor = (id: string): SourceModel => {
		let model = loaded.get(id);
		if (model === undefined) {
			const entry = SOURCES[id];
			if (entry === undefined) {
				throw new LabelError(`unknown source ${JSON.stringify(id)} (known: ${Object.keys(SOURCES).join(', ')})`);
			}
			model = loadSource(readFileSync(join(root, entry.file), 'utf8'), entry.name);
			loaded.set(id, model);
			warnUnknownClauses(model, id, briefings.filter((b) => b.source === id));
		}
		return model;
	};
	let index = 0;
	return (text, options) => {
		const briefing = briefings[index++];
		try {
			return check(text, sourceFor(briefing?.source ?? 'mou'), options);
		} catch (error) {
			if (error instanceof LabelError) {
				throw error;
			}
			throw new Error(`engine failed on ${briefing?.name ?? '?'}: ${(error as Error).stack ?? String(error)}`);
		}
	};
}

/** Labels may name a clause the engine does not parse (a parsing bug, or a label typo): say so, once per id. */
function warnUnknownClauses(model: SourceModel, id: string, briefings: readonly Briefing[]): void {
	const ids = model.clauses.map((c) => c.id);
	const labelled = briefings.flatMap((b) => b.sentences.flatMap((s) => s.clauses ?? []));
	const unknown = new Set(labelled.filter((label) => !ids.some((id) => citesWithin(id, label))));
	if (unknown.size > 0) {
		console.error(`note: labels about ${id} name clauses the engine does not parse: ${[...unknown].join(', ')}`);
	}
}

function main(argv: readonly string[]): number {
	let options: ReportOptions;
	try {
		options = parseArgs(argv);
	} catch (error) {
		const message = (error as Error).message;
		console.error(message ? `${message}\n${USAGE}` : USAGE);
		return message ? 2 : 0;
	}
	const root = findRoot();
	try {
		const all = loadBriefings(join(root, BRIEFINGS_DIR));
		const briefings = options.split === 'all' ? all : all.filter((b) => b.split === options.split);
		const checkFn = engineCheck(root, briefings);
		const scores = evaluateBriefings(briefings, checkFn);
		console.log(buildReport(scores, options).join('\n'));
		return 0;
	} catch (error) {
		const prefix = error instanceof LabelError ? 'label error: ' : '';
		console.error(`${prefix}${(error as Error).message}`);
		return 1;
	}
}

process.exitCode = main(process.argv.slice(2));
