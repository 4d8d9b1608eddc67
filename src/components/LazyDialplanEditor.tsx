import { Skeleton } from '@mui/material';
import { lazy, Suspense, type ComponentProps } from 'react';

const DialplanEditor = lazy(async () => ({ default: (await import('./DialplanEditor')).DialplanEditor }));

/**
 * The dialplan editor loaded on demand: CodeMirror (140 kB gzip) is downloaded only when an IVR
 * dialplan is shown, not with every form that could show one.
 */
export function LazyDialplanEditor(props: ComponentProps<typeof DialplanEditor>) {
  return (
    <Suspense
      fallback={<Skeleton variant="rounded" height={260} role="status" aria-label="Loading the dialplan editor" />}
    >
      <DialplanEditor {...props} />
    </Suspense>
  );
}
