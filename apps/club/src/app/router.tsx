import { createBrowserRouter, RouterProvider } from 'react-router';
import { env } from '@/config/env';
import { ComingSoonRoute } from './routes/coming-soon';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';

const router = createBrowserRouter(
  [
    { path: '/:slug', element: <LandingRoute /> },
    { path: '/:slug/join', element: <ComingSoonRoute /> },
    { path: '/:slug/login', element: <ComingSoonRoute /> },
    { path: '*', element: <NotFoundRoute /> },
  ],
  { basename: env.basename },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
