// Child process of the benchmark: loads the embedded MoU, checks the text file given, prints its peak RSS in MB.
import { readFileSync } from 'node:fs';

import { check, loadSource } from '../src/engine';

const [sourcePath, textPath] = process.argv.slice(2);
const source = loadSource(readFileSync(sourcePath!, 'utf8'), 'MoU');
const text = readFileSync(textPath!, 'utf8');
const result = check(text, source, { format: 'markdown' });
process.stdout.write(`${JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, findings: result.findings.length })}\n`);
