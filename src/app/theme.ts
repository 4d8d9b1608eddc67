import { createTheme } from '@mui/material/styles';
import type {} from '@mui/x-data-grid/themeAugmentation';

/**
 * An operator whose system asks for reduced motion gets none (WCAG 2.3.3): no transitions and no ripple
 * on click; the ripple that marks keyboard focus stays. Read once at start-up.
 */
const reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const still = {
  transitions: {
    create: () => 'none',
    // Menus and collapses time their 'auto' transitions by height: no motion, no wait.
    getAutoHeightDuration: () => 0,
    duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
  },
  components: {
    MuiButtonBase: { defaultProps: { disableTouchRipple: true } },
    MuiSkeleton: { defaultProps: { animation: false as const } },
  },
};

/**
 * Light and dark palettes behind CSS variables: MUI follows the OS until the operator picks a
 * mode, and remembers the pick in localStorage.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    // Info and warning are darker than MUI's defaults so white text on them (filled alerts,
    // snackbars, chips) meets WCAG AA contrast.
    light: {
      palette: {
        primary: { main: '#c2410c' },
        secondary: { main: '#0f766e' },
        info: { main: '#0369a1' },
        warning: { main: '#b45309' },
      },
    },
    dark: { palette: { primary: { main: '#fb923c' }, secondary: { main: '#2dd4bf' } } },
  },
  shape: { borderRadius: 8 },
  // Buttons and tabs say their words as written ("Upload"), not in capitals that read like codes.
  typography: { h4: { fontWeight: 600 }, button: { textTransform: 'none' } },
  ...(reducedMotion ? still : {}),
});
