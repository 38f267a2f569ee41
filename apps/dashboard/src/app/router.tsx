import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, useSearchParams } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';
import { AcceptInviteRoute } from './routes/auth/accept-invite';
import { LoginRoute } from './routes/auth/login';
import { SignupRoute } from './routes/auth/signup';
import { ComingSoonRoute } from './routes/app/coming-soon';
import { ContactRoute } from './routes/app/contacts/detail';
import { ContactsImportRoute } from './routes/app/contacts/import';
import { ContactsRoute } from './routes/app/contacts/list';
import { TasksRoute } from './routes/app/tasks';
import { MessagingLayout } from './routes/app/messaging/layout';
import { OutboxRoute } from './routes/app/messaging/outbox';
import { MessagingSettingsRoute } from './routes/app/messaging/settings';
import { SuppressionsRoute } from './routes/app/messaging/suppressions';
import { EditTemplateRoute, NewTemplateRoute } from './routes/app/messaging/template-editor';
import { TemplatesRoute } from './routes/app/messaging/templates';
import { HomeRoute } from './routes/app/home';
import { CatalogLayout } from './routes/app/catalog/layout';
import { CategoriesRoute, CouponsRoute, NewProductRoute, PriceCheckRoute, PriceListsRoute, ProductRoute, ProductsRoute } from './routes/app/catalog/routes';
import { InventoryLayout } from './routes/app/inventory/layout';
import { SalesLayout } from './routes/app/sales/layout';
import {
  InvoicePrintRoute, InvoiceRoute, InvoicesRoute, NewProformaRoute, PipelineRoute, ProformaRoute, ProformasRoute, SalesPerformanceRoute,
} from './routes/app/sales/routes';
import { StockLevelsRoute, StockMovementsRoute, WarehousesRoute } from './routes/app/inventory/routes';
import { ProfileRoute } from './routes/app/profile';
import { TicketRoute, TicketSettingsRoute, TicketsInboxRoute } from './routes/app/tickets/routes';
import { AutomationLayout } from './routes/app/automation/layout';
import { CallsToMakeRoute, FollowUpPlansRoute, JobHistoryRoute, UpcomingDatesRoute } from './routes/app/automation/routes';
import { ClubLayout } from './routes/app/club/layout';
import { ClubLoyaltyRoute, ClubMembersRoute, ClubNewsRoute, ClubRewardsRoute, ClubSettingsRoute, ClubTiersRoute } from './routes/app/club/routes';
import { NotFoundRoute } from './routes/not-found';
import { ApiKeysRoute } from './routes/app/settings/api-keys';
import { CustomFieldsRoute } from './routes/app/settings/custom-fields';
import { LifecycleRoute } from './routes/app/settings/lifecycle';
import { SettingsLayout } from './routes/app/settings/layout';
import { StaffRoute } from './routes/app/settings/staff';
import { WorkspaceRoute } from './routes/app/settings/workspace';

function FullPageLoader() {
  return (
    <Center h="100vh" data-testid="page-loader">
      <Loader />
    </Center>
  );
}

