export { EmailChannel } from './email.channel';
export { SmsChannel } from './sms.channel';
export { KavenegarSmsProvider } from './kavenegar.provider';
export type { KavenegarOptions } from './kavenegar.provider';
export { HttpGatewaySmsProvider, parseGatewayConfig } from './http-gateway.provider';
export type { GatewayCredentials, HttpGatewayConfig } from './http-gateway.provider';
export { PermanentDeliveryError, numericLocalId } from './sms-provider';
export type { OutgoingMessage, OutgoingSms, SendResult, SmsProvider } from './sms-provider';
