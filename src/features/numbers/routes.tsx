import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const numberRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Numbers" /> }];
