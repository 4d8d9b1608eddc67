import SearchIcon from '@mui/icons-material/Search';
import { Box, Button } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';

// The dialog, its search and the resources it reads load on first use, not with every page.
const PaletteDialog = lazy(async () => ({ default: (await import('./PaletteDialog')).PaletteDialog }));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = isMac ? '⌘K' : 'Ctrl+K';

/**
 * The command palette: Ctrl+K (⌘K on a Mac) anywhere, or the search button, opens one field that goes
 * to any page, finds records as one types and starts the common actions, all by keyboard.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing keeps the dialog's exit transition.
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((isOpen) => !isOpen);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button
        color="inherit"
        startIcon={<SearchIcon />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        sx={{ mr: 1, textTransform: 'none' }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          Search&nbsp;
        </Box>
        {SHORTCUT}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <PaletteDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
