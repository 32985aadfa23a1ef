import type { EmailMessages } from './email-messages.js';

// Arabic has six plural categories; a digest never has zero entries, so `zero` is not needed.
export const ar: EmailMessages = {
  matchSubject: 'تحدٍّ جديد يناسب شركتك الناشئة: {title}',
  digestSubject: {
    one: 'تحدٍّ جديد يناسب شركتك الناشئة',
    two: 'تحدّيان جديدان يناسبان شركتك الناشئة',
    few: '{count} تحديات جديدة تناسب شركتك الناشئة',
    many: '{count} تحديًا جديدًا يناسب شركتك الناشئة',
    other: '{count} تحدٍّ جديد يناسب شركتك الناشئة',
  },
  greeting: 'مرحبًا فريق {name}،',
  matchIntro:
    'وجدنا تحديًا من تحديات المدن يتوافق مع ملف شركتك الناشئة. إليك تفاصيله وأسباب ترشيحك له.',
  digestIntro: 'التحديات التي توافقت مع شركتك الناشئة بتاريخ {day}:',
  labels: {
    challenge: 'التحدي',
    organisation: 'الجهة المنظِّمة',
    location: 'الموقع',
    deadline: 'آخر موعد للتقديم',
    score: 'نسبة التوافق',
    rank: 'ترتيبك في القائمة المختصرة',
  },
  location: '{city}، {country}',
  noDeadline: 'لم يُحدَّد موعد نهائي',
  reasonsHeading: 'لماذا رشّحناك',
  reasons: {
    exact: 'وسمك «{yourTag}» يطابق تمامًا قطاع «{sector}» في هذا التحدي.',
    parent: 'وسمك «{yourTag}» مجال أوسع يشمل قطاع «{sector}» الذي يندرج تحته هذا التحدي.',
    child: 'وسمك «{yourTag}» تخصّص ضمن قطاع «{sector}» الذي يتناوله هذا التحدي.',
    sibling: 'وسمك «{yourTag}» وثيق الصلة بقطاع «{sector}» في هذا التحدي.',
    free: 'وسمك «{yourTag}» يطابق الكلمة المفتاحية «{challengeTag}» في هذا التحدي.',
    city: 'شركتك في المدينة نفسها التي طُرح فيها التحدي: {city}.',
    country: 'شركتك تعمل في البلد نفسه الذي طُرح فيه التحدي: {country}.',
    language: 'فريقك يعمل باللغة التي كُتب بها التحدي: {language}.',
  },
  viewChallenge: 'عرض التحدي',
  footer: 'وصلتك هذه الرسالة لأن ملف شركتك الناشئة على CityMatch توافق مع أحد تحديات المدن.',
  unsubscribeLead: 'لا ترغب في تلقي هذه الرسائل بعد الآن؟',
  unsubscribe: 'إلغاء الاشتراك بنقرة واحدة',
};
