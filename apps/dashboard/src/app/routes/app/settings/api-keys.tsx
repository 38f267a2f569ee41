import { ApiKeysList } from '@/features/api-keys/components/api-keys-list';

export function ApiKeysRoute() {
  return <ApiKeysList />;
}
