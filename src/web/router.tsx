import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { HomePage } from './pages/home-page';

const rootRoute = createRootRoute({ component: AppLayout });

// Every page of the app, listed here and nowhere else.
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

export const router = createRouter({ routeTree: rootRoute.addChildren([homeRoute]) });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
