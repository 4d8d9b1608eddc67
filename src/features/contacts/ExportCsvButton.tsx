import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { downloadBlob, exportPagesToCsv, type ExportProgress } from '../../lib/csv';
import { notify } from '../../lib/notifications';
import { contactCsvColumns } from './contactFormat';
import type { Contact, Paging } from './contactQueries';

/**
 * Exports every contact of a search or list, page by page, with a progress bar; the export can be
 * cancelled, and cells a spreadsheet would run as formulas are neutralised by toCsv.
 */
export function ExportCsvButton({
  fetchPage,
  filename,
}: {
  fetchPage: (paging: Paging, signal: AbortSignal) => Promise<{ items?: Contact[]; totalCount?: number }>;
  filename: string;
}) {
  const [progress, setProgress] = useState<ExportProgress>();
  const controller = useRef<AbortController>(undefined);

  const start = async () => {
    controller.current = new AbortController();
    const signal = controller.current.signal;
    setProgress({ done: 0 });
    try {
      const blob = await exportPagesToCsv({
        fetchPage: (offset, limit) => fetchPage({ offset, limit }, signal),
        columns: contactCsvColumns,
        onProgress: setProgress,
        signal,
      });
      downloadBlob(blob, filename);
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
    <Box sx={{ minWidth: 220 }}>
      <Typography variant="body2" id="export-progress-label">
        Exporting {progress.done.toLocaleString()}
        {progress.total !== undefined ? ` of ${progress.total.toLocaleString()}` : ''} contacts
      </Typography>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-labelledby="export-progress-label"
      />
      <Button size="small" onClick={() => controller.current?.abort()}>
        Cancel export
      </Button>
    </Box>
  );
}
