import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { KIND_WORDS } from './broadcastKinds';
import type { CallAgainSubject } from './CallAgainDialog';

// The dialog (its form library and zod) loads when the operator opens it, not with the detail page.
const CallAgainDialog = lazy(async () => ({ default: (await import('./CallAgainDialog')).CallAgainDialog }));

/** "Call again" (or "Text again") on a finished or stopped broadcast, with its dialog. */
export function CallAgainButton(subject: CallAgainSubject) {
  const [open, setOpen] = useState(false);
  const status = subject.broadcast.status;
  if (status !== 'FINISHED' && status !== 'STOPPED') return null;
  const verb = KIND_WORDS[subject.kind].verb;
  return (
    <>
      <Button startIcon={<ReplayIcon />} onClick={() => setOpen(true)}>
        {verb === 'call' ? 'Call again' : 'Text again'}
      </Button>
      <Suspense>{open && <CallAgainDialog {...subject} onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
