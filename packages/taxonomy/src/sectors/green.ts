import { area, child, type SectorDef } from '../sector-types.js';

const green = area(
  'green',
  'loose',
  {
    en: 'Urban beautification & public space',
    tr: 'Kentsel estetik ve kamusal alan',
    fa: 'زیباسازی و منظر شهری',
    ar: 'تجميل المدينة والأماكن العامة',
  },
  {
    en: 'urban beautification | beautification | city beautification | urban aesthetics | city aesthetics | streetscape | streetscaping | public space | public spaces | public space design | public realm | placemaking | urban design | urban landscape | cityscape | facade improvement | public art | murals | graffiti removal | squares and plazas | waterfront | waterfront development | graffiti cleanup | graffiti cleaning | beautifying | beautify the city | beautifying the city',
    // çevre düzenlemesi is landscaping a site (Park Bahçeler ve Çevre Düzenleme), not the environment
    tr: 'kentsel estetik | kent estetiği | şehir estetiği | şehir güzelleştirme | kent güzelleştirme | çevre güzelleştirme | çevre düzenleme | çevre düzenlemesi | çevre düzenlemeleri | güzelleştirme | kentsel tasarım | kamusal alan | kamusal alanlar | kamusal alan tasarımı | meydan düzenlemesi | cephe iyileştirme | cephe düzenleme | sokak sağlıklaştırma | kent peyzajı | kamusal sanat | sahil düzenlemesi | kıyı düzenlemesi | duvar resmi | duvar resimleri | duvar boyama',
    fa: 'زیباسازی | زیباسازی شهری | زیبا سازی شهر | سیما و منظر شهری | منظر شهری | سیمای شهری | طراحی شهری | فضای عمومی | فضاهای عمومی | طراحی فضای عمومی | فضاهای شهری | بهسازی نما | ساماندهی نما | نماسازی | هنر شهری | دیوارنگاری | نقاشی دیواری | میدان شهری | بدنه سازی | آلودگی بصری | آلودگی‌های بصری | اغتشاش بصری',
    ar: 'تجميل المدينة | التجميل الحضري | تجميل المدن | جمالية المدينة | المشهد الحضري | تحسين المشهد الحضري | المشهد العام | الأماكن العامة | الفضاءات العامة | تصميم الأماكن العامة | التصميم الحضري | الواجهات | تحسين الواجهات | الفن العام | الجداريات | الساحات العامة | الكورنيش | تطوير الكورنيش | الواجهة البحرية | الكتابة على الجدران | الكتابات على الجدران | الغرافيتي | أنسنة المدن | أنسنة المدينة | التشوه البصري | معالجة التشوه البصري | التلوث البصري',
  },
);

