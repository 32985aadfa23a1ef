import { area, child, type SectorDef } from '../sector-types.js';

const revenue = area(
  'revenue',
  'loose',
  {
    en: 'Municipal revenue & finance',
    tr: 'Belediye gelirleri ve finansman',
    fa: 'درآمد پایدار و مالی شهری',
    ar: 'الإيرادات والمالية البلدية',
  },
  {
    en: 'municipal revenue | municipal revenues | sustainable revenue | sustainable revenues | sustainable municipal revenue | revenue generation | revenue growth | new revenue streams | revenue diversification | own source revenue | local revenue | revenue management | municipal finance | municipal finances | local government finance | public finance | financial sustainability | fiscal sustainability | income generation | budgeting | municipal budget | asset monetization | asset monetisation | monetization of municipal assets | rental income | income streams | new income streams | financial self-sufficiency | financial independence | budget deficit',
    // the finance department (Mali Hizmetler Müdürlüğü); mali is not mal (goods)
    tr: 'belediye gelirleri | belediye geliri | sürdürülebilir gelir | sürdürülebilir gelirler | sürdürülebilir belediye gelirleri | gelir artırma | gelir artışı | gelirlerin artırılması | gelir artırıcı | gelir yönetimi | gelir çeşitlendirme | yeni gelir kaynakları | öz gelir | öz gelirler | yerel gelirler | belediye finansmanı | kamu maliyesi | mali sürdürülebilirlik | kaynak geliştirme | bütçe yönetimi | belediye bütçesi | belediye taşınmazları | taşınmaz yönetimi | kira gelirleri | gelir kaynakları | belediye mülkleri | bütçe açığı | mali özerklik | mali hizmetler | mali işler',
    // منابع مالی, امور مالی: مالی (financial) stems like مالیات (tax), so these are named here
    fa: 'درآمد پایدار | درآمد پایدار شهری | درآمدهای پایدار | درآمدهای پایدار شهرداری | درآمد شهرداری | درآمدهای شهرداری | درآمدزایی | درآمد زایی | ایجاد درآمد | منابع درآمدی | منابع درآمد پایدار | تنوع درآمدی | مالیه شهری | مالی شهری | اقتصاد شهرداری | بودجه شهرداری | پایداری مالی | تامین منابع مالی شهرداری | افزایش درآمد | مولدسازی | مولدسازی دارایی‌ها | املاک شهرداری | اموال شهرداری | کسب درآمد | کسب درآمد شهرداری | منابع مالی پایدار | منابع مالی | امور مالی | تنوع بخشی به درآمد | تنوع بخشی درآمد | تنوع‌بخشی درآمدها | مدیریت مالی | مدیریت مالی شهرداری | مالی شهرداری | درآمد | درآمدها | امور مالی | معاونت مالی | مالی و اقتصادی',
    ar: 'الإيرادات البلدية | إيرادات البلدية | الإيرادات المستدامة | إيرادات مستدامة | تنمية الإيرادات | تنويع الإيرادات | مصادر الدخل | مصادر إيرادات جديدة | توليد الإيرادات | المالية البلدية | التمويل البلدي | المالية العامة | الاستدامة المالية | الموازنة البلدية | زيادة الإيرادات | عوائد البلدية | العوائد البلدية | عائدات البلدية | العائدات البلدية | موارد البلدية | الموارد المالية | الموارد الذاتية | استثمار الأصول البلدية | أملاك البلدية | الأصول البلدية | عجز الميزانية | ميزانية البلدية | الشؤون المالية | الإدارة المالية',
  },
);

