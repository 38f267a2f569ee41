import { MailMessage } from '../../core/mail/mailer.service';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The invitation email, in the workspace's language. */
export function invitationEmail(args: { to: string; workspace: WorkspaceEntity; link: string; locale: 'fa' | 'en' }): MailMessage {
  const name = args.workspace.name;
  if (args.locale === 'fa') {
    return {
      to: args.to,
      subject: `دعوت به ${name} در پیوند`,
      text: `شما به تیم «${name}» در پیوند دعوت شده‌اید.\nبرای پذیرفتن دعوت این پیوند را باز کنید:\n${args.link}`,
      html: `<div dir="rtl" style="font-family:Vazirmatn,Tahoma,sans-serif"><p>شما به تیم «${escapeHtml(name)}» در پیوند دعوت شده‌اید.</p><p><a href="${escapeHtml(args.link)}">پذیرفتن دعوت</a></p></div>`,
    };
  }
  return {
    to: args.to,
    subject: `You are invited to ${name} on Peyvand`,
    text: `You have been invited to join the "${name}" team on Peyvand.\nOpen this link to accept:\n${args.link}`,
    html: `<p>You have been invited to join the "${escapeHtml(name)}" team on Peyvand.</p><p><a href="${escapeHtml(args.link)}">Accept the invitation</a></p>`,
  };
}
