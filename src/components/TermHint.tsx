import HelpOutlinedIcon from '@mui/icons-material/HelpOutlined';
import { IconButton } from '@mui/material';
import { LazyTooltip } from './LazyTooltip';

/** A small "?" beside a term; hovering, focusing or tapping it says what the term means. */
export function TermHint({ term, meaning }: { term: string; meaning: string }) {
  return (
    <LazyTooltip title={meaning} enterTouchDelay={0} describeChild>
      <IconButton
        size="small"
        aria-label={`What "${term}" means`}
        sx={{ p: 0.25, ml: 0.5, verticalAlign: 'text-bottom' }}
      >
        <HelpOutlinedIcon sx={{ fontSize: 16 }} />
      </IconButton>
    </LazyTooltip>
  );
}
