import Papa from 'papaparse';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | undefined;
}

/**
 * CSV text for rows. Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) are prefixed with a quote, so an exported file cannot carry an attack.
 */
export function toCsv<Row>(rows: Row[], columns: CsvColumn<Row>[], { header = true } = {}): string {
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    },
    { escapeFormulae: true, header, newline: '\r\n' },
  );
}

export interface ExportProgress {
  done: number;
  /** Undefined when CallFire does not know the total (-1). */
  total?: number;
}

/**
 * Fetches every page of a search and builds one CSV from them, reporting progress after each
 * page. Stops early (with an AbortError) when the signal aborts.
 */
export async function exportPagesToCsv<Row>({
  fetchPage,
  columns,
  pageSize = 500,
  onProgress,
  signal,
}: {
  fetchPage: (offset: number, limit: number) => Promise<{ items?: Row[]; totalCount?: number }>;
  columns: CsvColumn<Row>[];
  pageSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}): Promise<Blob> {
  const parts: string[] = [];
  let offset = 0;
  for (;;) {
    signal?.throwIfAborted();
    const page = await fetchPage(offset, pageSize);
    const items = page.items ?? [];
    parts.push(toCsv(items, columns, { header: offset === 0 }) + '\r\n');
    offset += items.length;
    const total = page.totalCount !== undefined && page.totalCount >= 0 ? page.totalCount : undefined;
    onProgress?.({ done: offset, total });
    if (items.length < pageSize || (total !== undefined && offset >= total)) break;
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Offers a blob to the operator as a file download. */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