export const GREEN_SECTORS: SectorDef[] = [
  green,
  child(
    green,
    'parks',
    {
      en: 'Parks & green spaces',
      tr: 'Park ve yeşil alanlar',
      fa: 'پارک و فضای سبز',
      ar: 'الحدائق والمساحات الخضراء',
    },
    {
      en: 'green spaces | green space | green areas | urban green | urban greenery | greenery | urban greening | parks | park | parks and gardens | public parks | gardens | urban gardens | landscaping | landscape architecture | landscape design | urban forestry | urban forest | trees | tree planting | street trees | tree management | green infrastructure | green roofs | green walls | vertical gardens | playgrounds | botanical garden | green corridors | green corridor | flower beds | flowerbeds | pocket parks | tree inventory | lawn | lawns | lawn care | grass cutting | mowing | gardening | grounds maintenance',
      tr: 'yeşil alan | yeşil alanlar | park | parklar | park ve bahçeler | park bahçe | parklar ve bahçeler | bahçe | bahçeler | kent bahçesi | peyzaj | peyzaj mimarlığı | peyzaj tasarımı | peyzaj düzenleme | ağaçlandırma | kent ormanı | kentsel ormancılık | ağaç dikimi | yeşil altyapı | yeşil çatı | dikey bahçe | çocuk parkı | oyun alanı | millet bahçesi | çiçeklendirme | çiçek dikimi | yeşil koridor | mevsimlik çiçek | çim | çim bakımı | çim biçme | ağaçlar | kent ağaçları | ağaç envanteri',
      fa: 'فضای سبز | فضاهای سبز | پارک | پارک‌ها | بوستان | بوستان‌ها | پارک و فضای سبز | باغ | باغات | منظرسازی | محوطه سازی | محوطه‌سازی | معماری منظر | درختکاری | درخت کاری | جنگل کاری شهری | جنگل شهری | کمربند سبز | گل کاری | بام سبز | دیوار سبز | زمین بازی کودکان | پارک کودک | نگهداری فضای سبز | گل‌کاری | گلکاری | فضای سبز محله | کاشت نهال | نهال | نهال کاری | نهال‌کاری | کاشت درخت | غرس نهال | درخت | درختان شهری | شناسنامه درختان',
      ar: 'المساحات الخضراء | المساحات الخضراء الحضرية | المناطق الخضراء | الحدائق | الحدائق العامة | الحديقة | المنتزهات | تنسيق الحدائق | تنسيق المواقع | هندسة المناظر الطبيعية | التشجير | زراعة الأشجار | الغابات الحضرية | التخضير الحضري | الأسطح الخضراء | الحدائق العمودية | ملاعب الأطفال | زراعة الزهور | الممرات الخضراء | البستنة | العناية بالحدائق | الجناين | جنينة | الجنينة | غرس الأشجار | غرس الاشجار | الأشجار | أشجار الشوارع | جرد الأشجار',
    },
  ),
  child(
    green,
    'lighting',
    {
      en: 'Street & smart lighting',
      tr: 'Sokak ve akıllı aydınlatma',
      fa: 'روشنایی معابر',
      ar: 'إنارة الشوارع',
    },
    {
      en: 'street lighting | street lights | streetlights | smart lighting | smart street lighting | smart street lights | public lighting | urban lighting | outdoor lighting | LED lighting | LED street lights | lighting | road lighting | lighting control | adaptive lighting | architectural lighting | light pollution | street lamps | street lamp | lamp posts | lampposts | lighting poles | light poles | smart poles | smart lamp posts | illumination | festive lighting | dark streets | unlit streets',
      tr: 'sokak aydınlatma | sokak aydınlatması | sokak lambası | sokak lambaları | akıllı aydınlatma | aydınlatma | kentsel aydınlatma | genel aydınlatma | yol aydınlatması | led aydınlatma | akıllı sokak lambası | cephe aydınlatması | ışık kirliliği | aydınlatma kontrolü | ışıklandırma | aydınlatma direkleri | aydınlatma direği | lamba direği | lamba direkleri | akıllı direk | akıllı aydınlatma direği | karanlık sokaklar | aydınlatılmamış sokaklar',
      fa: 'روشنایی معابر | روشنایی | روشنایی شهری | روشنایی هوشمند | روشنایی خیابان | روشنایی خیابان‌ها | چراغ‌های خیابانی | چراغ خیابان | چراغ روشنایی | نورپردازی | نورپردازی شهری | نور پردازی | روشنایی ال ای دی | لامپ ال ای دی | آلودگی نوری | روشنایی پارک‌ها | تیر چراغ برق | پایه روشنایی | نورپردازی بناها | کوچه‌های تاریک | معابر تاریک | چراغ برق | چراغ برق خیابان',
      ar: 'إنارة الشوارع | الإنارة | الإنارة العامة | الإنارة الذكية | إنارة ذكية | إضاءة الشوارع | الإضاءة | الإضاءة الذكية | الإضاءة العامة | مصابيح الشوارع | إنارة الطرق | إضاءة ليد | التلوث الضوئي | أعمدة الإنارة | أعمدة الإنارة الذكية | الأعمدة الذكية | الشوارع المظلمة | الشوارع المعتمة | الطرق المظلمة | كشافات الإنارة | كشافات الشوارع | لمبات الشوارع',
    },
  ),
  child(
    green,
    'furniture',
    { en: 'Street furniture', tr: 'Kent mobilyası', fa: 'مبلمان شهری', ar: 'الأثاث الحضري' },
    {
      en: 'street furniture | urban furniture | benches | smart benches | bus shelters | smart bus stops | kiosks | smart kiosks | public toilets | drinking fountains | fountains | bollards | signage | wayfinding | city signage | bus stop shelters | bus shelter | shade structures | shade sails | pergolas | park bench | park benches',
      tr: 'kent mobilyası | kent mobilyaları | kentsel mobilya | şehir mobilyası | akıllı bank | oturma bankı | otobüs durağı | akıllı durak tasarımı | kiosk | çeşme | süs havuzu | yönlendirme tabelaları | tabela | umumi tuvalet | gölgelik | gölgelikler | pergole | park bankı | park bankları',
      fa: 'مبلمان شهری | مبلمان خیابانی | نیمکت | نیمکت هوشمند | سایبان ایستگاه اتوبوس | کیوسک | کیوسک هوشمند | آبنما | سرویس بهداشتی عمومی | تابلو راهنما | تابلوهای شهری | المان شهری | المان‌های شهری | آبخوری | آبخوری عمومی | نیمکت پارک',
      ar: 'الأثاث الحضري | أثاث الشوارع | أثاث المدن | المقاعد | المقاعد الذكية | مظلات الحافلات | الأكشاك | الأكشاك الذكية | النوافير | دورات المياه العامة | اللافتات | اللوحات الإرشادية | مظلات مواقف الحافلات | مظلات الانتظار | مقاعد الحدائق | كراسي الحدائق | كراسي عامة | مقاعد الشوارع',
    },
  ),
];
