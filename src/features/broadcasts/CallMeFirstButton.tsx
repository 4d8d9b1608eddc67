import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Button } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import type { CallMeFirstSource } from './CallMeFirstDialog';

// The dialog (its form library and zod) loads when the operator opens it, not with the page.
const CallMeFirstDialog = lazy(async () => ({ default: (await import('./CallMeFirstDialog')).CallMeFirstDialog }));

/** "Call me first" ("Text me first"): the broadcast's messages sent to one number, to hear or read before starting. */
export function CallMeFirstButton(source: CallMeFirstSource) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<PhoneForwardedIcon />} onClick={() => setOpen(true)}>
        {source.kind === 'voice' ? 'Call me first' : 'Text me first'}
      </Button>
      <Suspense>{open && <CallMeFirstDialog {...source} onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
