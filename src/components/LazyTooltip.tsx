import type { TooltipProps } from '@mui/material';
import type MuiTooltip from '@mui/material/Tooltip';
import { useEffect, useState } from 'react';

// Asked for as soon as a page that may show a tooltip loads, so it is usually here by the first render.
let loadedTooltip: typeof MuiTooltip | undefined;
const loadingTooltip = import('@mui/material/Tooltip').then((module) => (loadedTooltip = module.default));

/**
 * MUI's Tooltip, loaded on demand: it brings Popper along (13 kB gzip), which the shell and the home
 * page would otherwise download before their first paint. The control shows at once; its tooltip
 * attaches as soon as that chunk arrives.
 */
export function LazyTooltip(props: TooltipProps) {
  const [Tooltip, setTooltip] = useState(() => loadedTooltip);
  useEffect(() => {
    if (!Tooltip) void loadingTooltip.then((loaded) => setTooltip(() => loaded));
  }, [Tooltip]);
  return Tooltip ? <Tooltip {...props} /> : props.children;
}
