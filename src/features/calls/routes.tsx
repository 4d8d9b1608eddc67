import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const callRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Calls" /> }];
