import { area, child, type SectorDef } from '../sector-types.js';

const water = area(
  'water',
  'tight',
  { en: 'Water management', tr: 'Su yönetimi', fa: 'مدیریت آب', ar: 'إدارة المياه' },
  {
    // UN Sustainable Development Goals by number
    en: 'water | water management | water resources | water resource management | integrated water management | water utility | water utilities | water infrastructure | water services | water sector | water tech | watertech | water security | water conservation | water saving | smart water | water efficiency | water scarcity | water and wastewater | water networks | groundwater | ground water | aquifer | aquifers | dams | dam | reservoirs | qanat | water pipes | water pipelines | water network rehabilitation | pipe rehabilitation | pipe replacement | water sanitation and hygiene | SDG 6',
    // metropolitan water and sewerage utilities (…SKİ: Su ve Kanalizasyon İdaresi)
    tr: 'su | su yönetimi | su kaynakları | su kaynakları yönetimi | su altyapısı | su hizmetleri | su idaresi | su ve kanalizasyon | akıllı su | su tasarrufu | su verimliliği | su kıtlığı | su şebekesi | su teknolojileri | yeraltı suyu | yer altı suyu | yeraltı suları | baraj | barajlar | gölet | su boruları | isale hattı | su isale hattı | su şebekesi yenileme | içme suyu şebekesi yenileme | İSKİ | ASKİ | BUSKİ | KOSKİ | MASKİ | DESKİ | SASKİ | GASKİ | KASKİ | MESKİ | TESKİ | İZSU',
    fa: 'آب | مدیریت آب | مدیریت منابع آب | منابع آب | آب و فاضلاب | تاسیسات آب | زیرساخت آب | شبکه آب | صنعت آب | صرفه جویی آب | مصرف بهینه آب | کم آبی | بحران آب | آب هوشمند | امنیت آبی | آب زیرزمینی | آب‌های زیرزمینی | آبخوان | سفره آب زیرزمینی | قنات | قنوات | سد | سدها | لوله کشی آب | خطوط انتقال آب',
    ar: 'المياه | إدارة المياه | الموارد المائية | إدارة الموارد المائية | البنية التحتية للمياه | خدمات المياه | قطاع المياه | ترشيد المياه | ترشيد استهلاك المياه | شح المياه | الأمن المائي | المياه الذكية | شبكات المياه | المياه الجوفية | السدود | خطوط نقل المياه | أنابيب المياه',
  },
);

