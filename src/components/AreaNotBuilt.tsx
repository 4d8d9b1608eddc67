import { Alert } from '@mui/material';
import { Page } from './Page';

/** What an area shows until it is built: a plain statement, never sample data. */
export function AreaNotBuilt({ title }: { title: string }) {
  return (
    <Page title={title}>
      <Alert severity="info">
        This area of the console is not built yet. Nothing here reads or changes your CallFire account.
      </Alert>
    </Page>
  );
}
