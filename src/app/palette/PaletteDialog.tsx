import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  Dialog,
  DialogContent,
  InputAdornment,
  LinearProgress,
  ListSubheader,
  ListItemButton,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { lookupsOf, matchDestinations } from './paletteQuery';
import { usePaletteRecords } from './usePaletteRecords';

const LOOKUP_DELAY_MS = 250;

interface PaletteOption {
  key: string;
  group: string;
  label: string;
  detail?: string;
  path: string;
}

/** What was typed, the options it finds and the keyboard moving through them; mounted only while open. */
function PaletteSearch({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const settled = useDebouncedValue(text, LOOKUP_DELAY_MS);
  const { records, searching } = usePaletteRecords(lookupsOf(settled));
  const destinations = matchDestinations(text).map((entry) => ({
    key: `${entry.kind}-${entry.path}`,
    group: entry.kind === 'action' ? 'Actions' : 'Pages',
    label: entry.label,
    path: entry.path,
  }));
  // Records first once found: someone who typed a number wants that contact, not a page.
  const options: PaletteOption[] = [...records, ...destinations];
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const baseId = useId();
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const choose = (option: PaletteOption | undefined) => {
    if (!option) return;
    onClose();
    void navigate(option.path);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: options.length - 1,
      PageDown: current + 5,
      PageUp: current - 5,
    };
    if (event.key in moves && options.length > 0) {
      event.preventDefault();
      setActive(Math.min(Math.max(moves[event.key]!, 0), options.length - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[current]);
    }
  };

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const groups = [...new Set(options.map((option) => option.group))];
  const listboxId = `${baseId}-listbox`;
  const summary =
    options.length === 0
      ? searching
        ? 'Searching…'
        : 'Nothing found'
      : `${options.length} ${options.length === 1 ? 'result' : 'results'}${searching ? ', still searching' : ''}`;

  return (
    <>
      <TextField
        autoFocus
        fullWidth
        placeholder="Go to a page, find a contact by number, a broadcast, a call or a sound…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-label': 'Search the console',
            'aria-expanded': true,
            'aria-controls': listboxId,
            'aria-autocomplete': 'list',
            'aria-activedescendant': options.length ? optionId(current) : undefined,
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
        }}
      />
      <Box sx={{ height: 4, mt: 0.5 }}>{searching && <LinearProgress aria-label="Searching" />}</Box>
      <Typography role="status" aria-live="polite" variant="caption" color="text.secondary">
        {summary}
      </Typography>
      <Box id={listboxId} role="listbox" aria-label="Results" sx={{ maxHeight: 420, overflow: 'auto', mt: 1 }}>
        {groups.map((group) => (
          <Box key={group} role="group" aria-label={group}>
            <ListSubheader component="div" role="presentation" sx={{ lineHeight: '32px' }}>
              {group}
            </ListSubheader>
            {options.map((option, index) =>
              option.group === group ? (
                <ListItemButton
                  key={option.key}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === current}
                  selected={index === current}
                  // The input keeps the focus; the pointer only chooses.
                  tabIndex={-1}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(option)}
                  sx={{ display: 'block', whiteSpace: 'normal' }}
                >
                  <Typography variant="body2">{option.label}</Typography>
                  {option.detail && (
                    <Typography variant="caption" color="text.secondary">
                      {option.detail}
                    </Typography>
                  )}
                </ListItemButton>
              ) : null,
            )}
          </Box>
        ))}
      </Box>
    </>
  );
}

/** The palette's dialog; its own chunk, loaded the first time the palette opens. */
export function PaletteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'aria-label': 'Command palette' } }}
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
    >
      <DialogContent>{open && <PaletteSearch onClose={onClose} />}</DialogContent>
    </Dialog>
  );
}
