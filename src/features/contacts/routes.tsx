import type { RouteObject } from 'react-router';
import { AreaNotBuilt } from '../../components/AreaNotBuilt';

export const contactRoutes: RouteObject[] = [{ index: true, element: <AreaNotBuilt title="Contacts" /> }];
