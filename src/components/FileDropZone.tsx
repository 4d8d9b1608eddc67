import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { useId, useRef, useState, type DragEvent } from 'react';
import { formatBytes } from '../lib/format';

interface FileDropZoneProps {
  label: string;
  accept: string;
  file: File | undefined;
  onFile: (file: File) => void;
  error?: string;
  hint: string;
  disabled?: boolean;
}

/** Drop a file here, or choose one with the button (which is what keyboard users reach). */
export function FileDropZone({ label, accept, file, onFile, error, hint, disabled }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const helperId = useId();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <Box>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: error ? 'error.main' : dragging ? 'primary.main' : 'divider',
          bgcolor: dragging ? 'action.hover' : 'transparent',
          borderRadius: 1,
          p: 3,
          textAlign: 'center',
        }}
      >
        <Stack spacing={1} sx={{ alignItems: 'center' }}>
          <UploadFileIcon color="action" aria-hidden />
          <Typography>{file ? `${file.name} (${formatBytes(file.size)})` : 'Drop a file here, or'}</Typography>
          <Button
            variant="outlined"
            onClick={() => input.current?.click()}
            disabled={disabled}
            aria-describedby={helperId}
          >
            {file ? 'Choose another file' : label}
          </Button>
          <input
            ref={input}
            type="file"
            accept={accept}
            hidden
            aria-label={label}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) onFile(chosen);
              event.target.value = '';
            }}
          />
        </Stack>
      </Box>
      <FormHelperText id={helperId} error={Boolean(error)} role={error ? 'alert' : undefined}>
        {error ?? hint}
      </FormHelperText>
    </Box>
  );
}