export const REVENUE_SECTORS: SectorDef[] = [
  revenue,
  child(
    revenue,
    'payments',
    {
      en: 'Fintech & payments',
      tr: 'Fintek ve ödeme sistemleri',
      fa: 'فین‌تک و پرداخت الکترونیک',
      ar: 'التكنولوجيا المالية والمدفوعات',
    },
    {
      en: 'fintech | fin tech | financial technology | payments | payment | payment systems | payment solutions | digital payments | e-payment | e-payments | electronic payments | online payments | mobile payments | contactless payments | cashless | cashless city | e-wallet | digital wallet | billing | bill payment | payment gateway | open banking | city card | insurtech',
      tr: 'fintek | fintech | finansal teknoloji | finansal teknolojiler | ödeme | ödeme sistemleri | ödeme sistemi | ödeme çözümleri | dijital ödeme | elektronik ödeme | online ödeme | mobil ödeme | temassız ödeme | nakitsiz | e-cüzdan | dijital cüzdan | kent kart | kentkart | fatura ödeme | tahsilat sistemleri | sanal pos',
      fa: 'فین تک | فین‌تک | فینتک | فناوری مالی | فناوری‌های مالی | پرداخت | پرداخت الکترونیک | پرداخت الکترونیکی | پرداخت آنلاین | پرداخت موبایلی | پرداخت همراه | پرداخت بدون تماس | پرداخت دیجیتال | کیف پول الکترونیک | کیف پول دیجیتال | درگاه پرداخت | سامانه پرداخت | شهروند کارت | کارت شهروندی | بانکداری باز',
      ar: 'التكنولوجيا المالية | التقنية المالية | فنتك | فينتك | المدفوعات | الدفع | الدفع الإلكتروني | المدفوعات الرقمية | المدفوعات الإلكترونية | أنظمة الدفع | حلول الدفع | الدفع عبر الهاتف | الدفع اللاتلامسي | المحفظة الإلكترونية | المحافظ الرقمية | بوابة الدفع | الدفع الرقمي | سداد الفواتير',
    },
  ),
  child(
    revenue,
    'investment',
    {
      en: 'Investment & public-private partnerships',
      tr: 'Yatırım ve kamu-özel işbirliği',
      fa: 'سرمایه‌گذاری و مشارکت عمومی-خصوصی',
      ar: 'الاستثمار والشراكة بين القطاعين',
    },
    {
      en: 'investment | investments | investing | public private partnership | public-private partnerships | PPP | P3 | private sector participation | project finance | infrastructure finance | infrastructure investment | municipal bonds | green bonds | impact investment | impact investing | venture capital | financing | funding | crowdfunding | build operate transfer | BOT | concession | concessions | investment attraction | foreign direct investment | FDI | attracting investment | attracting investors | investor attraction | grants | grant funding | climate finance | green finance',
      tr: 'yatırım | yatırımlar | yatırım çekme | yatırımcı | kamu özel işbirliği | kamu-özel iş birliği | kamu özel ortaklığı | KÖİ | yap işlet devret | yap-işlet-devret | YİD | proje finansmanı | altyapı finansmanı | belediye tahvili | yeşil tahvil | etki yatırımı | girişim sermayesi | finansman | fonlama | kitle fonlaması | imtiyaz | doğrudan yabancı yatırım | hibe | hibeler | hibe programları | yeşil finansman | iklim finansmanı',
      fa: 'سرمایه‌گذاری | سرمایه گذاری | سرمایه‌گذاری شهری | جذب سرمایه | جذب سرمایه‌گذار | سرمایه گذار | مشارکت عمومی خصوصی | مشارکت عمومی-خصوصی | مشارکت بخش خصوصی | مشارکت بخش عمومی و خصوصی | همکاری بخش عمومی و خصوصی | تامین مالی | تأمین مالی پروژه | فاینانس | اوراق مشارکت | اوراق سبز | سرمایه خطرپذیر | تامین مالی جمعی | ساخت بهره برداری واگذاری | BOT | واگذاری پروژه | سرمایه گذاری خارجی | کمک بلاعوض | تامین مالی سبز | تامین مالی اقلیمی | مشارکت عمومی و خصوصی | خصوصی سازی | خصوصی‌سازی | واگذاری به بخش خصوصی',
      ar: 'الاستثمار | الاستثمارات | جذب الاستثمار | جذب الاستثمارات | المستثمرين | الشراكة بين القطاعين العام والخاص | الشراكة بين القطاع العام والخاص | الشراكات بين القطاعين العام والخاص | مشاركة القطاع الخاص | تمويل المشاريع | تمويل البنية التحتية | السندات البلدية | السندات الخضراء | الاستثمار المؤثر | رأس المال الجريء | التمويل | التمويل الجماعي | البناء والتشغيل والتحويل | الامتياز | الاستثمار الأجنبي المباشر | المنح | التمويل الأخضر | التمويل المناخي | البناء والتشغيل ونقل الملكية | عقود البناء والتشغيل ونقل الملكية | الخصخصة | خصخصة | التخصيص | التدبير المفوض | التدبير المفوض للمرافق العامة',
    },
  ),
  child(
    revenue,
    'cost',
    {
      en: 'Cost reduction & operational efficiency',
      tr: 'Maliyet azaltma ve verimlilik',
      fa: 'کاهش هزینه و بهره‌وری',
      ar: 'خفض التكاليف والكفاءة التشغيلية',
    },
    {
      en: 'cost reduction | cost reductions | cost saving | cost savings | cost cutting | cost optimization | cost efficiency | operational efficiency | operational excellence | efficiency | efficiency gains | productivity | process optimization | process improvement | lean | resource optimization | spend management | budget optimization | asset management | maintenance optimization | predictive maintenance | operating costs | operating cost reduction | reducing costs | reducing operating costs | lower operating costs | OPEX | OPEX reduction | operational costs | running costs',
      // the support-services department: purchasing, vehicles, buildings
      tr: 'maliyet azaltma | maliyet azaltımı | maliyet düşürme | maliyet tasarrufu | maliyet optimizasyonu | maliyet etkinliği | tasarruf | verimlilik | operasyonel verimlilik | verimlilik artışı | işletme verimliliği | süreç iyileştirme | süreç optimizasyonu | kaynak verimliliği | kaynak optimizasyonu | varlık yönetimi | kestirimci bakım | bakım yönetimi | yalın yönetim | masraf azaltma | masraf düşürme | masrafların azaltılması | gider azaltma | giderlerin azaltılması | gider optimizasyonu | gider yönetimi | destek hizmetleri | para tasarrufu',
      fa: 'کاهش هزینه | کاهش هزینه‌ها | کاهش هزینه های شهرداری | کاهش هزینه های جاری | صرفه‌جویی | صرفه جویی در هزینه | بهینه سازی هزینه | بهینه‌سازی هزینه‌ها | بهره‌وری | بهره وری | افزایش بهره‌وری | ارتقای بهره وری | کارایی | کارآیی | بهبود فرآیند | بهینه سازی فرآیندها | مدیریت دارایی | نگهداری پیشگویانه | نت پیشگیرانه | بهره وری عملیاتی | کاهش مخارج | کاهش هزینه های عملیاتی | برون سپاری | برون‌سپاری | برون سپاری خدمات',
      ar: 'خفض التكاليف | تخفيض التكاليف | تقليل التكاليف | خفض النفقات | ترشيد النفقات | ترشيد الإنفاق | توفير التكاليف | تحسين التكاليف | الكفاءة التشغيلية | الكفاءة | رفع الكفاءة | تحسين الكفاءة | رفع الإنتاجية | تحسين العمليات | إدارة الأصول | الصيانة التنبؤية | الاستعانة بمصادر خارجية | التعهيد | توفير المال | توفير الأموال',
    },
  ),
  child(
    revenue,
    'advertising',
    {
      en: 'Advertising & billboards',
      tr: 'Reklam ve açık hava',
      fa: 'تبلیغات شهری',
      ar: 'الإعلانات واللوحات',
    },
    {
      en: 'advertising | advertisement | ads | adtech | ad tech | advertising technology | advertising technologies | outdoor advertising | out of home | OOH | DOOH | digital out of home | billboards | billboard | digital billboards | digital signage | advertising space | sponsorship | marketing tech | martech | naming rights',
      // Turkish outdoor-advertising panel formats
      tr: 'reklam | reklamcılık | reklam teknolojileri | reklam teknolojisi | dijital reklam | açık hava reklamı | açık hava reklamcılığı | açıkhava | billboard | bilboard | reklam panoları | reklam panosu | dijital ekran | dijital tabela | sponsorluk | pazarlama teknolojileri | reklam gelirleri | megalight | megaboard | clp pano',
      fa: 'تبلیغات | تبلیغات شهری | تبلیغات محیطی | تبلیغات دیجیتال | فناوری تبلیغات | بیلبورد | بیلبوردها | تابلو تبلیغاتی | تابلوهای تبلیغاتی | تلویزیون شهری | نمایشگر شهری | اسپانسر | حامی مالی | بازاریابی دیجیتال',
      ar: 'الإعلانات | الإعلان | الإعلانات الخارجية | الإعلان الخارجي | تكنولوجيا الإعلان | تقنيات الإعلان | الإعلان الرقمي | الإعلانات الرقمية | اللوحات الإعلانية | اللوحات الإعلانية الرقمية | الشاشات الرقمية | الرعاية التجارية | التسويق الرقمي | اليافطات | يافطات | اليافطات الإعلانية',
    },
  ),
  child(
    revenue,
    'tax',
    {
      en: 'Property tax & local fees',
      tr: 'Emlak vergisi ve harçlar',
      fa: 'عوارض و مالیات محلی',
      ar: 'الضرائب والرسوم المحلية',
    },
    {
      en: 'property tax | property taxes | local taxes | local tax | municipal taxes | tax collection | revenue collection | fee collection | municipal fees | fees and charges | user fees | real estate tax | land value capture | betterment levy | tax compliance | arrears | debt collection | late payments | overdue payments | unpaid taxes | receivables | taxation | local taxation | municipal taxation | business rates | non-domestic rates | council tax | tax collector',
      tr: 'emlak vergisi | emlak vergileri | yerel vergiler | belediye vergileri | vergi tahsilatı | harç | harçlar | belediye harçları | tahsilat | alacak takibi | borç tahsilatı | ilan reklam vergisi | çevre temizlik vergisi | değer artış payı | tahsil edilemeyen alacaklar | alacak tahsilatı | gecikmiş borçlar | vergilendirme | yerel vergilendirme | işyeri harçları | işyeri vergisi',
      fa: 'عوارض | عوارض شهرداری | عوارض شهری | عوارض نوسازی | عوارض ساختمانی | مالیات | مالیات بر املاک | مالیات محلی | وصول عوارض | وصول مطالبات | بهای خدمات | ارزش افزوده زمین | عوارض کسب و پیشه | معوقات | مطالبات معوق | عوارض ساخت و ساز | عوارض صنفی',
      ar: 'ضريبة العقارات | الضرائب العقارية | الضرائب المحلية | الضرائب البلدية | الرسوم البلدية | تحصيل الرسوم | تحصيل الضرائب | الرسوم | الجباية | تحصيل الإيرادات | المتأخرات | تحصيل الديون | رسوم المحلات | رسوم المحلات التجارية | الضريبة | الضرائب | ضريبة الأملاك',
    },
  ),
];
