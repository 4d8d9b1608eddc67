import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useRef, useState, type ReactNode } from 'react';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Marks the confirm button as destructive (red). */
  destructive?: boolean;
}

interface Pending extends ConfirmOptions {
  resolve: (confirmed: boolean) => void;
}

/**
 * `const [confirm, confirmDialog] = useConfirm()`: render `confirmDialog`, then
 * `if (await confirm({...})) …`. Cancel is the focused default, so Enter never destroys by accident.
 */
export function useConfirm(): [(options: ConfirmOptions) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<Pending>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );
  const close = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(undefined);
  };
  const dialog = (
    <Dialog
      open={pending !== undefined}
      onClose={() => close(false)}
      aria-labelledby="confirm-title"
      // The dialog's focus trap focuses its own frame on open; Cancel is moved into focus after it.
      disableAutoFocus
      slotProps={{ transition: { onEntering: () => cancelRef.current?.focus() } }}
    >
      <DialogTitle id="confirm-title">{pending?.title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{pending?.message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close(false)} ref={cancelRef}>
          Cancel
        </Button>
        <Button onClick={() => close(true)} color={pending?.destructive ? 'error' : 'primary'} variant="contained">
          {pending?.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return [confirm, dialog];
}
