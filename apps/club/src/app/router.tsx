import { createBrowserRouter, RouterProvider } from 'react-router';
import { ClubLayout } from '@/components/layouts/club-layout';
import { env } from '@/config/env';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';
import { RequireMember } from './routes/require-member';
import { SignInRoute } from './routes/sign-in';
import { PanelLayout, panelRoutes } from './routes/panel/routes';
import { storeRoutes } from './routes/store/routes';

const router = createBrowserRouter(
  [
    {
      path: '/:slug',
      element: <ClubLayout />,
      children: [
        { index: true, element: <LandingRoute /> },
        { path: 'login', element: <SignInRoute mode="login" /> },
        { path: 'join', element: <SignInRoute mode="join" /> },
        ...storeRoutes,
        {
          element: <RequireMember />,
          children: [{ path: 'me', element: <PanelLayout />, children: panelRoutes }],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
    { path: '*', element: <NotFoundRoute /> },
  ],
  { basename: env.basename },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
