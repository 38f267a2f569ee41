import { toPersianDigits } from '@peyvand/text';

export type ClubLanguage = 'fa' | 'en';

/**
 * The SMS the club sends, in Persian and English. The code stays in Latin digits in both (phones offer to paste a
 * Latin-digit code from an SMS; Persian digits are not recognised by every keyboard's autofill).
 */
export const clubTexts = {
  code(language: ClubLanguage, clubName: string, code: string, minutes: number): string {
    return language === 'en'
      ? `${clubName} club: your code is ${code}. It expires in ${minutes} minutes. Do not share it with anyone.`
      : `کد ورود شما به باشگاه ${clubName}: ${code}\nاین کد تا ${toPersianDigits(String(minutes))} دقیقه معتبر است. آن را به کسی ندهید.`;
  },
  welcome(language: ClubLanguage, clubName: string, firstName: string, url: string): string {
    return language === 'en'
      ? `Dear ${firstName}, thank you for your purchase. You are now a member of the ${clubName} club: ${url}`
      : `${firstName} عزیز، از خرید شما سپاسگزاریم. شما اکنون عضو باشگاه مشتریان ${clubName} هستید: ${url}`;
  },
};
