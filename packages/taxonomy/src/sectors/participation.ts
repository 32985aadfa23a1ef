import { area, child, type SectorDef } from '../sector-types.js';

const participation = area(
  'participation',
  'tight',
  {
    en: 'Citizen participation',
    tr: 'Vatandaş katılımı',
    fa: 'مشارکت شهروندی',
    ar: 'مشاركة المواطنين',
  },
  {
    en: 'citizen participation | citizen engagement | civic engagement | public participation | community engagement | community participation | participatory governance | participatory budgeting | e-participation | eparticipation | public consultation | citizen consultation | co-creation | participatory planning | open government | transparency | accountability | e-voting | citizen science | crowdsourcing | volunteering | neighborhood engagement | surveys | public opinion survey | opinion polls | town hall meetings | town halls | public hearings | public hearing | neighbourhood councils | neighborhood councils | hackathon | hackathons | living lab | living labs | gamification | civic gamification | citizen voice | voice of citizens | e-petitions | petitions | petition',
    tr: 'vatandaş katılımı | katılımcı belediyecilik | katılımcılık | katılımcı yönetim | halk katılımı | toplumsal katılım | kent konseyi | katılımcı bütçe | katılımcı bütçeleme | e-katılım | halk oylaması | kamuoyu yoklaması | birlikte üretim | açık yönetim | şeffaflık | hesap verebilirlik | gönüllülük | mahalle katılımı | yurttaş katılımı | anket | anketler | halk anketi | muhtarlık | muhtarlıklar | halk toplantıları | yaşayan laboratuvar | vatandaşın sesi',
    fa: 'مشارکت شهروندی | مشارکت شهروندان | مشارکت مردمی | مشارکت مردم | مشارکت اجتماعی | حکمرانی مشارکتی | بودجه مشارکتی | بودجه‌ریزی مشارکتی | مشارکت الکترونیک | نظرسنجی | نظرسنجی شهروندی | شهروند محوری | شفافیت | پاسخگویی | داوطلبی | داوطلبان | شورایاری | شورایاری ها | مدیریت محله | محله محوری | برنامه ریزی مشارکتی | شورای محله | شوراهای محلات | نظرخواهی | همه‌پرسی | هکاتون | آزمایشگاه زنده | صدای شهروندان | صدای مردم | مشارکت عمومی | مشارکت همگانی',
    ar: 'مشاركة المواطنين | المشاركة المجتمعية | المشاركة المدنية | المشاركة العامة | إشراك المواطنين | إشراك المجتمع | الحوكمة التشاركية | الموازنة التشاركية | المشاركة الإلكترونية | الاستشارة العامة | استطلاعات الرأي | الحكومة المفتوحة | الشفافية | المساءلة | التطوع | العمل التطوعي | التخطيط التشاركي | استبيان | الاستبيانات | استطلاع الرأي | المجالس المحلية | جلسات الاستماع | هاكاثون | صوت المواطن | صوت المواطنين | مشاركة السكان | مشاركة الأهالي | مشاركة المجتمع',
  },
);

export const PARTICIPATION_SECTORS: SectorDef[] = [
  participation,
  child(
    participation,
    'feedback',
    {
      en: 'Citizen feedback & requests',
      tr: 'Vatandaş talep ve şikayetleri',
      fa: 'رسیدگی به درخواست‌ها و شکایات شهروندان',
      ar: 'ملاحظات المواطنين وطلباتهم',
    },
    {
      en: 'citizen feedback | complaints management | complaint management | citizen requests | service requests | 311 | citizen reporting | issue reporting | citizen relationship management | CRM | contact center | call center | citizen satisfaction | feedback platform | suggestion box | suggestions and complaints | report a problem | problem reporting | fix my street | hotline | citizen hotline | customer service | customer service centre | contact centre | citizen complaints | complaints | complaint handling | resident complaints',
      tr: 'vatandaş geri bildirimi | şikayet yönetimi | şikayet ve öneri | talep yönetimi | vatandaş talepleri | beyaz masa | çözüm merkezi | alo 153 | çağrı merkezi | iletişim merkezi | vatandaş memnuniyeti | geri bildirim platformu | vatandaş ilişkileri yönetimi | öneri ve şikayet | istek ve şikayet | şikayet hattı | dilekçe | e-dilekçe | CİMER | şikayet | şikayetler | vatandaş şikayetleri | şikayet bildirimi',
      fa: 'سامانه 137 | سامانه ۱۳۷ | رسیدگی به شکایات | مدیریت شکایات | شکایات شهروندان | درخواست‌های شهروندی | ثبت درخواست | گزارش مردمی | ارتباط مردمی | ارتباط با شهروندان | مرکز تماس | رضایت شهروندان | بازخورد شهروندان | مدیریت ارتباط با شهروندان | پیشنهادات و انتقادات | انتقادات و پیشنهادات | صندوق پیشنهادات | شکایت | ثبت شکایت | شکایات | شکایات مردمی',
      ar: 'ملاحظات المواطنين | إدارة الشكاوى | الشكاوى | طلبات المواطنين | طلبات الخدمة | بلاغات المواطنين | مركز الاتصال | مركز الاتصال الموحد | رضا المواطنين | إدارة علاقات المواطنين | منصة الملاحظات | التغذية الراجعة | المقترحات والشكاوى | صندوق المقترحات | الخط الساخن | آراء المواطنين | آراء السكان | البلاغات | بلاغات | تطبيق البلاغات | شكاوى المواطنين | الشكاوى والبلاغات',
    },
  ),
];
