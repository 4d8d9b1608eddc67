/** Fails when shared/schema.d.ts no longer matches openapi/callfire.yaml (run `npm run gen:api`). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const committedPath = 'shared/schema.d.ts';
const freshPath = join(mkdtempSync(join(tmpdir(), 'callfire-api-')), 'schema.d.ts');
// The same generator and formatter `npm run gen:api` uses, so only a real difference fails.
execFileSync('npx', ['openapi-typescript', 'openapi/callfire.yaml', '--default-non-nullable=false', '-o', freshPath], {
  stdio: 'ignore',
});
const options = { ...(await resolveConfig(committedPath)), filepath: committedPath };
const expected = await format(readFileSync(freshPath, 'utf8'), options);
if (readFileSync(committedPath, 'utf8') !== expected) {
  console.error(`${committedPath} is stale: it does not match openapi/callfire.yaml. Run \`npm run gen:api\`.`);
  process.exit(1);
}
console.log(`${committedPath} matches openapi/callfire.yaml`);
