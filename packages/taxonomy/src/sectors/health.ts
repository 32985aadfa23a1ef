import { area, child, type SectorDef } from '../sector-types.js';

const health = area(
  'health',
  'loose',
  { en: 'Health', tr: 'Sağlık', fa: 'سلامت', ar: 'الصحة' },
  {
    en: 'health | healthcare | health care | health services | healthcare services | medical | medical services | digital health | e-health | ehealth | healthtech | health tech | medtech | medical technology | health technology | primary care | clinics | hospitals | patient care | health information systems | pharmacy | pharmacies | EHR | EMR | electronic health records | electronic medical records | chronic disease management | chronic diseases | family medicine | family doctors | SDG 3',
    tr: 'sağlık | sağlık hizmetleri | sağlık hizmeti | saglik | dijital sağlık | e-sağlık | sağlık teknolojileri | sağlık teknolojisi | tıbbi | tıp | tıbbi cihaz | medikal | birinci basamak sağlık | klinik | hastane | hasta bakımı | sağlık bilişimi | eczane | eczaneler | aile hekimliği | aile hekimi | kronik hastalık | kronik hastalıklar | kronik hastalık takibi | elektronik sağlık kaydı | sağlığa erişim | sağlık hizmetlerine erişim',
    fa: 'سلامت | خدمات سلامت | سلامت دیجیتال | سلامت الکترونیک | بهداشت و درمان | درمان | خدمات درمانی | خدمات بهداشتی درمانی | پزشکی | فناوری سلامت | تجهیزات پزشکی | مراکز درمانی | بیمارستان | درمانگاه | مراقبت‌های بهداشتی | پرونده الکترونیک سلامت | داروخانه | داروخانه‌ها | بیماری مزمن | بیماری‌های مزمن | پزشک خانواده | پرونده سلامت',
    ar: 'الصحة | الرعاية الصحية | الخدمات الصحية | الخدمات الطبية | الصحة الرقمية | الصحة الإلكترونية | التكنولوجيا الصحية | التقنيات الطبية | الأجهزة الطبية | المستشفيات | العيادات | الرعاية الأولية | رعاية المرضى | السجلات الصحية الإلكترونية | الصيدليات | صيدلية | الأمراض المزمنة | طب الأسرة | طبيب الأسرة | الخدمات العلاجية | العلاج',
  },
);

