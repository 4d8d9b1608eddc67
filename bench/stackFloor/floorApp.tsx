import { CssBaseline } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { CONSOLE_HEADER } from '../../shared/consoleHeader';

export interface Contact {
  id: number;
  firstName?: string;
  lastName?: string;
  homePhone?: string;
}

/** The first page of contacts, as the console's contacts page asks it (through its server's `/api`). */
export function useContacts() {
  return useQuery({
    queryKey: ['contacts'],
    queryFn: async ({ signal }) => {
      const response = await fetch('/api/contacts?limit=25&offset=0', { signal, headers: { [CONSOLE_HEADER]: '1' } });
      return ((await response.json()) as { items: Contact[] }).items;
    },
  });
}

/** Mounts `Page` in the providers the console has: MUI's theme, react-query, a data router. */
export function mount(Page: ComponentType) {
  const queryClient = new QueryClient();
  const router = createBrowserRouter([{ path: '*', Component: Page }]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ThemeProvider theme={createTheme({ colorSchemes: { dark: true } })} defaultMode="system">
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}
