import { area, child, type SectorDef } from '../sector-types.js';

const culture = area(
  'culture',
  'tight',
  {
    en: 'Culture & tourism',
    tr: 'Kültür ve turizm',
    fa: 'فرهنگ و گردشگری',
    ar: 'الثقافة والسياحة',
  },
  {
    en: 'culture | culture and tourism | tourism and culture | cultural services | cultural sector | arts and culture | culture tech | city branding | city marketing | destination marketing | nightlife | creative city | cultural events',
    tr: 'kültür | kültür ve turizm | turizm ve kültür | kültür sanat | kültür hizmetleri | kültürel hizmetler | kent markası | şehir markalaşması | kent pazarlaması | destinasyon pazarlaması | yaratıcı şehir',
    fa: 'فرهنگ | فرهنگی | فرهنگ و گردشگری | فرهنگ و هنر | گردشگری و فرهنگ | میراث فرهنگی و گردشگری | خدمات فرهنگی | برند شهری | برندسازی شهری | بازاریابی شهری | شهر خلاق | فرهنگی و اجتماعی',
    ar: 'الثقافة | الثقافة والسياحة | السياحة والثقافة | الثقافة والفنون | الخدمات الثقافية | القطاع الثقافي | العلامة التجارية للمدينة | تسويق المدينة | التسويق السياحي | المدينة الإبداعية',
  },
);

