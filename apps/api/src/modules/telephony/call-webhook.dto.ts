import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, Min } from 'class-validator';

/** What a PBX (Asterisk/Issabel dialplan or an AMI bridge) posts on each call event. */
export class CallWebhookDto {
  @IsIn(['ringing', 'answered', 'hangup']) event: 'ringing' | 'answered' | 'hangup';
  @IsString() @Length(1, 200) callId: string;
  @IsString() @Length(1, 40) from: string;
  @IsOptional() @IsString() @Length(1, 40) to?: string;
  @IsIn(['in', 'out']) direction: 'in' | 'out';
  @IsOptional() @Matches(/^[0-9*#]{1,10}$/, { message: 'extension must be 1–10 digits' }) extension?: string;
  @IsOptional() @IsInt() @Min(0) @Max(86_400) durationSeconds?: number;
  @IsOptional() @IsUrl({ require_tld: false }) recordingUrl?: string;
}
