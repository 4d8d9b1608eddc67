import Papa from 'papaparse';
import { normalizePhone } from '../../lib/phone';

export interface CsvNumbers {
  /** The header of the column the numbers came from, when the file has a header row. */
  column?: string;
  values: string[];
}

const NUMBER_HEADER = /phone|number|mobile|cell|dnc/i;

/**
 * The phone numbers of a CSV file: the column whose header names a phone number, or else the first
 * column whose first cell is a phone number, or else the first column.
 */
export function numbersFromCsv(text: string): CsvNumbers {
  const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  if (rows.length === 0) return { values: [] };
  const first = rows[0];
  const headerIndex = first.findIndex((cell) => NUMBER_HEADER.test(cell) && !normalizePhone(cell).ok);
  const hasHeader = headerIndex >= 0 || first.every((cell) => !normalizePhone(cell).ok);
  const index =
    headerIndex >= 0
      ? headerIndex
      : Math.max(
          0,
          first.findIndex((cell) => normalizePhone(cell).ok),
        );
  const values = rows
    .slice(hasHeader ? 1 : 0)
    .map((row) => (row[index] ?? '').trim())
    .filter((value) => value !== '');
  return { column: hasHeader ? first[index] : undefined, values };
}
