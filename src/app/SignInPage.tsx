import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError, errorMessage } from '../api/ApiError';
import { signIn } from '../api/session';
import { sessionQuery } from './sessionQuery';
import { safeReturnTo } from './signInRedirect';

const schema = z.object({
  login: z.string().trim().min(1, 'Enter the API login'),
  password: z.string().min(1, 'Enter the password'),
});

/**
 * Sign-in with a CallFire API login and password. The password goes to the console's server once and is
 * never kept in the page: the form is reset before moving on, and the server answers with an HttpOnly cookie.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const { data: session } = useQuery(sessionQuery());
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { login: '', password: '' } });

  useEffect(() => {
    document.title = 'Sign in · CallFire Console';
  }, []);

  const submit = handleSubmit(async ({ login, password }) => {
    try {
      await signIn(login, password);
      reset();
      // A full load starts the console afresh for this operator, with nothing cached from before.
      window.location.assign(returnTo);
    } catch (error) {
      const message =
        error instanceof ApiError && error.status === 429
          ? 'Too many sign-in attempts. Wait a minute and try again.'
          : errorMessage(error);
      setError(error instanceof ApiError && error.status === 401 ? 'password' : 'root.server', { message });
    }
  });

  // Already signed in, or a console with one account configured on its server: nothing to do here.
  if (session) return <Navigate to={returnTo} replace />;

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" noValidate onSubmit={submit} sx={{ p: 4, width: '100%', maxWidth: 420 }}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            Sign in to CallFire Console
          </Typography>
          {params.get('ended') && (
            <Alert severity="info">
              Your session ended, or CallFire no longer accepts its credentials. Sign in again to continue where you
              were.
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            Use a CallFire API login and password (Settings → API access in CallFire).
          </Typography>
          {errors.root?.server && <Alert severity="error">{errors.root.server.message}</Alert>}
          <TextField
            label="API login"
            autoComplete="username"
            autoFocus
            {...register('login')}
            error={Boolean(errors.login)}
            helperText={errors.login?.message}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            {...register('password')}
            error={Boolean(errors.password)}
            helperText={errors.password?.message}
          />
          <Button type="submit" variant="contained" size="large" disabled={isSubmitting}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
