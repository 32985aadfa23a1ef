import { area, child, type SectorDef } from '../sector-types.js';

const construction = area(
  'construction',
  'tight',
  {
    en: 'Construction & urban planning',
    tr: 'İnşaat ve şehir planlama',
    fa: 'ساخت‌وساز و شهرسازی',
    ar: 'البناء والتخطيط العمراني',
  },
  {
    en: 'construction | construction technology | construction tech | contech | construction industry | construction management | construction sector | building | buildings | building technology | building construction | infrastructure | urban infrastructure | civil engineering | public works | urban development | built environment | proptech | real estate | construction site monitoring | construction sites | building sites | underground utilities | utility mapping | building inspection | geotechnical | geotechnical engineering | ground investigation | demolition | building demolition | DPW | department of public works | public works department | capital projects | capital works | capital improvement program | capital improvement plan',
    tr: 'inşaat | inşaat teknolojileri | inşaat teknolojisi | yapı | yapı teknolojileri | yapı teknolojisi | inşaat sektörü | inşaat yönetimi | yapım | yapı denetim | altyapı | kentsel altyapı | inşaat mühendisliği | fen işleri | bayındırlık | kentsel gelişim | yapılı çevre | gayrimenkul | emlak teknolojileri | şantiye | şantiye takibi | şantiye yönetimi | zemin etüdü | zemin etüdleri | yıkım | bina yıkımı',
    fa: 'ساخت و ساز | ساخت‌وساز | فناوری ساخت | فناوری ساخت و ساز | فناوری‌های ساختمانی | صنعت ساختمان | صنعت ساخت | ساختمان | ساختمان سازی | عمران | عمران شهری | عمرانی | پروژه‌های عمرانی | زیرساخت | زیرساخت شهری | زیرساخت‌ها | مهندسی عمران | فنی و عمرانی | املاک و مستغلات | نظارت بر ساخت | مکانیک خاک | ژئوتکنیک | تخریب ساختمان | تخلفات ساختمانی | تخلف ساختمانی | کمیسیون ماده ۱۰۰ | کمیسیون ماده صد | ماده ۱۰۰ | ماده صد',
    ar: 'البناء | البناء والتشييد | التشييد | تقنيات البناء | تكنولوجيا البناء | قطاع البناء | صناعة البناء | الإنشاءات | المباني | البنية التحتية | البنية التحتية الحضرية | الهندسة المدنية | الأشغال العامة | التطوير العمراني | التنمية العمرانية | العقارات | التكنولوجيا العقارية | الهدم | هدم المباني | المقاولات | مشاريع البنية التحتية | مخالفات البناء | مخالفات المباني | المخالفات الإنشائية | البناء المخالف | البناء بدون ترخيص',
  },
);

