import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const broadcastRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Broadcasts" /> }];
