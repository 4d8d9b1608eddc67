import ClearIcon from '@mui/icons-material/Clear';
import { Button, Paper, Stack, Typography } from '@mui/material';

export interface LargeInput {
  text: string;
  /** Where it came from, e.g. "Pasted" or "opt-outs.csv". */
  origin: string;
}

/**
 * Stands in for the text box when the input is too long to edit there: a browser lays out every line
 * of a text box again on each page update, which freezes the page at tens of thousands of lines.
 */
export function PastedListSummary({
  input,
  disabled,
  onClear,
}: {
  input: LargeInput;
  disabled: boolean;
  onClear: () => void;
}) {
  const lines = input.text.split('\n').length;
  return (
    <Paper variant="outlined" component="section" aria-label="Phone numbers" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography sx={{ flex: 1 }}>
          {input.origin}: {lines.toLocaleString()} lines ({Math.round(input.text.length / 1024).toLocaleString()} KB),
          too long to edit here.
        </Typography>
        <Button startIcon={<ClearIcon />} onClick={onClear} disabled={disabled}>
          Clear
        </Button>
      </Stack>
    </Paper>
  );
}
