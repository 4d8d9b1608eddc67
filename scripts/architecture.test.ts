import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(import.meta.dirname, '../src');
const featuresDir = join(srcDir, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const importsOf = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ]
    .map((match) => match[1] ?? match[2])
    .filter((specifier) => specifier.startsWith('.'));

const featureOf = (file: string) => {
  const path = relative(featuresDir, file);
  return path.startsWith('..') ? undefined : path.split(sep)[0];
};

describe('architecture', () => {
  it('no feature imports another feature', () => {
    const violations = sourceFiles(featuresDir).flatMap((file) =>
      importsOf(file)
        .map((specifier) => resolve(dirname(file), specifier))
        .filter((target) => featureOf(target) !== undefined && featureOf(target) !== featureOf(file))
        .map((target) => `${relative(srcDir, file)} -> ${relative(srcDir, target)}`),
    );
    expect(violations).toEqual([]);
  });

  it('shared code (api, components, lib) imports no feature', () => {
    const shared = ['api', 'components', 'lib'].flatMap((dir) => sourceFiles(join(srcDir, dir)));
    const violations = shared.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => featureOf(resolve(dirname(file), specifier)) !== undefined)
        .map((specifier) => `${relative(srcDir, file)} -> ${specifier}`),
    );
    expect(violations).toEqual([]);
  });
});
