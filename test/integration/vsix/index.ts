// extensionTestsPath of `runTest.js --vsix FILE`: the same mocha runner as suite/index.ts, bundled here so that it
// runs the *.test.js files next to this one (the short suite for the installed .vsix).
export { run } from '../suite/index';
