import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const soundRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Sounds" /> }];