export const HEALTH_SECTORS: SectorDef[] = [
  health,
  child(
    health,
    'telemedicine',
    { en: 'Telemedicine', tr: 'Tele tıp', fa: 'پزشکی از راه دور', ar: 'الطب عن بعد' },
    {
      en: 'telemedicine | telehealth | tele-health | tele medicine | remote care | remote consultation | virtual care | virtual consultations | online doctor | teleconsultation | remote patient monitoring | RPM | mhealth | mobile health | health apps | wearables',
      tr: 'tele tıp | teletıp | tele sağlık | telesağlık | uzaktan sağlık | uzaktan sağlık hizmetleri | uzaktan muayene | uzaktan hasta takibi | uzaktan hasta izleme | online doktor | görüntülü muayene | mobil sağlık | giyilebilir sağlık | giyilebilir teknoloji',
      fa: 'پزشکی از راه دور | تله مدیسین | تله‌مدیسین | سلامت از راه دور | درمان از راه دور | مراقبت از راه دور | مشاوره پزشکی آنلاین | ویزیت آنلاین | ویزیت مجازی | پزشک آنلاین | پایش بیمار از راه دور | سلامت همراه | اپلیکیشن سلامت | پوشیدنی‌های سلامت | مشاوره از راه دور | مشاوره پزشکی از راه دور',
      ar: 'الطب عن بعد | التطبيب عن بعد | الرعاية الصحية عن بعد | الصحة عن بعد | الاستشارات الطبية عن بعد | الاستشارة الطبية عن بعد | الطبيب عبر الإنترنت | المراقبة الصحية عن بعد | مراقبة المرضى عن بعد | الصحة المتنقلة | التطبيقات الصحية | الأجهزة القابلة للارتداء | الاستشارات عن بعد | الاستشارة عن بعد | العيادات الافتراضية | العيادة الافتراضية',
    },
  ),
  child(
    health,
    'elderly',
    { en: 'Elderly care', tr: 'Yaşlı bakımı', fa: 'مراقبت از سالمندان', ar: 'رعاية المسنين' },
    {
      en: 'elderly care | eldercare | elder care | aged care | senior care | seniors | older people | older adults | ageing | aging | aging in place | ageing population | assisted living | home care | home healthcare | dementia care | nursing homes | care homes | fall detection | agetech | age-friendly city | age friendly',
      tr: 'yaşlı bakımı | yaşlı bakım | yaşlılar | yaşlı | yaşlı hizmetleri | yaşlı destek | yaşlı dostu | evde bakım | evde sağlık | evde bakım hizmetleri | huzurevi | bakımevi | demans bakımı | alzheimer | düşme algılama | yaşlanma | yaşlı bakımevi | yaşlı dostu şehir',
      fa: 'مراقبت از سالمندان | سالمندان | سالمند | سالمندی | نگهداری سالمندان | خدمات سالمندان | خانه سالمندان | سرای سالمندان | مراقبت در منزل | پرستاری در منزل | آلزایمر | مراقبت از سالمند | سالمند یار | مسن | افراد مسن',
      ar: 'رعاية المسنين | المسنين | كبار السن | رعاية كبار السن | دار المسنين | دور رعاية المسنين | الرعاية المنزلية | الرعاية الصحية المنزلية | الشيخوخة | الزهايمر | كشف السقوط | العيش المستقل | دور العجزة | دار العجزة | العجزة | دور المسنين',
    },
  ),
  child(
    health,
    'emergency',
    {
      en: 'Emergency medical services',
      tr: 'Acil sağlık hizmetleri',
      fa: 'فوریت‌های پزشکی',
      ar: 'الإسعاف والطوارئ الطبية',
    },
    {
      en: 'emergency medical services | EMS | ambulance | ambulances | ambulance services | emergency medicine | emergency care | first aid | first responders | paramedics | cardiac arrest | defibrillators | AED | emergency dispatch | A&E | accident and emergency | emergency department | emergency departments | emergency room | emergency rooms | 911 | 911 calls | 911 dispatch | medical emergency response | medical emergencies',
      tr: 'acil sağlık | acil sağlık hizmetleri | ambulans | ambulans hizmetleri | acil tıp | ilk yardım | ilkyardım | acil çağrı | 112 acil | paramedik | defibrilatör | acil servis | acil servisler | hastane acil servisi | hasta nakil | hasta nakli | hasta nakil aracı | tıbbi acil durum | tıbbi acil müdahale',
      fa: 'فوریت‌های پزشکی | فوریت های پزشکی | اورژانس | اورژانس پیش بیمارستانی | آمبولانس | امداد پزشکی | کمک‌های اولیه | کمک های اولیه | اورژانس 115 | امدادرسانی پزشکی | دفیبریلاتور | بخش اورژانس | اورژانس بیمارستان',
      ar: 'الإسعاف | خدمات الإسعاف | سيارات الإسعاف | الطوارئ الطبية | طب الطوارئ | الإسعافات الأولية | المسعفين | الاستجابة الطبية الطارئة | مزيل الرجفان | قسم الطوارئ | أقسام الطوارئ | طوارئ المستشفيات | الاستجابة للطوارئ الطبية',
    },
  ),
  child(
    health,
    'public',
    { en: 'Public health', tr: 'Halk sağlığı', fa: 'بهداشت عمومی', ar: 'الصحة العامة' },
    {
      en: 'public health | population health | disease prevention | prevention | epidemiology | disease surveillance | pandemic | pandemic preparedness | vaccination | immunization | hygiene | mental health | wellbeing | well-being | wellness | nutrition | pest control | vector control | stray animals | stray dogs | stray cats | animal shelter | animal shelters | animal welfare | veterinary | food safety | health screening | disease screening | cancer screening | disinfection | sanitization | mosquito control | rodent control | rabies | neutering | stray animal sterilization | addiction | addiction prevention | substance abuse | obesity | community health | community health workers | mosquitoes | mosquito traps | mosquito surveillance | infectious diseases | communicable diseases',
      tr: 'halk sağlığı | koruyucu sağlık | önleyici sağlık | salgın | pandemi | aşılama | hijyen | ruh sağlığı | psikolojik destek | sağlıklı yaşam | beslenme | haşere ile mücadele | haşere kontrolü | ilaçlama | vektörle mücadele | sokak hayvanları | sokak köpekleri | sokak kedileri | hayvan barınağı | hayvan barınakları | hayvan hakları | veteriner | gıda güvenliği denetimi | sivrisinek ile mücadele | sivrisinekle mücadele | kemirgen ile mücadele | dezenfeksiyon | kuduz | kısırlaştırma | sağlık taraması | tarama programları | bağımlılıkla mücadele | madde bağımlılığı | obezite | toplum sağlığı | toplum sağlığı merkezi | sivrisinek | sivrisinek tuzağı | bulaşıcı hastalıklar | salgın hastalıklar',
      fa: 'بهداشت عمومی | سلامت عمومی | بهداشت | بهداشت محیط | پیشگیری | پیشگیری از بیماری | بیماری‌های واگیر | همه‌گیری | پاندمی | واکسیناسیون | سلامت روان | بهزیستی روانی | تغذیه | سبک زندگی سالم | مبارزه با جانوران موذی | سمپاشی | حیوانات ولگرد | حیوانات بلاصاحب | دامپزشکی | ایمنی غذا | حیوانات بلاتکلیف | حیوانات ولگرد | سگ‌های بلاتکلیف | سگ های ولگرد | غربالگری | ضدعفونی | ضد عفونی | ضدعفونی معابر | مبارزه با پشه | مبارزه با جوندگان | عقیم سازی | عقیم‌سازی | هاری | اعتیاد | ترک اعتیاد | چاقی | سلامت همگانی | بهداشت همگانی | خانه سلامت | خانه‌های سلامت | سرای سلامت | پشه | تله پشه | بیماری‌های واگیردار | بیماری‌های عفونی',
      // المعدية (infectious) stems like المعدات (equipment): the disease phrase must win
      ar: 'الصحة العامة | الوقاية من الأمراض | الوقاية | الأوبئة | مكافحة الأوبئة | الجائحة | التطعيم | اللقاحات | النظافة الصحية | الصحة النفسية | الرفاهية | التغذية | مكافحة الآفات | مكافحة الحشرات | الحيوانات الضالة | الكلاب الضالة | القطط الضالة | ملاجئ الحيوانات | الرفق بالحيوان | الطب البيطري | سلامة الغذاء | مكافحة البعوض | مكافحة القوارض | التعقيم | التطهير | الكشف المبكر | داء الكلب | الإدمان | مكافحة الإدمان | السمنة | البدانة | الرقابة الصحية | التفتيش الصحي | الرقابة على المطاعم | الرقابة الصحية على المطاعم | سلامة الأغذية | الصحة البيئية | صحة البيئة | إدارة صحة البيئة | البعوض | مصائد البعوض | الأمراض المعدية | الأمراض السارية | ترصد الأمراض | رصد الأمراض',
    },
  ),
];
