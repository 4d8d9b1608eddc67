import LogoutIcon from '@mui/icons-material/Logout';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { signOut, type SessionInfo } from '../api/session';
import { notify } from '../lib/notifications';

/** The signed-in operator and Sign out; in single-operator mode only the account, as there is no sign-in. */
export function OperatorMenu({ session }: { session: SessionInfo }) {
  const [signingOut, setSigningOut] = useState(false);
  const leave = async () => {
    setSigningOut(true);
    try {
      await signOut();
      window.location.assign('/sign-in');
    } catch (error) {
      notify(errorMessage(error), 'error');
      setSigningOut(false);
    }
  };
  return (
    <>
      <Typography variant="body2" sx={{ mx: 1, display: { xs: 'none', sm: 'block' } }} title={session.login}>
        {session.accountName ?? session.login}
      </Typography>
      {session.signIn && (
        <Button color="inherit" startIcon={<LogoutIcon />} onClick={leave} disabled={signingOut}>
          Sign out
        </Button>
      )}
    </>
  );
}
