import FilterListIcon from '@mui/icons-material/FilterList';
import { Box, Button, Collapse, useMediaQuery, useTheme, type SxProps, type Theme } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';

interface FilterPanelProps {
  /** Accessible name of the search region ("Call filters"). */
  label: string;
  /** How many filters are set, shown on the phone's button. */
  active?: number;
  sx?: SxProps<Theme>;
  children: ReactNode;
}

/**
 * A list's filters: laid out in a row on a desktop; on a phone folded behind a "Filters" button, so the
 * list, not the form, fills the first screen.
 */
export function FilterPanel({ label, active = 0, sx, children }: FilterPanelProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const fields = (
    <Box role="search" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2, ...sx }}>
      {children}
    </Box>
  );
  if (!phone) return fields;
  return (
    <>
      <Button
        startIcon={<FilterListIcon />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((shown) => !shown)}
        sx={{ mb: 1 }}
      >
        {active ? `Filters (${active} set)` : 'Filters'}
      </Button>
      <Collapse in={open} id={panelId}>
        {fields}
      </Collapse>
    </>
  );
}