function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'anonymous') {
    const redirect = location.pathname === paths.home ? '' : `?redirect=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`${paths.login}${redirect}`} replace />;
  }
  return <AppLayout />;
}

/** Signed-in users do not need the login / sign-up pages. */
function GuestOnly() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'authenticated') {
    const redirect = params.get('redirect');
    const safe = redirect && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : paths.home;
    return <Navigate to={safe} replace />;
  }
  return <Outlet />;
}

const modules = [
  { path: paths.segments, titleKey: 'nav.segments' },
  { path: paths.campaigns, titleKey: 'nav.campaigns' },
  { path: paths.metrics, titleKey: 'nav.metrics' },
] as const;

export function AppRouter() {
  const router = useMemo(
    () =>
      createBrowserRouter([
        {
          element: <AuthLayout />,
          children: [
            {
              element: <GuestOnly />,
              children: [
                { path: paths.signup, element: <SignupRoute /> },
                { path: paths.login, element: <LoginRoute /> },
              ],
            },
            { path: paths.acceptInvite, element: <AcceptInviteRoute /> },
          ],
        },
        {
          path: paths.home,
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomeRoute /> },
            { path: paths.contacts, element: <ContactsRoute /> },
            { path: paths.contactsImport, element: <ContactsImportRoute /> },
            { path: `${paths.contacts}/:id`, element: <ContactRoute /> },
            { path: paths.tasks, element: <TasksRoute /> },
            { path: paths.profile, element: <ProfileRoute /> },
            {
              path: paths.messages,
              element: <MessagingLayout />,
              children: [
                { index: true, element: <OutboxRoute /> },
                { path: paths.messageTemplates, element: <TemplatesRoute /> },
                { path: paths.messageTemplateNew, element: <NewTemplateRoute /> },
                { path: `${paths.messageTemplates}/:id`, element: <EditTemplateRoute /> },
                { path: paths.messageSuppressions, element: <SuppressionsRoute /> },
                { path: paths.messagingSettings, element: <MessagingSettingsRoute /> },
              ],
            },
            {
              path: paths.catalog,
              element: <CatalogLayout />,
              children: [
                { path: paths.products, element: <ProductsRoute /> },
                { path: paths.productNew, element: <NewProductRoute /> },
                { path: `${paths.products}/:id`, element: <ProductRoute /> },
                { path: paths.categories, element: <CategoriesRoute /> },
                { path: paths.priceLists, element: <PriceListsRoute /> },
                { path: paths.coupons, element: <CouponsRoute /> },
                { path: paths.priceCheck, element: <PriceCheckRoute /> },
              ],
            },
            {
              path: paths.inventory,
              element: <InventoryLayout />,
              children: [
                { index: true, element: <StockLevelsRoute /> },
                { path: paths.stockMovements, element: <StockMovementsRoute /> },
                { path: paths.warehouses, element: <WarehousesRoute /> },
              ],
            },
            // The printable invoice has no section header or tabs around it.
            { path: `${paths.invoices}/:id/print`, element: <InvoicePrintRoute /> },
            {
              path: paths.sales,
              element: <SalesLayout />,
              children: [
                { index: true, element: <Navigate to={paths.proformas} replace /> },
                { path: paths.proformas, element: <ProformasRoute /> },
                { path: paths.proformaNew, element: <NewProformaRoute /> },
                { path: `${paths.proformas}/:id`, element: <ProformaRoute /> },
                { path: paths.invoices, element: <InvoicesRoute /> },
                { path: `${paths.invoices}/:id`, element: <InvoiceRoute /> },
                { path: paths.pipeline, element: <PipelineRoute /> },
                { path: paths.salesPerformance, element: <SalesPerformanceRoute /> },
              ],
            },
            { path: paths.tickets, element: <TicketsInboxRoute /> },
            { path: paths.ticketSettings, element: <TicketSettingsRoute /> },
            { path: `${paths.tickets}/:id`, element: <TicketRoute /> },
            {
              path: paths.automation,
              element: <AutomationLayout />,
              children: [
                { index: true, element: <CallsToMakeRoute /> },
                { path: paths.automationPlans, element: <FollowUpPlansRoute /> },
                { path: paths.automationDates, element: <UpcomingDatesRoute /> },
                { path: paths.automationJobs, element: <JobHistoryRoute /> },
              ],
            },
            {
              path: paths.customerClub,
              element: <ClubLayout />,
              children: [
                { index: true, element: <Navigate to={paths.clubMembers} replace /> },
                { path: paths.clubMembers, element: <ClubMembersRoute /> },
                { path: paths.clubLoyalty, element: <ClubLoyaltyRoute /> },
                { path: paths.clubTiers, element: <ClubTiersRoute /> },
                { path: paths.clubRewards, element: <ClubRewardsRoute /> },
                { path: paths.clubNews, element: <ClubNewsRoute /> },
                { path: paths.clubSettings, element: <ClubSettingsRoute /> },
              ],
            },
            ...modules.map((m) => ({ path: m.path, element: <ComingSoonRoute titleKey={m.titleKey} /> })),
            {
              path: paths.settings,
              element: <SettingsLayout />,
              children: [
                { index: true, element: <Navigate to={paths.settingsStaff} replace /> },
                { path: paths.settingsStaff, element: <StaffRoute /> },
                { path: paths.settingsApiKeys, element: <ApiKeysRoute /> },
                { path: paths.settingsWorkspace, element: <WorkspaceRoute /> },
                { path: paths.settingsCustomFields, element: <CustomFieldsRoute /> },
                { path: paths.settingsLifecycle, element: <LifecycleRoute /> },
              ],
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ]),
    [],
  );
  return <RouterProvider router={router} />;
}
