import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sandboxUrl } from '../../playwright.config';

interface OperationUse {
  operationId: string;
  viaConsole: number;
}

/** Lists the contract's operationIds, in document order. */
function contractOperations(): string[] {
  const document = parse(readFileSync('openapi/callfire.yaml', 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.values(document.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) => (operation?.operationId ? [operation.operationId] : [])),
  );
}

/**
 * After the end-to-end run, asks the sandbox which operations the console's proxy sent it and
 * reports them against the contract. Runs before Playwright stops the web servers.
 */
export default async function reportCoverage() {
  const response = await fetch(`${sandboxUrl}/__sandbox/coverage`);
  const { operations } = (await response.json()) as { operations: OperationUse[] };
  const used = new Set(operations.filter((use) => use.viaConsole > 0).map((use) => use.operationId));
  const contract = contractOperations();
  const exercised = contract.filter((operationId) => used.has(operationId));
  const missing = contract.filter((operationId) => !used.has(operationId));
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/api-coverage.json', JSON.stringify({ exercised, missing }, null, 2) + '\n');
  console.log(`\nAPI operations exercised through the UI: ${exercised.length}/${contract.length}`);
  if (missing.length) console.log(`Not exercised: ${missing.join(', ')}`);
  console.log('List written to reports/api-coverage.json');
}