export const CONSTRUCTION_SECTORS: SectorDef[] = [
  construction,
  child(
    construction,
    'materials',
    { en: 'Building materials', tr: 'Yapı malzemeleri', fa: 'مصالح ساختمانی', ar: 'مواد البناء' },
    {
      en: 'building materials | construction materials | green building materials | sustainable materials | concrete | cement | bricks | steel | timber | mass timber | prefabrication | prefabricated buildings | prefab | modular construction | modular buildings | 3d printed buildings | 3d printing construction | insulation | insulation materials | recycled construction materials',
      tr: 'yapı malzemeleri | yapı malzemesi | inşaat malzemeleri | inşaat malzemesi | yeşil yapı malzemeleri | beton | hazır beton | çimento | tuğla | çelik | ahşap | prefabrik | prefabrik yapı | modüler yapı | modüler inşaat | 3 boyutlu baskı inşaat | yalıtım | yalıtım malzemeleri | ısı yalıtımı | agrega',
      fa: 'مصالح ساختمانی | مصالح | مصالح نوین | مصالح نوین ساختمانی | مصالح سبز | بتن | سیمان | آجر | فولاد | آهن آلات | پیش ساخته | پیش‌ساخته | ساختمان پیش ساخته | سازه پیش ساخته | ساخت مدولار | ساخت ماژولار | چاپ سه بعدی ساختمان | عایق | عایق کاری | عایق حرارتی',
      ar: 'مواد البناء | مواد بناء | مواد الإنشاء | مواد البناء الخضراء | المواد المستدامة | الخرسانة | الأسمنت | الإسمنت | الطوب | الحديد والصلب | الخشب | المباني الجاهزة | البناء الجاهز | المباني مسبقة الصنع | البناء المعياري | الطباعة ثلاثية الأبعاد للمباني | العزل | مواد العزل | العزل الحراري',
    },
  ),
  child(
    construction,
    'planning',
    {
      en: 'Urban planning & permits',
      tr: 'Şehir planlama ve imar',
      fa: 'شهرسازی و برنامه‌ریزی شهری',
      ar: 'التخطيط العمراني والتراخيص',
    },
    {
      en: 'urban planning | city planning | town planning | spatial planning | land use | land use planning | zoning | master plan | masterplanning | building permits | construction permits | permitting | cadastre | cadaster | land registry | urban regeneration | urban renewal | urban transformation | regeneration | informal settlements | urban sprawl | cadastral mapping | slum upgrading | informal settlement upgrading | urbanisation | urbanization | urbanism | expropriation | land acquisition | planning application | planning permission | building control | TOD | transit-oriented development | transit oriented development',
      // expropriation for plans (Emlak ve İstimlak); KENTGES: the national urban development strategy
      tr: 'şehir planlama | şehir planlaması | kent planlama | kentsel planlama | imar | imar planı | imar planlaması | mekansal planlama | arazi kullanımı | nazım imar planı | yapı ruhsatı | inşaat ruhsatı | ruhsat | iskan | kadastro | tapu | kentsel dönüşüm | kentsel yenileme | gecekondu | kentsel yayılma | şehircilik | kamulaştırma | istimlak | emlak istimlak | KENTGES | bütünleşik kentsel gelişme stratejisi',
      fa: 'شهرسازی | برنامه ریزی شهری | برنامه‌ریزی شهری | طراحی و برنامه ریزی شهری | طرح جامع | طرح تفصیلی | کاربری زمین | کاربری اراضی | پروانه ساختمانی | صدور پروانه | پروانه ساخت | کاداستر | ثبت اراضی | نوسازی شهری | بازآفرینی شهری | بهسازی و نوسازی | بافت فرسوده | نوسازی بافت فرسوده | سکونتگاه غیررسمی | حاشیه نشینی | ثبت اسناد ملکی | اسناد ملکی | سند مالکیت',
      ar: 'التخطيط العمراني | التخطيط الحضري | تخطيط المدن | التخطيط المكاني | استخدامات الأراضي | تقسيم المناطق | المخطط الشامل | المخطط العام | رخص البناء | تراخيص البناء | التراخيص | السجل العقاري | المساحة العقارية | التجديد الحضري | التجديد العمراني | إعادة التأهيل الحضري | العشوائيات | المناطق العشوائية | ترخيص البناء | تصاريح البناء | تصريح البناء | التعمير | التهيئة العمرانية | وثائق التعمير | إعداد التراب | التنظيم العمراني',
    },
  ),
  child(
    construction,
    'housing',
    { en: 'Housing', tr: 'Konut', fa: 'مسکن', ar: 'الإسكان' },
    {
      en: 'housing | affordable housing | social housing | public housing | housing development | residential | homes | home building | housing construction | rental housing | container houses | container homes | tiny houses | prefab homes | prefab houses | modular homes | modular housing',
      // public housing developers (İstanbul, national)
      tr: 'konut | konutlar | sosyal konut | uygun fiyatlı konut | toplu konut | konut projeleri | konut üretimi | kiralık konut | konteyner ev | konteyner evler | KİPTAŞ | TOKİ | prefabrik konut | prefabrik ev | modüler konut | modüler ev',
      fa: 'مسکن | مسکن ارزان قیمت | مسکن اجتماعی | مسکن حمایتی | مسکن مهر | مسکن ملی | ساخت مسکن | انبوه سازی | انبوه‌سازی مسکن | اجاره بها | خانه سازی | خانه‌سازی | خانه پیش ساخته | خانه‌های پیش ساخته | مسکن پیش ساخته | خانه مدولار',
      ar: 'الإسكان | السكن | الإسكان الاجتماعي | الإسكان الميسور | الإسكان الميسر | المساكن | بناء المساكن | الوحدات السكنية | مشاريع الإسكان | المنازل | البيوت | أزمة السكن | المنازل الجاهزة | البيوت الجاهزة | منازل مسبقة الصنع',
    },
  ),
  child(
    construction,
    'roads',
    {
      en: 'Roads, bridges & sidewalks',
      tr: 'Yol, köprü ve kaldırım',
      fa: 'راه، پل و پیاده‌رو',
      ar: 'الطرق والجسور والأرصفة',
    },
    {
      // UK highways authorities; gritting: salting roads in winter
      en: 'roads | road | road construction | road maintenance | road infrastructure | pavement | pavements | pavement management | asphalt paving | potholes | pothole detection | bridges | bridge | bridge inspection | tunnels | sidewalks | sidewalk | footpaths | street maintenance | snow removal | snow clearing | snow plowing | snow ploughing | winter road maintenance | winter maintenance | road salting | de-icing | footways | footway | highways | highway maintenance | highways authority | gritting | road gritting',
      // AYKOME coordinates digging up roads for utilities
      tr: 'yol | yollar | yol yapımı | yol bakım | yol bakımı | yol onarımı | asfalt | asfaltlama | çukur tespiti | köprü | köprüler | tünel | kaldırım | kaldırımlar | parke taşı | üstyapı | kar temizliği | kar küreme | karla mücadele | kışla mücadele | yol tuzlama | buzlanma ile mücadele | yaya yolu | yaya yolları | AYKOME | altyapı koordinasyon merkezi',
      fa: 'راه | راهسازی | راه سازی | جاده | معابر | نگهداری معابر | روکش آسفالت | آسفالت | آسفالت ریزی | چاله | پل | پل‌ها | پل سازی | تونل | پیاده رو | پیاده‌رو | پیاده روسازی | جدول گذاری | برف روبی | برفروبی | برف‌روبی معابر | یخ زدایی | یخ‌زدایی معابر | نمک پاشی | نمک‌پاشی معابر | پل عابر پیاده | پل‌های عابر پیاده | بزرگراه | بزرگراه‌ها | آزادراه | اتوبان',
      ar: 'الطرق | الطريق | إنشاء الطرق | صيانة الطرق | رصف الطرق | الأسفلت | السفلتة | الحفر | الجسور | الجسر | الأنفاق | الأرصفة | الرصيف | صيانة الشوارع | إزالة الثلوج | كسح الثلوج | إزالة الجليد | رش الملح على الطرق | الكباري | كوبري | الكوبري | الطرق السريعة | الطريق السريع',
    },
  ),
  child(
    construction,
    'smart-buildings',
    {
      en: 'Smart buildings & BIM',
      tr: 'Akıllı binalar ve BIM',
      fa: 'ساختمان هوشمند و BIM',
      ar: 'المباني الذكية ونمذجة معلومات البناء',
    },
    {
      en: 'smart buildings | smart building | intelligent buildings | BIM | building information modeling | building information modelling | building automation | BMS | building management systems | facility management | facilities management | green buildings | green building | LEED | smart home | smart homes',
      tr: 'akıllı bina | akıllı binalar | BIM | yapı bilgi modellemesi | bina otomasyonu | bina yönetim sistemi | tesis yönetimi | yeşil bina | yeşil binalar | sürdürülebilir bina | LEED sertifikası | akıllı ev | akıllı evler | akıllı konut',
      fa: 'ساختمان هوشمند | ساختمان‌های هوشمند | هوشمندسازی ساختمان | مدل‌سازی اطلاعات ساختمان | مدلسازی اطلاعات ساختمان | بیم | اتوماسیون ساختمان | سیستم مدیریت ساختمان | مدیریت تاسیسات | ساختمان سبز | ساختمان‌های سبز | خانه هوشمند | خانه‌های هوشمند',
      ar: 'المباني الذكية | مبنى ذكي | نمذجة معلومات البناء | أتمتة المباني | أنظمة إدارة المباني | إدارة المرافق | المباني الخضراء | المباني المستدامة | المنازل الذكية | البيوت الذكية',
    },
  ),
];
