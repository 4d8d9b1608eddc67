import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ApiError, errorMessage } from '../api/ApiError';
import { NotFound, useMissingRecord } from '../components/NotFound';

function describe(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    return { title: error.status ? `CallFire answered ${error.status}` : 'No connection', message: error.message };
  }
  if (isRouteErrorResponse(error))
    return { title: `${error.status} ${error.statusText}`, message: String(error.data ?? '') };
  return { title: 'This page failed', message: errorMessage(error) };
}

/** Shown in place of a page whose first load or render failed; the rest of the console keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { reset } = useQueryErrorResetBoundary();
  const { title, message } = describe(error);
  const missing = useMissingRecord(error);

  const retry = async () => {
    reset();
    await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    await navigate(location, { replace: true });
  };

  if (missing) return <NotFound {...missing} />;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <title>Error · CallFire Console</title>
      <Alert severity="error" role="alert">
        <AlertTitle>{title}</AlertTitle>
        {message}
      </Alert>
      <div>
        <Button variant="contained" onClick={() => void retry()}>
          Try again
        </Button>
      </div>
    </Stack>
  );
}
