import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Toolbar,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton';
import { ColorModeToggle } from './ColorModeToggle';
import { navigation } from './navigation';
import { NotificationSnackbar } from './NotificationSnackbar';
import { OperatorMenu } from './OperatorMenu';
import { CommandPalette } from './palette/CommandPalette';
import { sessionQuery } from './sessionQuery';
import { signInPath } from './signInRedirect';

const DRAWER_WIDTH = 232;
const PhoneDrawer = lazy(async () => ({ default: (await import('./PhoneDrawer')).PhoneDrawer }));

function NavigationList({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Box component="nav" aria-label="Console areas">
      <List>
        {navigation.map((entry) => (
          <ListItem key={entry.path} disablePadding>
            <ListItemButton
              component={NavLink}
              to={entry.path}
              onClick={onNavigate}
              sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
            >
              <ListItemIcon>{entry.icon}</ListItemIcon>
              <ListItemText primary={entry.label} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

/** The shell around every page: app bar, navigation drawer (permanent on wide screens), content. */
export function AppLayout() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const loading = useNavigation().state === 'loading';
  const location = useLocation();
  const { data: session } = useQuery(sessionQuery());

  // Nobody signed in: the sign-in page, which comes back here afterwards.
  if (session === null) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper' },
        }}
      >
        Skip to content
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Open navigation"
              onClick={() => setDrawerOpen(true)}
              sx={{ mr: 1 }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            CallFire Console
          </Typography>
          <CommandPalette />
          {session && <OperatorMenu session={session} />}
          <ColorModeToggle />
        </Toolbar>
        {loading && (
          <LinearProgress
            color="secondary"
            aria-label="Loading page"
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
      </AppBar>
      {wide ? (
        // The permanent navigation is a plain side panel: MUI's Drawer (and its modal) loads only on phones.
        <Box sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}>
          <Paper
            square
            elevation={0}
            sx={{
              position: 'fixed',
              inset: '0 auto 0 0',
              width: DRAWER_WIDTH,
              overflowY: 'auto',
              borderRight: 1,
              borderColor: 'divider',
              zIndex: (t) => t.zIndex.drawer,
            }}
          >
            <Toolbar />
            <NavigationList />
          </Paper>
        </Box>
      ) : (
        drawerOpen && (
          <Suspense fallback={null}>
            <PhoneDrawer open onClose={() => setDrawerOpen(false)} width={DRAWER_WIDTH}>
              <Toolbar />
              <NavigationList onNavigate={() => setDrawerOpen(false)} />
            </PhoneDrawer>
          </Suspense>
        )
      )}
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        {session ? <Outlet /> : <PageSkeleton />}
      </Box>
      <NotificationSnackbar />
    </Box>
  );
}
