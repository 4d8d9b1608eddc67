import { createTheme } from '@mui/material/styles';
import type {} from '@mui/x-data-grid/themeAugmentation';

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
});
