import HelpOutlinedIcon from '@mui/icons-material/HelpOutlined';
import { IconButton, Tooltip } from '@mui/material';

/** A small "?" beside a term; hovering, focusing or tapping it says what the term means. */
export function TermHint({ term, meaning }: { term: string; meaning: string }) {
  return (
    <Tooltip title={meaning} enterTouchDelay={0} describeChild>
      <IconButton
        size="small"
        aria-label={`What "${term}" means`}
        sx={{ p: 0.25, ml: 0.5, verticalAlign: 'text-bottom' }}
      >
        <HelpOutlinedIcon sx={{ fontSize: 16 }} />
      </IconButton>
    </Tooltip>
  );
}
