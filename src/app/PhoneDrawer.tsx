import { Drawer } from '@mui/material';
import type { ReactNode } from 'react';

/** The navigation as a temporary drawer (narrow screens); its own chunk, as wide screens never open it. */
export function PhoneDrawer({
  open,
  onClose,
  width,
  children,
}: {
  open: boolean;
  onClose: () => void;
  width: number;
  children: ReactNode;
}) {
  return (
    <Drawer
      variant="temporary"
      open={open}
      onClose={onClose}
      sx={{ '& .MuiDrawer-paper': { width, boxSizing: 'border-box' } }}
    >
      {children}
    </Drawer>
  );
}
