// Prints "N passed, N failed" from the unit (Vitest) and end-to-end (Playwright) JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const unit = read('reports/unit-results.json');
const e2e = read('reports/e2e-results.json');

let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else console.log('No unit test report: the run stopped before the unit tests.');
if (e2e) {
  // A test that failed before it passed (there are no retries, but a run with --retries may) failed.
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
} else console.log('No end-to-end report: the run stopped before the end-to-end tests.');
console.log(`${passed} passed, ${failed} failed`);
