import { area, child, type SectorDef } from '../sector-types.js';

const economy = area(
  'economy',
  'loose',
  {
    en: 'Local economy & entrepreneurship',
    tr: 'Yerel ekonomi ve girişimcilik',
    fa: 'اقتصاد محلی و کارآفرینی',
    ar: 'الاقتصاد المحلي وريادة الأعمال',
  },
  {
    en: 'local economy | economic development | local economic development | entrepreneurship | startups | startup ecosystem | innovation ecosystem | SMEs | SME | small business | small businesses | employment | jobs | job creation | job matching | labor market | business support | incubators | accelerators | youth unemployment | youth employment | career fair | technopark | technoparks | science park | innovation hub | innovation hubs | coworking | coworking spaces | co-working | knowledge-based companies | cooperatives | co-operatives | cooperative | small and medium enterprises | small and medium-sized enterprises | small and medium sized businesses | employment creation | employment generation | R&D | research and development | research & development | R&D centres | R&D centers | technology transfer office | development agency | regional development agency | innovation district | technology park | tech park | SDG 8',
    tr: 'yerel ekonomi | ekonomik kalkınma | yerel kalkınma | girişimcilik | girişimler | girişim ekosistemi | inovasyon ekosistemi | KOBİ | kobiler | küçük işletmeler | esnaf | istihdam | iş gücü | iş imkanı | iş bulma | işsizlik | kuluçka merkezi | hızlandırıcı | teknopark | kariyer fuarı | istihdam fuarı | teknokent | teknokentler | teknoloji geliştirme bölgesi | inovasyon merkezi | ortak çalışma alanı | ortak çalışma alanları | genç işsizliği | gençlerin istihdamı | kooperatif | kooperatifler | kooperatifçilik | Ar-Ge | ArGe | Ar-Ge merkezi | araştırma geliştirme | araştırma ve geliştirme | TTO | teknoloji transfer ofisi | kalkınma ajansı | girişimci | girişimciler | iş arayanlar | kariyer platformu',
    fa: 'اقتصاد محلی | توسعه اقتصادی | توسعه اقتصاد محلی | کارآفرینی | استارتاپ‌ها | زیست بوم نوآوری | اکوسیستم استارتاپی | کسب و کار | کسب‌وکار | کسب و کارهای کوچک | اشتغال | اشتغالزایی | اشتغال‌زایی | ایجاد اشتغال | کاریابی | بازار کار | بیکاری | مرکز رشد | شتابدهنده | پارک علم و فناوری | کسبه | پارک فناوری | نمایشگاه کار | فضای کار اشتراکی | کوورکینگ | بیکاری جوانان | اشتغال جوانان | شرکت‌های دانش‌بنیان | دانش بنیان | دانش‌بنیان | شرکت دانش بنیان | تعاونی | تعاونی‌ها | شرکت تعاونی | فرصت شغلی | فرصت‌های شغلی | تحقیق و توسعه | پژوهش و توسعه | واحد تحقیق و توسعه | شهرک علمی تحقیقاتی | پارک‌های علم و فناوری | جویندگان کار | کارجویان',
    ar: 'الاقتصاد المحلي | التنمية الاقتصادية | التنمية الاقتصادية المحلية | ريادة الأعمال | الشركات الناشئة | منظومة الابتكار | الشركات الصغيرة والمتوسطة | المشاريع الصغيرة | التوظيف | فرص العمل | خلق فرص العمل | سوق العمل | البطالة | حاضنات الأعمال | مسرعات الأعمال | بطالة الشباب | تشغيل الشباب | مساحات العمل المشتركة | مراكز الابتكار | الشركات القائمة على المعرفة | التعاونيات | الجمعيات التعاونية | الشركات الصغيرة | البحث والتطوير | البحث و التطوير | مراكز البحث والتطوير | ستارت أب | ستارت اب | الستارت أب | واحات العلوم والتكنولوجيا | واحة العلوم والتكنولوجيا | واحات العلوم والتقنية | حدائق العلوم والتكنولوجيا | حديقة العلوم والتكنولوجيا | الباحثين عن عمل | الباحثين عن العمل | مطابقة الوظائف | منصات التوظيف | الوظائف | فرص وظيفية',
  },
);

