import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const textRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Texts" /> }];
