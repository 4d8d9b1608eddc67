import Papa from 'papaparse';
import { badRequest } from '../../http/errors';
import { CONTACT_FIELDS, isPhoneField, PHONE_FIELDS, type ContactField } from '../../db/contacts';
import { hasPhone, NO_PHONE_REASON, readContactInput, type ContactParse } from './contactInput';

/** A blank line of the file: neither a contact nor a rejection. */
export const isBlankRow = (row: string[]) => row.every((cell) => cell.trim() === '');

/** Where the values of one CSV column go. */
export type ColumnTarget = { field: ContactField } | { property: string };

export interface CsvImportPlan {
  columns: ColumnTarget[];
  /** Data rows, the header row excluded. */
  rows: string[][];
  /** Rows the CSV parser itself could not read, by index in `rows`, with why. */
  unreadable: Map<number, string>;
  /** Rows that become a contact or a rejection: all but blank lines. */
  importableRows: number;
}

const MAX_CELL = 255;

// Header names are matched ignoring case, spaces and punctuation, so "First name" and "first_name" work.
const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const HEADER_FIELDS = new Map<string, ContactField>([
  ...CONTACT_FIELDS.map((field) => [squash(field), field] as const),
  ['zip', 'zipcode'],
  ['phone', 'homePhone'],
  ['number', 'homePhone'],
  ['phonenumber', 'homePhone'],
  ['cellphone', 'mobilePhone'],
]);

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function decodeText(file: Buffer): string {
  if (file.includes(0)) throw badRequest('file: this is not a CSV file (it contains binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file).replace(/^\uFEFF/, '');
  } catch {
    throw badRequest('file: this is not a CSV file (it is not UTF-8 text)');
  }
}

/**
 * Reads an uploaded CSV up front: problems with the file as a whole are 400s and nothing is written;
 * problems with single rows are left for the import, which rejects those rows one by one.
 * `useCustomFields` names extra columns by their header, otherwise by column letter (A, B, C…).
 */
export function planCsvImport(file: Buffer, useCustomFields: boolean): CsvImportPlan {
  const text = decodeText(file);
  if (text.trim() === '') throw badRequest('file: the file is empty');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  const seen = new Map<string, number>();
  const columns = header.map((cell, index): ColumnTarget => {
    const name = cell.trim();
    if (name.length > MAX_CELL) throw badRequest(`file: the header of column ${columnLetter(index)} is too long`);
    const field = HEADER_FIELDS.get(squash(name));
    const target: ColumnTarget = field ? { field } : { property: useCustomFields && name ? name : columnLetter(index) };
    const key = 'field' in target ? target.field : `property ${target.property}`;
    if (seen.has(key)) {
      throw badRequest(
        `file: columns ${columnLetter(seen.get(key)!)} and ${columnLetter(index)} both hold ${key}; keep one`,
      );
    }
    seen.set(key, index);
    return target;
  });
  if (!columns.some((column) => 'field' in column && isPhoneField(column.field))) {
    throw badRequest(`file: the header row names no phone column; name one of ${PHONE_FIELDS.join(', ')}`);
  }
  // Blank lines are kept as rows (and skipped by the import) so row numbers stay those of the file.
  const unreadable = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && error.row > 0)
      unreadable.set(error.row - 1, `the CSV cannot be read here: ${error.message}`);
  }
  const importableRows = records.filter((row, index) => !isBlankRow(row) || unreadable.has(index)).length;
  if (importableRows === 0) throw badRequest('file: the file has a header row but no contacts');
  return { columns, rows: records, unreadable, importableRows };
}

/** Data row `index` (0 is the row after the header) as a contact, or why it is rejected. */
export function csvRowToContact(plan: CsvImportPlan, index: number): ContactParse {
  const row = plan.rows[index];
  const problem = plan.unreadable.get(index);
  if (problem) return { ok: false, reason: problem };
  if (row.length > plan.columns.length) {
    return {
      ok: false,
      reason: `the row has ${row.length} values but the header names ${plan.columns.length} columns`,
    };
  }
  const fields: Partial<Record<ContactField, string>> = {};
  const properties: Record<string, string> = {};
  for (const [column, target] of plan.columns.entries()) {
    const value = row[column]?.trim() ?? '';
    if (value.length > MAX_CELL)
      return { ok: false, reason: `column ${columnLetter(column)} is longer than ${MAX_CELL} characters` };
    // Spreadsheets format numbers for people, "(213) 555-0100"; the punctuation is not part of the number.
    if ('field' in target) fields[target.field] = isPhoneField(target.field) ? value.replace(/[\s().-]/g, '') : value;
    else if (value !== '') properties[target.property] = value;
  }
  const parsed = readContactInput(fields, Object.keys(properties).length ? properties : undefined, 'column');
  if (!parsed.ok) return { ok: false, reason: parsed.reason.replace(/^column\./, 'column ') };
  if (!hasPhone(parsed.input.fields)) return { ok: false, reason: NO_PHONE_REASON };
  return parsed;
}
