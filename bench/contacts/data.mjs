// Realistic Persian names, places and tags for the contacts benchmark (see run.mjs).
// Lists are ordered roughly by popularity; the generator draws from them with a skew towards the front.

/** [Persian, Latin transliteration for e-mail addresses] */
export const FEMALE = [
  ['زهرا', 'zahra'], ['فاطمه', 'fatemeh'], ['مریم', 'maryam'], ['سارا', 'sara'], ['معصومه', 'masoumeh'], ['زینب', 'zeinab'],
  ['نرگس', 'narges'], ['مهسا', 'mahsa'], ['الهام', 'elham'], ['سمیه', 'somayeh'], ['فرشته', 'fereshteh'], ['لیلا', 'leila'],
  ['نازنین', 'nazanin'], ['مهناز', 'mahnaz'], ['نسرین', 'nasrin'], ['آزاده', 'azadeh'], ['شیما', 'shima'], ['نگار', 'negar'],
  ['پریسا', 'parisa'], ['سحر', 'sahar'], ['مینا', 'mina'], ['طاهره', 'tahereh'], ['اعظم', 'azam'], ['رویا', 'roya'],
  ['هانیه', 'hanieh'], ['کوثر', 'kowsar'], ['یاسمن', 'yasaman'], ['ستاره', 'setareh'], ['بهاره', 'bahareh'], ['آیدا', 'aida'],
  ['مهدیه', 'mahdieh'], ['حدیث', 'hadis'], ['ریحانه', 'reyhaneh'], ['فریبا', 'fariba'], ['پروانه', 'parvaneh'], ['شهلا', 'shahla'],
  ['ژیلا', 'zhila'], ['نیلوفر', 'niloufar'], ['محدثه', 'mohaddeseh'], ['عاطفه', 'atefeh'],
];
export const MALE = [
  ['محمد', 'mohammad'], ['علی', 'ali'], ['حسین', 'hossein'], ['رضا', 'reza'], ['مهدی', 'mahdi'], ['امیر', 'amir'],
  ['حسن', 'hasan'], ['محمدرضا', 'mohammadreza'], ['ابوالفضل', 'abolfazl'], ['سعید', 'saeed'], ['مصطفی', 'mostafa'], ['جواد', 'javad'],
  ['مجید', 'majid'], ['امیرحسین', 'amirhossein'], ['علیرضا', 'alireza'], ['احمد', 'ahmad'], ['حمید', 'hamid'], ['محسن', 'mohsen'],
  ['عباس', 'abbas'], ['مرتضی', 'morteza'], ['یوسف', 'yousef'], ['سجاد', 'sajad'], ['میلاد', 'milad'], ['بهروز', 'behrouz'],
  ['کامران', 'kamran'], ['فرهاد', 'farhad'], ['بهزاد', 'behzad'], ['پویا', 'pouya'], ['آرش', 'arash'], ['کیان', 'kian'],
  ['داریوش', 'daryoush'], ['هادی', 'hadi'], ['وحید', 'vahid'], ['یاسر', 'yaser'], ['اکبر', 'akbar'], ['مسعود', 'masoud'],
  ['ناصر', 'naser'], ['پارسا', 'parsa'], ['سینا', 'sina'], ['نیما', 'nima'],
];
export const LAST = [
  ['احمدی', 'ahmadi'], ['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['رضایی', 'rezaei'], ['کریمی', 'karimi'], ['موسوی', 'mousavi'],
  ['جعفری', 'jafari'], ['رحیمی', 'rahimi'], ['هاشمی', 'hashemi'], ['صادقی', 'sadeghi'], ['قاسمی', 'ghasemi'], ['ابراهیمی', 'ebrahimi'],
  ['حیدری', 'heidari'], ['مرادی', 'moradi'], ['نوری', 'nouri'], ['کاظمی', 'kazemi'], ['اکبری', 'akbari'], ['عباسی', 'abbasi'],
  ['سلیمانی', 'soleimani'], ['طاهری', 'taheri'], ['نجفی', 'najafi'], ['قربانی', 'ghorbani'], ['زارعی', 'zarei'], ['یوسفی', 'yousefi'],
  ['بابایی', 'babaei'], ['شریفی', 'sharifi'], ['امیری', 'amiri'], ['خسروی', 'khosravi'], ['فرهادی', 'farhadi'], ['مختاری', 'mokhtari'],
  ['صالحی', 'salehi'], ['اسدی', 'asadi'], ['عزیزی', 'azizi'], ['کرمی', 'karami'], ['ملکی', 'maleki'], ['شجاعی', 'shojaei'],
  ['نظری', 'nazari'], ['جلالی', 'jalali'], ['خلیلی', 'khalili'], ['فتحی', 'fathi'], ['بهرامی', 'bahrami'], ['توکلی', 'tavakoli'],
  ['میرزایی', 'mirzaei'], ['دهقان', 'dehghan'], ['پورمحمدی', 'pourmohammadi'], ['اصفهانی', 'esfahani'], ['شیرازی', 'shirazi'], ['تهرانی', 'tehrani'],
  ['کرمانی', 'kermani'], ['یزدانی', 'yazdani'], ['رستمی', 'rostami'], ['نادری', 'naderi'], ['فلاحی', 'fallahi'], ['باقری', 'bagheri'],
  ['سبحانی', 'sobhani'], ['انصاری', 'ansari'], ['منصوری', 'mansouri'], ['ثابتی', 'sabeti'], ['وکیلی', 'vakili'], ['زمانی', 'zamani'],
];
export const PLACES = [
  ['تهران', 'تهران'], ['تهران', 'شهریار'], ['اصفهان', 'اصفهان'], ['خراسان رضوی', 'مشهد'], ['فارس', 'شیراز'], ['آذربایجان شرقی', 'تبریز'],
  ['البرز', 'کرج'], ['قم', 'قم'], ['خوزستان', 'اهواز'], ['کرمانشاه', 'کرمانشاه'], ['گیلان', 'رشت'], ['مازندران', 'ساری'],
  ['یزد', 'یزد'], ['کرمان', 'کرمان'], ['همدان', 'همدان'], ['هرمزگان', 'بندرعباس'],
];
export const TAGS = ['مشتری-وفادار', 'vip', 'عمده‌فروش', 'نمایشگاه-۱۴۰۲', 'اینستاگرام', 'معرفی-دوستان', 'همکار', 'باشگاه-طلایی', 'خبرنامه', 'تخفیف-نوروز'];
export const DOMAINS = ['gmail.com', 'yahoo.com', 'chmail.ir', 'outlook.com', 'mail.ir'];
/** Mobile prefixes (3 digits after the trunk 0) used for the generated contacts; the import file uses IMPORT_PREFIXES. */
export const PREFIXES = ['912', '935', '901', '919', '936', '937', '938', '939', '910', '911', '913', '914', '915', '916', '917', '918'];
export const IMPORT_PREFIXES = ['990', '991', '992', '993', '994', '998', '999', '921'];
export const TIMELINE = [
  ['CALL', 'IN', 'تماس ورودی — پیگیری سفارش'], ['CALL', 'OUT', 'تماس خروجی — یادآوری تمدید'], ['SMS', 'OUT', 'پیامک تبریک تولد ارسال شد'],
  ['SMS', 'OUT', 'پیامک کد تخفیف نوروزی'], ['EMAIL', 'OUT', 'ایمیل خبرنامه ماهانه'], ['NOTE', 'NONE', 'یادداشت: مشتری رنگ آبی را ترجیح می‌دهد'],
  ['MEETING', 'NONE', 'جلسه معرفی محصولات جدید'], ['VISIT', 'IN', 'مراجعه حضوری به فروشگاه'], ['ORDER', 'NONE', 'سفارش ثبت شد'],
  ['CAMPAIGN', 'OUT', 'کمپین جشنواره پاییزه'], ['WEB_FORM', 'IN', 'فرم تماس با ما تکمیل شد'], ['TICKET', 'IN', 'درخواست پشتیبانی'],
];
