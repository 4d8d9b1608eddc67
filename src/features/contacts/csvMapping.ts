import Papa from 'papaparse';
import { PHONE_FIELDS, TEXT_FIELDS } from './contactFields';

/** What one column of the file becomes: a contact field, a custom property, or nothing. */
export type ColumnTarget = { kind: 'field'; field: string } | { kind: 'property'; name: string } | { kind: 'ignore' };

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const CONTACT_FIELD_CHOICES = [...TEXT_FIELDS, ...PHONE_FIELDS];
const PHONE_NAMES = PHONE_FIELDS.map(([field]) => field) as readonly string[];

export interface CsvPreview {
  header: string[];
  /** The first rows after the header. */
  rows: string[][];
  /** Non-blank rows after the header. */
  rowCount: number;
}

export function previewCsv(text: string, rows = 5): CsvPreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...data] = parsed.data;
  return { header, rows: data.slice(0, rows), rowCount: data.length };
}

// Headers match fields ignoring case, spaces and punctuation: "First name" is firstName.
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const GUESSES = new Map<string, string>([
  ...CONTACT_FIELD_CHOICES.map(([field]) => [squash(field), field] as const),
  ...CONTACT_FIELD_CHOICES.map(([field, label]) => [squash(label), field] as const),
  ['zip', 'zipcode'],
  ['phone', 'homePhone'],
  ['phonenumber', 'homePhone'],
  ['number', 'homePhone'],
  ['cell', 'mobilePhone'],
  ['cellphone', 'mobilePhone'],
]);

/** A first mapping: headers that name a contact field map to it (once), the others become properties. */
export function guessMapping(header: string[]): ColumnTarget[] {
  const used = new Set<string>();
  return header.map((cell) => {
    const field = GUESSES.get(squash(cell));
    if (field && !used.has(field)) {
      used.add(field);
      return { kind: 'field', field };
    }
    return cell.trim() ? { kind: 'property', name: cell.trim() } : { kind: 'ignore' };
  });
}

/** What is wrong with a mapping, per column index, plus problems of the mapping as a whole. */
export function mappingProblems(mapping: ColumnTarget[]): { columns: Map<number, string>; overall?: string } {
  const columns = new Map<number, string>();
  const seen = new Map<string, number>();
  mapping.forEach((target, index) => {
    if (target.kind === 'ignore') return;
    if (target.kind === 'property' && !target.name.trim()) return columns.set(index, 'Name the property');
    const key = target.kind === 'field' ? target.field : `property:${target.name.trim()}`;
    if (seen.has(key)) columns.set(index, `Column ${seen.get(key)! + 1} already goes there`);
    else seen.set(key, index);
  });
  const hasPhone = mapping.some((target) => target.kind === 'field' && PHONE_NAMES.includes(target.field));
  return { columns, overall: hasPhone ? undefined : 'Map at least one column to a phone field' };
}

/**
 * The file to upload: the same rows with the header rewritten to CallFire's names (contact fields,
 * or property names for custom columns) and ignored columns left out. Values are passed through as
 * they are; the sandbox and CallFire read numbers themselves.
 */
export function applyMapping(text: string, mapping: ColumnTarget[]): string {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [, ...data] = parsed.data;
  const kept = mapping.flatMap((target, index) => (target.kind === 'ignore' ? [] : [{ target, index }]));
  const header = kept.map(({ target }) =>
    target.kind === 'field' ? target.field : (target as { name: string }).name.trim(),
  );
  const rows = data.map((row) => (row.length === 1 && row[0] === '' ? [] : kept.map(({ index }) => row[index] ?? '')));
  return Papa.unparse({ fields: header, data: rows }, { newline: '\n' });
}

/** Why a file cannot be imported before even reading it, if it cannot. */
export function fileProblem(file: File): string | undefined {
  if (file.size === 0) return 'The file is empty';
  if (file.size > MAX_IMPORT_BYTES) return 'The file is larger than 20 MB; split it into smaller files';
  const looksLikeCsv = /\.(csv|txt)$/i.test(file.name) || /^text\/|csv/.test(file.type);
  return looksLikeCsv ? undefined : 'Choose a CSV file (.csv)';
}