export const WATER_SECTORS: SectorDef[] = [
  water,
  child(
    water,
    'supply',
    {
      en: 'Water supply & treatment',
      tr: 'İçme suyu ve arıtma',
      fa: 'آبرسانی و تصفیه آب',
      ar: 'إمدادات المياه ومعالجتها',
    },
    {
      en: 'water supply | drinking water | potable water | water treatment | water purification | water treatment plant | desalination | water distribution | water quality | water quality monitoring | smart water meters | water metering | water pumps | pumping stations | water storage | rainwater harvesting | water tanker | water tankers | water trucking | clean water | safe water | safe drinking water',
      tr: 'içme suyu | su temini | içme suyu temini | su arıtma | su arıtma tesisi | arıtma | su dağıtımı | su kalitesi | su kalitesi izleme | akıllı su sayacı | su sayacı | ön ödemeli su sayacı | pompa istasyonu | su deposu | yağmur suyu hasadı | deniz suyu arıtma | su tankeri | içme suyu tankeri | temiz su | şebeke suyu | güvenli içme suyu',
      fa: 'آب شرب | آب آشامیدنی | آبرسانی | تامین آب | تأمین آب شرب | تصفیه آب | تصفیه خانه آب | آب شیرین کن | شیرین سازی آب | توزیع آب | کیفیت آب | پایش کیفیت آب | کنتور آب | کنتور هوشمند آب | ایستگاه پمپاژ | مخزن آب | استحصال آب باران | تانکر آب | آبرسانی سیار | آب سالم | آب شرب سالم',
      ar: 'مياه الشرب | إمدادات المياه | توفير المياه | المياه الصالحة للشرب | معالجة المياه | تنقية المياه | محطات معالجة المياه | تحلية المياه | محطات التحلية | توزيع المياه | جودة المياه | مراقبة جودة المياه | عدادات المياه الذكية | عدادات المياه | محطات الضخ | خزانات المياه | حصاد مياه الأمطار | صهاريج المياه | صهاريج نقل المياه | المياه النظيفة | مياه الشفة',
    },
  ),
  child(
    water,
    'wastewater',
    {
      en: 'Wastewater & drainage',
      tr: 'Atık su ve kanalizasyon',
      fa: 'فاضلاب و آب‌های سطحی',
      ar: 'الصرف الصحي وتصريف الأمطار',
    },
    {
      en: 'wastewater | waste water | wastewater treatment | wastewater treatment plant | sewage | sewage treatment | sewerage | sewer | sewers | sewer networks | sanitation | stormwater | storm water | stormwater management | drainage | urban drainage | sludge | greywater | water reuse | water recycling | treated wastewater | manholes | manhole | sewer cleaning | sewer maintenance | culverts | dredging | SuDS | sustainable drainage',
      tr: 'atık su | atıksu | atık sular | atık su arıtma | atıksu arıtma | atık su arıtma tesisi | kanalizasyon | kanalizasyon şebekesi | yağmur suyu | yağmur suyu drenajı | yağmur suyu yönetimi | drenaj | arıtma çamuru | gri su | suyun yeniden kullanımı | arıtılmış su | rögar | rögarlar | rögar kapağı | kanal temizliği | kanalizasyon temizliği | menfez',
      fa: 'فاضلاب | فاضلاب شهری | تصفیه فاضلاب | تصفیه خانه فاضلاب | شبکه فاضلاب | جمع آوری فاضلاب | پساب | بازچرخانی پساب | آب‌های سطحی | آبهای سطحی | مدیریت آب‌های سطحی | زهکشی | زهکشی شهری | لجن فاضلاب | آب خاکستری | کانال‌های هدایت آب | لایروبی | لایروبی کانال | لایروبی انهار | آدم رو | منهول',
      ar: 'الصرف الصحي | مياه الصرف الصحي | مياه الصرف | معالجة مياه الصرف الصحي | محطات معالجة الصرف الصحي | شبكات الصرف الصحي | المجاري | تصريف مياه الأمطار | مياه الأمطار | مياه السيول | الحمأة | المياه الرمادية | إعادة استخدام المياه | المياه المعالجة | المناهل | تنظيف المجاري | تسليك المجاري | التطهير السائل | شبكة التطهير | قنوات التطهير | البالوعات | البلاعات | بلاعات الصرف | بالوعات الصرف',
    },
  ),
  child(
    water,
    'leakage',
    {
      en: 'Leak detection & non-revenue water',
      tr: 'Kaçak tespiti ve su kayıpları',
      fa: 'نشت‌یابی و هدررفت آب',
      ar: 'كشف التسربات والفاقد المائي',
    },
    {
      en: 'leak detection | water leak detection | leakage | leaks | pipe leaks | non revenue water | NRW | water loss | water losses | pipe monitoring | pipeline monitoring | pressure management | acoustic leak detection | pipe inspection | burst pipes | pipe bursts | pipe failures | main breaks | water leak | water leaks | leaking pipes',
      tr: 'kaçak tespiti | su kaçağı | su kaçakları | kayıp kaçak | su kayıpları | kayıp ve kaçak | sızıntı tespiti | boru sızıntısı | boru hattı izleme | basınç yönetimi | gelir getirmeyen su | boru patlağı | boru patlakları | boru arızaları',
      fa: 'نشت یابی | نشت‌یابی | نشتیابی | تشخیص نشتی | نشت آب | آب بدون درآمد | هدررفت آب | هدر رفت آب | کاهش هدررفت | تلفات آب | پایش خطوط لوله | مدیریت فشار | نشت لوله | ترکیدگی لوله | شکستگی لوله | حوادث شبکه آب',
      ar: 'كشف التسربات | كشف تسرب المياه | تسرب المياه | التسربات | المياه غير المدرة للدخل | الفاقد المائي | فاقد المياه | مراقبة الأنابيب | إدارة الضغط | تسرب الأنابيب | انفجار الأنابيب | كسور الأنابيب',
    },
  ),
  child(
    water,
    'irrigation',
    { en: 'Irrigation', tr: 'Sulama', fa: 'آبیاری', ar: 'الري' },
    {
      en: 'irrigation | smart irrigation | drip irrigation | irrigation systems | irrigation management | landscape irrigation | park irrigation | soil moisture sensors | watering | watering green spaces | irrigation of green areas | green area irrigation | irrigation of parks',
      tr: 'sulama | akıllı sulama | damla sulama | sulama sistemleri | otomatik sulama | park sulama | yeşil alan sulama | toprak nem sensörü | yeşil alanların sulanması',
      fa: 'آبیاری | آبیاری هوشمند | آبیاری قطره ای | آبیاری قطره‌ای | سیستم آبیاری | آبیاری فضای سبز | آبیاری تحت فشار | رطوبت سنج خاک | آبیاری پارک ها',
      ar: 'الري | الري الذكي | الري بالتنقيط | أنظمة الري | ري الحدائق | ري المساحات الخضراء | حساسات رطوبة التربة | سقاية | سقاية الحدائق | سقي الحدائق',
    },
  ),
];
