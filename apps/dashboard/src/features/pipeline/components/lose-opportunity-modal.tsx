import { useTranslation } from 'react-i18next';
import { ReasonModal } from '@/features/sales/components/reason-modal';
import { useLoseOpportunity } from '../api/lose-opportunity';

/** Lost needs a reason (price, competitor, timing…): without one the field says so. */
export function LoseOpportunityModal({ opportunityId, onClose }: { opportunityId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lose = useLoseOpportunity();
  return (
    <ReasonModal
      opened={!!opportunityId}
      onClose={onClose}
      title={t('pipeline.lose.title')}
      label={t('pipeline.lose.reason')}
      submitLabel={t('pipeline.lose.submit')}
      pending={lose.isPending}
      testId="lose-form"
      onSubmit={(reason) => lose.mutateAsync({ id: opportunityId!, input: { reason } })}
    />
  );
}
