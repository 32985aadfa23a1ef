import type { EmailMessages } from './email-messages.js';

// Written with the zero-width non-joiner (U+200C) where Persian wants it: «می‌کند»، «تازه‌ای».
export const fa: EmailMessages = {
  matchSubject: 'چالش تازه‌ای متناسب با استارتاپ شما: {title}',
  digestSubject: {
    one: 'یک چالش تازه متناسب با استارتاپ شما',
    other: '{count} چالش تازه متناسب با استارتاپ شما',
  },
  greeting: 'سلام تیم {name}،',
  matchIntro:
    'یک چالش شهری پیدا کردیم که با نمایهٔ استارتاپ شما جور درمی‌آید. جزئیات آن و دلیل این پیشنهاد را در ادامه می‌بینید.',
  digestIntro: 'چالش‌هایی که در {day} با استارتاپ شما تطابق داشتند:',
  labels: {
    challenge: 'چالش',
    organisation: 'برگزارکننده',
    location: 'مکان',
    deadline: 'مهلت ارسال',
    score: 'میزان تطابق',
    rank: 'جایگاه شما در فهرست منتخب',
  },
  location: '{city}، {country}',
  noDeadline: 'مهلتی تعیین نشده است',
  reasonsHeading: 'چرا این چالش را برای شما فرستادیم',
  reasons: {
    exact: 'برچسب «{yourTag}» شما دقیقاً با حوزهٔ «{sector}» در این چالش یکی است.',
    parent:
      'برچسب «{yourTag}» شما حوزه‌ای گسترده‌تر است که حوزهٔ «{sector}» این چالش را هم در بر می‌گیرد.',
    child: 'برچسب «{yourTag}» شما یکی از زیرشاخه‌های حوزهٔ «{sector}» در این چالش است.',
    sibling: 'برچسب «{yourTag}» شما با حوزهٔ «{sector}» در این چالش پیوند نزدیکی دارد.',
    free: 'برچسب «{yourTag}» شما با کلیدواژهٔ «{challengeTag}» در این چالش یکسان است.',
    city: 'استارتاپ شما در همان شهری است که این چالش در آن مطرح شده: {city}.',
    country: 'استارتاپ شما در همان کشوری فعالیت می‌کند که این چالش در آن مطرح شده: {country}.',
    language: 'تیم شما به زبانی کار می‌کند که این چالش به آن نوشته شده: {language}.',
  },
  viewChallenge: 'مشاهدهٔ چالش',
  footer:
    'این ایمیل را دریافت کرده‌اید چون نمایهٔ استارتاپ شما در CityMatch با یک چالش شهری تطابق داشته است.',
  unsubscribeLead: 'دیگر نمی‌خواهید این ایمیل‌ها را دریافت کنید؟',
  unsubscribe: 'لغو اشتراک با یک کلیک',
};
