import { notifications } from '@mantine/notifications';
import { errorCode } from '@peyvand/web';
import { i18n } from './i18n';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}

export function notifyError(error: unknown) {
  notifications.show({ color: 'red', title: i18n.t('errors.title'), message: i18n.t(`errors.${errorCode(error)}`) });
}
