import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { CsvColumn, ExportProgress } from '../lib/csv';
import { notify } from '../lib/notifications';

interface CsvExportButtonProps<Row> {
  fetchPage: (offset: number, limit: number, signal: AbortSignal) => Promise<{ items?: Row[]; totalCount?: number }>;
  columns: CsvColumn<Row>[];
  /** Called when the export finishes, so a date in the name is the day of the download. */
  filename: () => string;
  pageSize?: number;
}

/**
 * Exports every row of a search, page by page, with a progress bar and a way to stop; cells a
 * spreadsheet would run as formulas are neutralised by `toCsv`.
 */
export function CsvExportButton<Row>({ fetchPage, columns, filename, pageSize }: CsvExportButtonProps<Row>) {
  const [progress, setProgress] = useState<ExportProgress>();
  const controller = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    controller.current = new AbortController();
    const signal = controller.current.signal;
    setProgress({ done: 0 });
    try {
      // The CSV writer (papaparse) loads when an export starts, not with every page that offers one.
      const { downloadBlob, exportPagesToCsv } = await import('../lib/csv');
      const blob = await exportPagesToCsv({
        fetchPage: (offset, limit) => fetchPage(offset, limit, signal),
        columns,
        pageSize,
        onProgress: setProgress,
        signal,
      });
      downloadBlob(blob, filename());
    } catch (error) {
      if (!signal.aborted) notify(`Export failed: ${errorMessage(error)}`, 'error');
    } finally {
      setProgress(undefined);
    }
  };

  if (!progress) {
    return (
      <Button startIcon={<DownloadIcon />} onClick={() => void start()}>
        Export CSV
      </Button>
    );
  }
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 260 }}>
      <Box sx={{ flex: 1 }}>
        <Typography variant="caption" role="status">
          Exporting {progress.done.toLocaleString()}
          {progress.total !== undefined && ` of ${progress.total.toLocaleString()}`}
        </Typography>
        <LinearProgress
          aria-label="Export progress"
          variant={percent === undefined ? 'indeterminate' : 'determinate'}
          value={percent}
        />
      </Box>
      <Button onClick={() => controller.current?.abort()}>Cancel export</Button>
    </Stack>
  );
}