export const CULTURE_SECTORS: SectorDef[] = [
  culture,
  child(
    culture,
    'tourism',
    { en: 'Tourism', tr: 'Turizm', fa: 'گردشگری', ar: 'السياحة' },
    {
      en: 'tourism | smart tourism | tourist | tourists | travel | traveltech | travel tech | visitor experience | visitors | destination management | hospitality | hotels | tourist information | city tours | ecotourism | medical tourism | religious tourism | tourist attractions | audio guide | audio guides | short-term rentals | holiday rentals | camping | campsites | camping sites | pilgrims | pilgrimage | gastronomy | culinary tourism | food tourism | cultural tourism | heritage tourism | DMO',
      tr: 'turizm | akıllı turizm | turist | turistler | seyahat | ziyaretçi deneyimi | destinasyon yönetimi | konaklama | otelcilik | turizm bilgilendirme | şehir turu | ekoturizm | sağlık turizmi | inanç turizmi | turistik mekanlar | sesli rehber | dijital rehber | kamp alanı | kamp alanları | gastronomi | gastronomi turizmi | otel | oteller | kültürel turizm | miras turizmi',
      fa: 'گردشگری | گردشگری هوشمند | توریسم | گردشگر | گردشگران | جاذبه گردشگری | جاذبه‌های گردشگری | صنعت گردشگری | گردشگری شهری | هتلداری | اقامتگاه | بوم گردی | بومگردی | اکوتوریسم | گردشگری سلامت | گردشگری مذهبی | گردشگری مجازی | تور شهری | زائران | راهنمای صوتی | کمپ گردشگری | گردشگری غذا | هتل | هتل‌ها | گردشگری فرهنگی | گردشگری تاریخی',
      ar: 'السياحة | سياحة | السياحة الذكية | السياح | الزوار | تجربة الزوار | السفر | الضيافة | الفنادق | إدارة الوجهات | الوجهات السياحية | المعالم السياحية | السياحة البيئية | السياحة العلاجية | السياحة الدينية | الجولات السياحية | الدليل الصوتي | الحجاج | المعتمرين | الحج والعمرة | سياحة الطعام | فندق | السياحة التراثية',
    },
  ),
  child(
    culture,
    'heritage',
    {
      en: 'Cultural heritage & museums',
      tr: 'Kültürel miras ve müzeler',
      fa: 'میراث فرهنگی و موزه',
      ar: 'التراث الثقافي والمتاحف',
    },
    {
      en: 'cultural heritage | heritage | heritage conservation | historic preservation | historic sites | museums | museum | museum tech | archaeology | restoration | historic buildings | intangible heritage | virtual museum | digital heritage | old town | historic centre | historic center | old city | archaeological sites | archaeological site | archeological sites | listed buildings | listed building consent',
      // KUDEB: the municipal heritage-conservation bureau
      tr: 'kültürel miras | kültür mirası | miras | tarihi miras | müze | müzeler | dijital müze | sanal müze | arkeoloji | restorasyon | tarihi yapılar | tarihi eserler | kültür varlıkları | tarihi çevre koruma | tarihi kent merkezi | tarihi çarşı | KUDEB | sit alanı | kentsel sit | arkeolojik sit | tarihi alan | tarihi alanlar | tarihi mekanlar | tarihi yerler | ören yeri | ören yerleri',
      fa: 'میراث فرهنگی | میراث | موزه | موزه‌ها | موزه مجازی | باستان شناسی | مرمت | مرمت بناهای تاریخی | بناهای تاریخی | بافت تاریخی | آثار تاریخی | اماکن تاریخی | میراث ناملموس | بافت قدیم | شهر قدیم',
      ar: 'التراث الثقافي | التراث | الحفاظ على التراث | المواقع التاريخية | المتاحف | المتحف | المتاحف الافتراضية | علم الآثار | الآثار | الترميم | المباني التاريخية | التراث غير المادي | التراث الرقمي | المدينة القديمة | البلدة القديمة | المواقع الأثرية',
    },
  ),
  child(
    culture,
    'events',
    {
      en: 'Arts, events & libraries',
      tr: 'Sanat, etkinlik ve kütüphaneler',
      fa: 'هنر، رویداد و کتابخانه',
      ar: 'الفنون والفعاليات والمكتبات',
    },
    {
      en: 'arts | art | events | event management | festivals | festival | concerts | performing arts | cinema | theatre | theater | music | libraries | library | public libraries | cultural centers | ticketing | event ticketing | exhibitions | exhibition | art galleries | galleries | book fair | book fairs | opera',
      tr: 'sanat | etkinlik | etkinlikler | etkinlik yönetimi | festival | festivaller | konser | sahne sanatları | sinema | tiyatro | müzik | kütüphane | kütüphaneler | kültür merkezi | kültür merkezleri | biletleme | sergi | sergiler | sergi salonu | kitap fuarı | opera | bilet satışı | bilet satış | etkinlik bileti | etkinlik biletleri | online bilet satışı',
      fa: 'هنر | رویداد | رویدادها | مدیریت رویداد | جشنواره | جشنواره‌ها | کنسرت | هنرهای نمایشی | سینما | تئاتر | موسیقی | کتابخانه | کتابخانه‌ها | کتابخانه عمومی | فرهنگسرا | خانه فرهنگ | بلیت فروشی | نمایشگاه | نمایشگاه‌ها | گالری | نمایشگاه کتاب | اپرا | نگارخانه | گالری هنری | فروش بلیت | فروش بلیط | بلیط فروشی',
      ar: 'الفنون | الفن | الفعاليات | إدارة الفعاليات | المهرجانات | الحفلات | الفنون الأدائية | السينما | المسرح | الموسيقى | المكتبات | المكتبة | المكتبات العامة | المراكز الثقافية | بيع التذاكر | المعارض | المعارض الفنية | معرض الكتاب | الأوبرا | حجز التذاكر',
    },
  ),
  child(
    culture,
    'sports',
    {
      en: 'Sports & recreation',
      tr: 'Spor ve rekreasyon',
      fa: 'ورزش و تفریح',
      ar: 'الرياضة والترفيه',
    },
    {
      en: 'sports | sport | sports facilities | recreation | recreational facilities | leisure | fitness | outdoor fitness | swimming pools | stadiums | sports tech | sportstech | active living | gym | gyms | marathon | marathons | football pitch | football pitches | soccer field | soccer fields | sports field | sports fields | artificial turf pitch',
      tr: 'spor | sporlar | spor tesisleri | spor tesisi | rekreasyon | rekreasyon alanları | boş zaman | fitness | açık hava spor aletleri | yüzme havuzu | stadyum | spor teknolojileri | spor salonu | maraton | halı saha | halı sahalar | futbol sahası | futbol sahaları | spor sahası | spor sahaları',
      fa: 'ورزش | ورزشی | ورزش همگانی | اماکن ورزشی | فضاهای ورزشی | تفریح | تفریحی | اوقات فراغت | باشگاه | استخر | ورزشگاه | فناوری ورزشی | تفرجگاه | باشگاه ورزشی | ماراتن | زمین فوتبال | زمین چمن مصنوعی | زمین ورزشی | زمین های ورزشی | سالن فوتسال | شهربازی | شهر بازی | پارک تفریحی | پارک‌های تفریحی',
      ar: 'الرياضة | الرياضات | المرافق الرياضية | المنشآت الرياضية | الترفيه | الأنشطة الترفيهية | أوقات الفراغ | اللياقة البدنية | المسابح | الملاعب | تقنيات الرياضة | الصالات الرياضية | الماراثون | حمامات السباحة | السباحة | كرة القدم | ملاعب كرة القدم | الجيم | صالات الجيم | ملعب كرة القدم | الملاعب الرياضية | ملاعب العشب الصناعي | مدن الملاهي | مدينة الملاهي | الملاهي | مدينة الألعاب',
    },
  ),
];
