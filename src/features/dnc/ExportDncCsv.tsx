import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { downloadBlob, exportPagesToCsv, type ExportProgress } from '../../lib/csv';
import { notify } from '../../lib/notifications';
import { dncCsvColumns } from './dncCsv';
import { fetchDncPage } from './dncQueries';
import type { DncSearch } from './dncSearch';

const EXPORT_PAGE_SIZE = 1000;

/** Exports every entry the current filters select, page by page, with progress and a way to stop. */
export function ExportDncCsv({ search }: { search: DncSearch }) {
  const [progress, setProgress] = useState<ExportProgress>();
  const controller = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    controller.current = new AbortController();
    const signal = controller.current.signal;
    setProgress({ done: 0 });
    try {
      const blob = await exportPagesToCsv({
        fetchPage: (offset, limit) => fetchDncPage(search, offset, limit, signal),
        columns: dncCsvColumns,
        pageSize: EXPORT_PAGE_SIZE,
        onProgress: setProgress,
        signal,
      });
      downloadBlob(blob, `do-not-contact-${new Date().toISOString().slice(0, 10)}.csv`);
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
      <Button onClick={() => controller.current?.abort()}>Cancel</Button>
    </Stack>
  );
}
