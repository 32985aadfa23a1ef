import { area, child, type SectorDef } from '../sector-types.js';

const environment = area(
  'environment',
  'tight',
  {
    en: 'Environment & climate',
    tr: 'Çevre ve iklim',
    fa: 'محیط زیست و اقلیم',
    ar: 'البيئة والمناخ',
  },
  {
    en: 'environment | environmental | environmental protection | environmental management | environmental monitoring | sustainability | environmental sustainability | climate | climate tech | climatetech | cleantech | clean tech | ecology | biodiversity | nature based solutions | green transition | pollution | pollution control | river cleanup | river restoration | marine litter | marine pollution | microplastics | water pollution | ocean plastic',
    // every metropolitan municipality's environment department
    tr: 'çevre | çevre koruma | çevre yönetimi | çevresel izleme | çevre izleme | sürdürülebilirlik | çevresel sürdürülebilirlik | iklim | iklim teknolojileri | temiz teknoloji | ekoloji | biyoçeşitlilik | doğa temelli çözümler | yeşil dönüşüm | kirlilik | kirlilik kontrolü | dere temizliği | nehir temizliği | mikroplastik | su kirliliği | ÇED | ÇED raporu | çevresel etki değerlendirmesi | çevre koruma ve kontrol',
    fa: 'محیط زیست | محیط‌زیست | محیطزیست | زیست محیطی | حفاظت محیط زیست | پایش محیط زیست | پایداری | پایداری زیست محیطی | توسعه پایدار | اقلیم | فناوری اقلیمی | فناوری پاک | بوم شناسی | تنوع زیستی | راهکارهای طبیعت محور | آلودگی | کنترل آلودگی | آلودگی آب | پاکسازی رودخانه | میکروپلاستیک | آلودگی دریا | بیابان زایی | بیابان‌زایی | مقابله با بیابان زایی',
    ar: 'البيئة | بيئة | حماية البيئة | الإدارة البيئية | الرصد البيئي | الاستدامة | الاستدامة البيئية | المناخ | تقنيات المناخ | التكنولوجيا النظيفة | التنوع البيولوجي | الحلول القائمة على الطبيعة | التحول الأخضر | التلوث | مكافحة التلوث | تلوث المياه | التلوث البحري | تنظيف الأنهار | الجسيمات البلاستيكية الدقيقة | التصحر | مكافحة التصحر',
  },
);

