import type { TooltipProps } from '@mui/material';
import { lazy, Suspense } from 'react';

const Tooltip = lazy(() => import('@mui/material/Tooltip'));

/**
 * MUI's Tooltip, loaded on demand: it brings Popper along (13 kB gzip), which the shell and the home
 * page would otherwise download before their first paint. The control shows at once; its tooltip
 * attaches as soon as that chunk arrives.
 */
export function LazyTooltip(props: TooltipProps) {
  return (
    <Suspense fallback={props.children}>
      <Tooltip {...props} />
    </Suspense>
  );
}
