// The screenshots in media/ ship in the .vsix, whose budget is 1 MB (test/package/vsix.test.ts). pngquant (the Debian
// package `pngquant`) redraws each in at most 256 colours, which halves a screenshot of text without a visible change;
// `npm run screenshots` runs this after taking them. Without pngquant they stay as taken, and this says so.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const media = join(dirname(fileURLToPath(import.meta.url)), '..', 'media');
// The icon is drawn by renderIcon.mjs at its own size; only the screenshots are shrunk.
const shots = readdirSync(media).filter((name) => name.endsWith('.png') && name !== 'icon.png');
try {
	execFileSync('pngquant', ['--version'], { stdio: 'ignore' });
} catch {
	console.warn('shrinkScreenshots: pngquant is not installed (apt-get install pngquant); the screenshots stay as taken and the .vsix may outgrow its budget.');
	process.exit(0);
}
for (const name of shots) {
	const file = join(media, name);
	const before = statSync(file).size;
	try {
		// Exit code 99: the quality floor could not be met; the file is left as it was.
		execFileSync('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--skip-if-larger', '--force', '--ext', '.png', file], { stdio: 'ignore' });
	} catch (error) {
		if (error.status !== 99 && error.status !== 98) {
			throw error;
		}
	}
	console.log(`${name}: ${before} -> ${statSync(file).size} bytes`);
}
