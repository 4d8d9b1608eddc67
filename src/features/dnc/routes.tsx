import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const dncRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Do not contact" /> }];
