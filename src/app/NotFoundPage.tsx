import { Button, Typography } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';
import { Page } from '../components/Page';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Page title="Page not found">
      <Typography sx={{ mb: 2 }}>
        Nothing in the console lives at <code>{pathname}</code>.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Go to the start page
      </Button>
    </Page>
  );
}