export const ECONOMY_SECTORS: SectorDef[] = [
  economy,
  child(
    economy,
    'commerce',
    {
      en: 'E-commerce & retail',
      tr: 'E-ticaret ve perakende',
      fa: 'تجارت الکترونیک و خرده‌فروشی',
      ar: 'التجارة الإلكترونية والتجزئة',
    },
    {
      // UK council wording for retail and consumers
      en: 'e-commerce | ecommerce | online retail | online shopping | retail | retail tech | retailtech | marketplace | marketplaces | online marketplace | local shops | shop local | social commerce | trade | bazaar | bazaars | export | exports | export promotion | online sales | sell online | selling online | online selling | online store | online stores | online shop | online shops | trading standards | consumer protection | high street | town centre | town center',
      tr: 'e-ticaret | eticaret | elektronik ticaret | online alışveriş | internetten alışveriş | perakende | pazaryeri | online pazaryeri | yerel esnaf | sosyal ticaret | ticaret | çarşı | çarşılar | esnafın dijitalleşmesi | esnaf dijitalleşmesi | ihracat | ihracatı geliştirme | online satış | çevrimiçi satış | online mağaza | e-mağaza | internet mağazası | tüketici koruma | tüketicinin korunması',
      fa: 'تجارت الکترونیک | تجارت الکترونیکی | فروشگاه اینترنتی | فروشگاه آنلاین | خرید آنلاین | خرید اینترنتی | خرده فروشی | خرده‌فروشی | بازارگاه | بازار آنلاین | ای کامرس | تجارت | صادرات | توسعه صادرات',
      ar: 'التجارة الإلكترونية | التسوق عبر الإنترنت | البيع بالتجزئة | التجزئة | الأسواق الإلكترونية | المتاجر الإلكترونية | التجارة الاجتماعية | التجارة | رقمنة المحلات | التصدير | الصادرات | متجر إلكتروني | إي كوميرس | اي كومرس | الإي كوميرس',
    },
  ),
  child(
    economy,
    'creative',
    {
      en: 'Creative industries, gaming & fashion',
      tr: 'Yaratıcı endüstriler, oyun ve moda',
      fa: 'صنایع خلاق، بازی و مد',
      ar: 'الصناعات الإبداعية والألعاب والأزياء',
    },
    {
      en: 'creative industries | creative economy | gaming | games | video games | game development | esports | fashion | apparel | clothing | textiles | design | media | content creation | handicrafts | crafts | film office | film commission',
      tr: 'yaratıcı endüstriler | yaratıcı ekonomi | oyun | oyunlar | dijital oyun | video oyunları | oyun geliştirme | e-spor | moda | giyim | hazır giyim | tekstil | tasarım | medya | içerik üretimi | el sanatları',
      // گیم, گیمینگ: the loanwords for games and gaming
      fa: 'صنایع خلاق | اقتصاد خلاق | بازی | بازی‌های رایانه‌ای | بازی های ویدیویی | بازی سازی | بازی‌سازی | گیم | گیمینگ | صنعت گیم | گیم سازی | ورزش های الکترونیک | مد | مد و پوشاک | پوشاک | نساجی | طراحی | رسانه | تولید محتوا | صنایع دستی | انیمیشن | پویانمایی',
      ar: 'الصناعات الإبداعية | الاقتصاد الإبداعي | الألعاب | الألعاب الإلكترونية | ألعاب الفيديو | تطوير الألعاب | الرياضات الإلكترونية | الأزياء | الموضة | الملابس | المنسوجات | التصميم | الإعلام | صناعة المحتوى | الحرف اليدوية | الجيمنج | جيمنج | قيمنق | الرسوم المتحركة | أفلام الرسوم المتحركة | الأنيميشن',
    },
  ),
];
