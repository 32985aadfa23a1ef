import { area, child, type SectorDef } from '../sector-types.js';

const water = area(
  'water',
  'tight',
  { en: 'Water management', tr: 'Su yönetimi', fa: 'مدیریت آب', ar: 'إدارة المياه' },
  {
    en: 'water | water management | water resources | water resource management | integrated water management | water utility | water utilities | water infrastructure | water services | water sector | water tech | watertech | water security | water conservation | water saving | smart water | water efficiency | water scarcity | water and wastewater | water networks',
    tr: 'su | su yönetimi | su kaynakları | su kaynakları yönetimi | su altyapısı | su hizmetleri | su idaresi | su ve kanalizasyon | akıllı su | su tasarrufu | su verimliliği | su kıtlığı | su şebekesi | su teknolojileri',
    fa: 'آب | مدیریت آب | مدیریت منابع آب | منابع آب | آب و فاضلاب | تاسیسات آب | زیرساخت آب | شبکه آب | صنعت آب | صرفه جویی آب | مصرف بهینه آب | کم آبی | بحران آب | آب هوشمند | امنیت آبی',
    ar: 'المياه | إدارة المياه | الموارد المائية | إدارة الموارد المائية | البنية التحتية للمياه | خدمات المياه | قطاع المياه | ترشيد المياه | ترشيد استهلاك المياه | شح المياه | الأمن المائي | المياه الذكية | شبكات المياه',
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
      en: 'water supply | drinking water | potable water | water treatment | water purification | water treatment plant | desalination | water distribution | water quality | water quality monitoring | smart water meters | water metering | water pumps | pumping stations | water storage | rainwater harvesting',
      tr: 'içme suyu | su temini | içme suyu temini | su arıtma | su arıtma tesisi | arıtma | su dağıtımı | su kalitesi | su kalitesi izleme | akıllı su sayacı | su sayacı | ön ödemeli su sayacı | pompa istasyonu | su deposu | yağmur suyu hasadı | deniz suyu arıtma',
      fa: 'آب شرب | آب آشامیدنی | آبرسانی | تامین آب | تأمین آب شرب | تصفیه آب | تصفیه خانه آب | آب شیرین کن | شیرین سازی آب | توزیع آب | کیفیت آب | پایش کیفیت آب | کنتور آب | کنتور هوشمند آب | ایستگاه پمپاژ | مخزن آب | استحصال آب باران',
      ar: 'مياه الشرب | إمدادات المياه | توفير المياه | المياه الصالحة للشرب | معالجة المياه | تنقية المياه | محطات معالجة المياه | تحلية المياه | محطات التحلية | توزيع المياه | جودة المياه | مراقبة جودة المياه | عدادات المياه الذكية | عدادات المياه | محطات الضخ | خزانات المياه | حصاد مياه الأمطار',
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
      en: 'wastewater | waste water | wastewater treatment | wastewater treatment plant | sewage | sewage treatment | sewerage | sewer | sewers | sewer networks | sanitation | stormwater | storm water | stormwater management | drainage | urban drainage | sludge | greywater | water reuse | water recycling | treated wastewater',
      tr: 'atık su | atıksu | atık sular | atık su arıtma | atıksu arıtma | atık su arıtma tesisi | kanalizasyon | kanalizasyon şebekesi | yağmur suyu | yağmur suyu drenajı | yağmur suyu yönetimi | drenaj | arıtma çamuru | gri su | suyun yeniden kullanımı | arıtılmış su',
      fa: 'فاضلاب | فاضلاب شهری | تصفیه فاضلاب | تصفیه خانه فاضلاب | شبکه فاضلاب | جمع آوری فاضلاب | پساب | بازچرخانی پساب | آب‌های سطحی | آبهای سطحی | مدیریت آب‌های سطحی | زهکشی | زهکشی شهری | لجن فاضلاب | آب خاکستری | کانال‌های هدایت آب',
      ar: 'الصرف الصحي | مياه الصرف الصحي | مياه الصرف | معالجة مياه الصرف الصحي | محطات معالجة الصرف الصحي | شبكات الصرف الصحي | المجاري | تصريف مياه الأمطار | مياه الأمطار | مياه السيول | الحمأة | المياه الرمادية | إعادة استخدام المياه | المياه المعالجة',
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
      en: 'leak detection | water leak detection | leakage | leaks | pipe leaks | non revenue water | NRW | water loss | water losses | pipe monitoring | pipeline monitoring | pressure management | acoustic leak detection | pipe inspection',
      tr: 'kaçak tespiti | su kaçağı | su kaçakları | kayıp kaçak | su kayıpları | kayıp ve kaçak | sızıntı tespiti | boru sızıntısı | boru hattı izleme | basınç yönetimi | gelir getirmeyen su',
      fa: 'نشت یابی | نشت‌یابی | نشتیابی | تشخیص نشتی | نشت آب | آب بدون درآمد | هدررفت آب | هدر رفت آب | کاهش هدررفت | تلفات آب | پایش خطوط لوله | مدیریت فشار | نشت لوله',
      ar: 'كشف التسربات | كشف تسرب المياه | تسرب المياه | التسربات | المياه غير المدرة للدخل | الفاقد المائي | فاقد المياه | مراقبة الأنابيب | إدارة الضغط | تسرب الأنابيب',
    },
  ),
  child(
    water,
    'irrigation',
    { en: 'Irrigation', tr: 'Sulama', fa: 'آبیاری', ar: 'الري' },
    {
      en: 'irrigation | smart irrigation | drip irrigation | irrigation systems | irrigation management | landscape irrigation | park irrigation | soil moisture sensors',
      tr: 'sulama | akıllı sulama | damla sulama | sulama sistemleri | otomatik sulama | park sulama | yeşil alan sulama | toprak nem sensörü',
      fa: 'آبیاری | آبیاری هوشمند | آبیاری قطره ای | آبیاری قطره‌ای | سیستم آبیاری | آبیاری فضای سبز | آبیاری تحت فشار | رطوبت سنج خاک',
      ar: 'الري | الري الذكي | الري بالتنقيط | أنظمة الري | ري الحدائق | ري المساحات الخضراء | حساسات رطوبة التربة',
    },
  ),
];