export const ENVIRONMENT_SECTORS: SectorDef[] = [
  environment,
  child(
    environment,
    'air',
    { en: 'Air quality', tr: 'Hava kalitesi', fa: 'کیفیت هوا', ar: 'جودة الهواء' },
    {
      en: 'air quality | air quality monitoring | air pollution | air pollution monitoring | clean air | emissions | emission monitoring | emissions reduction | particulate matter | PM2.5 | dust | dust storms | odor control | odour | smog | haze | AQI | air quality index | PM10',
      tr: 'hava kalitesi | hava kalitesi izleme | hava kirliliği | hava kirliliği izleme | temiz hava | emisyon | emisyonlar | emisyon azaltımı | partikül madde | toz | toz fırtınası | koku kontrolü',
      fa: 'کیفیت هوا | پایش کیفیت هوا | آلودگی هوا | کنترل آلودگی هوا | هوای پاک | آلاینده‌های هوا | آلاینده ها | انتشار آلاینده | ذرات معلق | ریزگرد | ریزگردها | گرد و غبار | کنترل بو | مه دود | اسموگ | هوای آلوده | آلایندگی هوا | معاینه فنی | معاینه فنی خودرو | مراکز معاینه فنی | طوفان شن | طوفان گرد و خاک | گرد و خاک',
      ar: 'جودة الهواء | مراقبة جودة الهواء | تلوث الهواء | الهواء النظيف | الانبعاثات | خفض الانبعاثات | الجسيمات الدقيقة | الغبار | العواصف الترابية | مكافحة الروائح | الضباب الدخاني | الهواء الملوث | تلوث الجو | العواصف الرملية | العاصفة الرملية | العاصفة الترابية | فحص الانبعاثات | التلوث الجوي | تلوث جوي | الملوثات الجوية | ملوثات الهواء',
    },
  ),
  child(
    environment,
    'climate',
    {
      en: 'Climate action & carbon',
      tr: 'İklim eylemi ve karbon',
      fa: 'تغییر اقلیم و کربن',
      ar: 'العمل المناخي والكربون',
    },
    {
      en: 'climate change | climate action | climate adaptation | climate mitigation | climate resilience | carbon | carbon footprint | carbon accounting | carbon emissions | decarbonization | decarbonisation | net zero | carbon neutral | greenhouse gas | GHG | urban heat island | heat waves | carbon credits | ESG | heat stress | urban cooling | cooling centers | extreme heat | global warming | co2 | co2 emissions | carbon dioxide | climate crisis | climate emergency | zero emission | zero emissions | SDG 13',
      tr: 'iklim değişikliği | iklim eylemi | iklim eylem planı | iklim uyumu | iklim adaptasyonu | karbon | karbon ayak izi | karbon emisyonu | karbonsuzlaşma | net sıfır | karbon nötr | sera gazı | sera gazı emisyonları | kentsel ısı adası | sıcak hava dalgası | karbon kredisi | aşırı sıcaklar | kentsel soğutma | küresel ısınma | co2 emisyonu | iklim krizi | iklim acil durumu | sıfır emisyon | sıfır karbon',
      fa: 'تغییر اقلیم | تغییرات اقلیمی | تغییرات آب و هوایی | سازگاری با تغییر اقلیم | کربن | ردپای کربن | انتشار کربن | کربن زدایی | کربن صفر | خنثی سازی کربن | گازهای گلخانه‌ای | گازهای گلخانه ای | جزیره حرارتی | جزیره گرمایی شهری | موج گرما | اعتبار کربن | گرمای شدید | خنک سازی شهری | گرمایش جهانی | گرم شدن زمین | بحران اقلیمی | بحران اقلیم | انتشار صفر | صفر کربن',
      ar: 'تغير المناخ | التغير المناخي | العمل المناخي | التكيف المناخي | التكيف مع تغير المناخ | الكربون | البصمة الكربونية | انبعاثات الكربون | إزالة الكربون | الحياد الكربوني | صافي الصفر | الغازات الدفيئة | غازات الاحتباس الحراري | الجزر الحرارية الحضرية | موجات الحر | أرصدة الكربون | الحر الشديد | التبريد الحضري | الاحترار العالمي | الأزمة المناخية | أزمة المناخ | صفر انبعاثات | انبعاثات صفرية | الانبعاثات الصفرية',
    },
  ),
  child(
    environment,
    'noise',
    {
      en: 'Noise & soil pollution',
      tr: 'Gürültü ve toprak kirliliği',
      fa: 'آلودگی صوتی و خاک',
      ar: 'الضوضاء وتلوث التربة',
    },
    {
      en: 'noise | noise pollution | noise monitoring | noise mapping | acoustic monitoring | soil pollution | soil contamination | soil remediation | brownfield remediation | contaminated land',
      tr: 'gürültü | gürültü kirliliği | gürültü izleme | gürültü haritası | toprak kirliliği | toprak iyileştirme | kirlenmiş alan',
      fa: 'آلودگی صوتی | آلودگی صدا | پایش آلودگی صوتی | نقشه صوتی | سر و صدا | آلودگی خاک | پاکسازی خاک | اراضی آلوده',
      ar: 'الضوضاء | التلوث الضوضائي | التلوث السمعي | مراقبة الضوضاء | تلوث التربة | معالجة التربة | الأراضي الملوثة | الضجيج | الدوشة',
    },
  ),
];
