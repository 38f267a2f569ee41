import { searchKey } from '@peyvand/text';

/** Target fields of `importContacts` mapping (besides `custom.<key>`). */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'mobile',
  'phone',
  'email',
  'city',
  'province',
  'address',
  'tags',
  'birthDate',
  'gender',
  'notes',
] as const;

/** Value meaning "do not import this column". */
export const SKIP = '';

// Header spellings (Persian and English), compared after searchKey() normalisation
// (Arabic ی/ک folded, ZWNJ → space, lower case, punctuation removed).
const SYNONYMS: Record<(typeof IMPORT_FIELDS)[number], string[]> = {
  firstName: ['نام', 'اسم', 'نام کوچک', 'first name', 'firstname', 'first', 'given name', 'name'],
  lastName: ['نام خانوادگی', 'فامیل', 'فامیلی', 'نام فامیل', 'last name', 'lastname', 'surname', 'family name', 'family'],
  mobile: ['موبایل', 'شماره موبایل', 'تلفن همراه', 'همراه', 'شماره همراه', 'mobile', 'mobile number', 'cell', 'cellphone', 'cell phone'],
  phone: ['تلفن', 'تلفن ثابت', 'شماره تلفن', 'تلفن منزل', 'تلفن محل کار', 'phone', 'telephone', 'tel', 'phone number', 'landline'],
  email: ['ایمیل', 'پست الکترونیک', 'رایانامه', 'email', 'e mail', 'mail', 'email address'],
  city: ['شهر', 'city', 'town'],
  province: ['استان', 'province', 'state', 'region'],
  address: ['آدرس', 'نشانی', 'address', 'street'],
  tags: ['برچسب', 'برچسب ها', 'تگ', 'تگ ها', 'tags', 'tag', 'labels'],
  birthDate: ['تاریخ تولد', 'تولد', 'birth date', 'birthdate', 'birthday', 'date of birth', 'dob'],
  gender: ['جنسیت', 'جنس', 'gender', 'sex'],
  notes: ['یادداشت', 'توضیحات', 'توضیح', 'notes', 'note', 'comments', 'description'],
};

const INDEX = new Map<string, string>();
for (const [field, words] of Object.entries(SYNONYMS)) for (const w of words) INDEX.set(searchKey(w), field);

/** Best guess for each header; every target is used at most once (first column wins). */
export function guessMapping(headers: string[], customKeys: { key: string; label: string }[] = []): Record<string, string> {
  const custom = new Map<string, string>();
  for (const { key, label } of customKeys) {
    custom.set(searchKey(key), `custom.${key}`);
    custom.set(searchKey(label), `custom.${key}`);
  }
  const used = new Set<string>();
  const out: Record<string, string> = {};
  for (const header of headers) {
    const key = searchKey(header);
    const guess = INDEX.get(key) ?? custom.get(key) ?? SKIP;
    if (guess && !used.has(guess)) {
      out[header] = guess;
      used.add(guess);
    } else out[header] = SKIP;
  }
  return out;
}
