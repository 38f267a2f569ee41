import { Anchor, Grid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { usePermission } from '@/lib/authorization';
import { useContact } from '../api/get-contact';
import { ContactOrders } from '@/features/sales/components/contact-orders';
import { ContactClub } from './contact-club';
import { ContactHeader } from './contact-header';
import { ContactMessages } from './contact-messages';
import { ContactOrganizations } from './contact-organizations';
import { ContactProfile } from './contact-profile';
import { ContactTasks } from './contact-tasks';
import { ContactTimeline } from './contact-timeline';
import { ImportantDates } from './important-dates';
import { PossibleDuplicates } from './possible-duplicates';
import { RelatedPeople } from './related-people';
import { StageHistory } from './stage-history';

/** The contact's "360" page: everything about one person. */
export function Contact360({ id }: { id: string }) {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const contact = useContact(id);

  return (
    <div data-testid="contact-360">
      <Anchor component={Link} to={paths.contacts} size="sm" mb="sm" display="inline-block">
        {t('contacts.backToList')}
      </Anchor>
      {contact.isError && <ErrorAlert error={contact.error} />}
      {contact.isPending && <Skeleton h={160} radius="lg" />}
      {contact.data && (
        <>
          <ContactHeader contact={contact.data} canWrite={canWrite} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <ContactTimeline contactId={id} canWrite={canWrite} />
                <ContactMessages contact={contact.data} />
                <ContactTasks contactId={id} canWrite={canWrite} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <PossibleDuplicates contact={contact.data} canWrite={canWrite} />
                <ContactProfile contact={contact.data} />
                <ContactOrders contactId={id} />
                <ContactClub contactId={id} />
                <ImportantDates contact={contact.data} canWrite={canWrite} />
                <RelatedPeople contact={contact.data} canWrite={canWrite} />
                <ContactOrganizations contact={contact.data} canWrite={canWrite} />
                <StageHistory contact={contact.data} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </div>
  );
}
