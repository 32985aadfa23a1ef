import { area, child, type SectorDef } from '../sector-types.js';

const mobility = area(
  'mobility',
  'loose',
  {
    en: 'Transport & traffic',
    tr: 'Ulaşım ve trafik',
    fa: 'حمل‌ونقل و ترافیک',
    ar: 'النقل والمرور',
  },
  {
    en: 'transport | transportation | transport and traffic | transportation and traffic | traffic and transport | mobility | urban mobility | smart mobility | mobility solutions | mobility services | mobility as a service | MaaS | urban transport | city transport | transit and mobility | mobility tech | mobilitytech | transport planning | transportation planning | autonomous vehicles | autonomous vehicle | self driving vehicles | self-driving cars | driverless vehicles | autonomous driving | commuting | commuters | car dependency | car-free city | car-free zones | commute | DOT | department of transportation | department of transport',
    tr: 'ulaşım | ulaşım ve trafik | ulaştırma | ulasim | kentsel ulaşım | şehir içi ulaşım | akıllı ulaşım | akıllı mobilite | mobilite | hareketlilik | kentsel hareketlilik | taşımacılık | ulaşım planlaması | ulaşım hizmetleri | ulaşım çözümleri | otonom araçlar | otonom araç | sürücüsüz araçlar | otonom sürüş',
    fa: 'حمل و نقل | حمل‌ونقل | حملونقل | حمل و نقل و ترافیک | حمل‌ونقل و ترافیک | حمل و نقل شهری | حمل‌ونقل شهری | حمل و نقل هوشمند | ترابری | جابجایی | جابه‌جایی | تحرک شهری | موبیلیتی | برنامه ریزی حمل و نقل | ترافیک و حمل و نقل | خودروهای خودران | خودرو خودران | خودروی خودران | رفت و آمد | رفت و آمد شهری | رفت‌وآمد شهروندان | ح‌ونق',
    ar: 'النقل | النقل والمرور | المرور والنقل | التنقل | التنقل الحضري | التنقل الذكي | النقل الذكي | النقل الحضري | المواصلات | النقل والمواصلات | التنقل كخدمة | تخطيط النقل | السيارات ذاتية القيادة | المركبات ذاتية القيادة',
  },
);

export const MOBILITY_SECTORS: SectorDef[] = [
  mobility,
  child(
    mobility,
    'public-transport',
    { en: 'Public transport', tr: 'Toplu taşıma', fa: 'حمل‌ونقل عمومی', ar: 'النقل العام' },
    {
      en: 'public transportation | public transit | transit | mass transit | mass transport | bus | bus service | bus network | buses and metro | bus rapid transit | BRT | metro | subway | tram | tramway | light rail | LRT | commuter rail | urban rail | rail transit | on-demand transit | demand responsive transport | shuttle | ridership | passenger information | real-time passenger information | fare collection | transit app | bus fleet | ferry | ferries | ferry services | water transport | water taxi | cable car | gondola lift | school bus | school buses | school transport | journey planner | trip planner | trolleybus | trolley bus | trolleybuses | paratransit | dial-a-ride | bus ticketing | ticketing for buses | transit ticketing | public transport ticketing | ticketing for public transport',
      // municipal bus and rail operators
      tr: 'toplu taşıma | toplu taşımacılık | toplu ulaşım | toplu ulaşim | otobüs | otobüs hatları | belediye otobüsü | metrobüs | metro | tramvay | hafif raylı sistem | raylı sistem | raylı sistemler | banliyö | dolmuş | minibüs | yolcu bilgilendirme | akıllı durak | elektronik bilet | ulaşım kartı | deniz ulaşımı | deniz taşımacılığı | vapur | vapur seferleri | feribot | deniz otobüsü | teleferik | okul servisi | öğrenci servisi | okul taşımacılığı | troleybüs | İETT | ESHOT | İZBAN | otobüs bileti | toplu taşıma bileti',
      fa: 'حمل و نقل عمومی | حمل‌ونقل عمومی | حملونقل عمومی | حمل و نقل همگانی | ترابری عمومی | اتوبوس | اتوبوسرانی | اتوبوس رانی | ناوگان اتوبوسرانی | اتوبوس تندرو | بی آر تی | مترو | قطار شهری | قطار سبک شهری | تراموا | ریلی شهری | مینی بوس | بلیت الکترونیک | اطلاع رسانی مسافر | تله کابین | تله‌کابین | سرویس مدارس | سرویس مدرسه | حمل و نقل دانش آموزی | حمل و نقل آبی | تاکسی آبی | خط ویژه اتوبوس | ترولی باس | ترولیبوس | بلیت اتوبوس | بلیط اتوبوس | بلیت حمل و نقل عمومی',
      // fare payment: الأجرة alone stems like آجر (brick), so only whole phrases
      ar: 'النقل العام | النقل العمومي | النقل الجماعي | المواصلات العامة | الحافلات | حافلات النقل العام | الحافلات السريعة | المترو | مترو الأنفاق | الترام | القطار الخفيف | السكك الحديدية الحضرية | التذاكر الإلكترونية | معلومات الركاب | العبارات البحرية | النقل البحري | النقل المائي | التلفريك | الحافلات المدرسية | النقل المدرسي | الترولي باص | الميكروباص | ميكروباص | الميني باص | ميني باص | الطرامواي | الترامواي | طرامواي | ترامواي | دفع الأجرة | تحصيل الأجرة | بطاقات الأجرة | تذاكر الحافلات | تذاكر النقل العام',
    },
  ),
  child(
    mobility,
    'traffic',
    { en: 'Traffic management', tr: 'Trafik yönetimi', fa: 'مدیریت ترافیک', ar: 'إدارة المرور' },
    {
      en: 'traffic | traffic control | traffic management systems | intelligent traffic systems | intelligent traffic system | intelligent transportation systems | intelligent transport systems | ITS | smart traffic | traffic lights | traffic signals | smart traffic lights | adaptive traffic signals | signal control | traffic signal optimization | congestion | congestion management | traffic congestion | traffic monitoring | traffic flow | traffic analytics | road safety | traffic safety | traffic enforcement | traffic cameras | speed cameras | ANPR | license plate recognition | smart intersections | vision zero | road pricing | congestion charging | congestion charge | traffic calming | traffic accidents | traffic fines | traffic violations | V2X | connected vehicles | speed bumps | speed humps | gridlock | traffic gridlock | road accidents | road crashes | car crashes',
      // the municipal transport coordination board
      tr: 'trafik | trafik yönetimi | trafik kontrolü | akıllı trafik | akıllı trafik sistemleri | akıllı ulaşım sistemleri | AUS | trafik ışıkları | trafik sinyalizasyonu | sinyalizasyon | akıllı sinyalizasyon | akıllı kavşak | trafik sıkışıklığı | trafik yoğunluğu | trafik akışı | trafik güvenliği | yol güvenliği | trafik denetimi | plaka tanıma | trafik kameraları | trafik izleme | trafik kazaları | trafik cezası | trafik cezaları | trafik ihlalleri | kasis | hız kesici | hız ihlali | trafik kazası | yol kazaları | UKOME | ulaşım koordinasyon merkezi',
      fa: 'ترافیک | مدیریت ترافیک | کنترل ترافیک | ترافیک هوشمند | سیستم‌های هوشمند حمل و نقل | سامانه‌های هوشمند حمل‌ونقل | سامانه هوشمند ترافیک | چراغ راهنمایی | چراغ راهنمایی هوشمند | چراغ‌های راهنمایی | کنترل هوشمند تقاطع | تقاطع هوشمند | ازدحام ترافیک | ترافیک شهری | ایمنی ترافیک | ایمنی راه | دوربین ترافیکی | پلاک خوان | ثبت تخلفات | کنترل تخلفات رانندگی | حوادث رانندگی | تصادفات | تصادفات رانندگی | کاهش تصادفات | تخلفات رانندگی | سرعت‌گیر | سرعت گیر | راهبندان | راه بندان | گره ترافیکی | چراغ قرمز | ایمنی جاده | ایمنی جاده‌ای',
      ar: 'المرور | حركة المرور | إدارة حركة المرور | التحكم المروري | المرور الذكي | أنظمة النقل الذكية | نظم النقل الذكية | إشارات المرور | إشارات المرور الذكية | الإشارات الضوئية | الازدحام المروري | الاختناقات المرورية | السلامة المرورية | السلامة على الطرق | كاميرات المرور | التعرف على لوحات السيارات | التقاطعات الذكية | مراقبة حركة المرور | المخالفات المرورية | الحوادث المرورية | حوادث السير | رسوم الازدحام | المطبات | مطبات السرعة | الزحام | الزحمة | زحمة السير | الزحمة المرورية | حوادث الطرق | حوادث المرور',
    },
  ),
  child(
    mobility,
    'parking',
    { en: 'Parking', tr: 'Otopark', fa: 'پارکینگ', ar: 'مواقف السيارات' },
    {
      en: 'smart parking | car parking | car park | car parks | parking management | parking lot | parking lots | parking garage | parking spaces | on-street parking | parking sensors | parking guidance | parking app | parking payment | parking enforcement | curb management | kerb management | towing | vehicle towing | parking violations | park and ride | park-and-ride',
      tr: 'otopark | otoparklar | akıllı otopark | otopark yönetimi | otopark sistemi | park yeri | park yerleri | katlı otopark | yol kenarı otopark | park sensörü | otopark sensörü | park yönlendirme | park ücreti | otopark uygulaması | araç çekme | otopark çekici | otopark doluluk tespiti | otopark doluluk oranı | kaçak park | hatalı park | yasak park | park et devam et | parklanma | yol kenarı parklanma | İSPARK',
      // توقفگاه: the Persian Academy's word for parking
      fa: 'پارکینگ | پارکینگ هوشمند | توقفگاه | توقفگاه‌ها | توقف‌گاه | پارکینگ‌ها | پارکینگ طبقاتی | پارکینگ عمومی | مدیریت پارکینگ | پارک حاشیه‌ای | پارک حاشیه ای | پارکومتر | جای پارک | جاپارک | سامانه پارکینگ | پارکبان | پارک خودرو | پارک خودروها | پارک دوبل | پارک غیرمجاز | پارک ممنوع | پارک سوار',
      ar: 'مواقف السيارات | موقف سيارات | المواقف | المواقف الذكية | مواقف ذكية | إدارة المواقف | إدارة مواقف السيارات | ركن السيارات | مواقف متعددة الطوابق | عدادات المواقف | حساسات المواقف | سحب السيارات | الوقوف العشوائي | الوقوف المخالف | مخالفات الوقوف | اركن واركب | الباركينغ | باركينغ | باركنج',
    },
  ),
  child(
    mobility,
    'micromobility',
    {
      en: 'Micromobility & cycling',
      tr: 'Mikromobilite ve bisiklet',
      fa: 'دوچرخه و میکروموبیلیتی',
      ar: 'التنقل الخفيف والدراجات',
    },
    {
      // walking and cycling (UK "active travel")
      en: 'micromobility | micro mobility | micro-mobility | bike | bikes | bicycle | bicycles | cycling | bike sharing | bikeshare | bicycle sharing | e-bike | ebike | electric bike | e-scooter | escooter | electric scooter | scooter sharing | scooters | shared mobility | bike lanes | cycle lanes | cycling infrastructure | active mobility | active transport | walkability | pedestrian | pedestrians | car sharing | carpooling | ride sharing | ridesharing | ride hailing | taxi | carpool | car pool | active travel',
      tr: 'mikromobilite | mikro mobilite | bisiklet | bisikletler | bisiklet paylaşımı | paylaşımlı bisiklet | akıllı bisiklet | elektrikli bisiklet | scooter | elektrikli scooter | e-scooter | paylaşımlı scooter | paylaşımlı ulaşım | paylaşımlı mobilite | bisiklet yolu | bisiklet yolları | yaya | yaya ulaşımı | yürünebilirlik | araç paylaşımı | taksi | akıllı taksi | yayalaştırma | yaya bölgesi',
      fa: 'دوچرخه | دوچرخه‌ها | دوچرخه سواری | دوچرخه‌سواری | دوچرخه اشتراکی | دوچرخه‌های اشتراکی | دوچرخه برقی | اسکوتر | اسکوتر برقی | اسکوتر اشتراکی | میکروموبیلیتی | جابجایی سبک | حمل و نقل سبک | حمل و نقل اشتراکی | مسیر دوچرخه | مسیر دوچرخه‌سواری | عابر پیاده | پیاده مداری | تاکسی | تاکسی اینترنتی | خودرو اشتراکی | پیاده راه | پیاده‌راه | پیاده راه سازی',
      ar: 'التنقل الخفيف | التنقل الجزئي | الدراجات | الدراجات الهوائية | دراجة هوائية | مشاركة الدراجات | الدراجات الكهربائية | السكوتر | السكوتر الكهربائي | السكوترات الكهربائية | التنقل المشترك | مسارات الدراجات | المشي | المشاة | مشاركة السيارات | سيارات الأجرة | التاكسي | الشوارع المخصصة للمشاة | ممرات المشاة | بسكليت | البسكليت | بيسكليت',
    },
  ),
  child(
    mobility,
    'ev',
    {
      en: 'Electric vehicles & charging',
      tr: 'Elektrikli araçlar ve şarj',
      fa: 'خودروی برقی و شارژ',
      ar: 'السيارات الكهربائية والشحن',
    },
    {
      en: 'EV | EVs | EV charging | electric vehicles | electric vehicle | electric cars | electric mobility | e-mobility | emobility | charging stations | charging station | charging infrastructure | charge points | chargers | electric buses | electric bus | fleet electrification | vehicle to grid | V2G | hydrogen buses | hydrogen vehicles | fuel cell vehicles | e-buses | e-bus | ebus | EVSE | EV supply equipment | battery swapping | battery swap | battery swap station | battery swapping station',
      tr: 'elektrikli araç | elektrikli araçlar | elektrikli otomobil | elektrikli otobüs | şarj istasyonu | şarj istasyonları | şarj altyapısı | elektrikli araç şarj | e-mobilite | emobilite | elektromobilite | şarj ünitesi | batarya değişim istasyonu | batarya değişimi | batarya değiştirme | akü değişim istasyonu',
      fa: 'خودرو برقی | خودروی برقی | خودروهای برقی | خودروهای الکتریکی | وسایل نقلیه برقی | ایستگاه شارژ | ایستگاه‌های شارژ | شارژ خودرو برقی | شارژر خودرو | اتوبوس برقی | موتور برقی | تاکسی برقی | ماشین برقی | ماشین‌های برقی | تعویض باتری | ایستگاه تعویض باتری | موتورسیکلت برقی | موتورسیکلت‌های برقی | موتور سیکلت برقی',
      ar: 'السيارات الكهربائية | سيارة كهربائية | المركبات الكهربائية | شحن السيارات الكهربائية | محطات الشحن | محطة شحن | البنية التحتية للشحن | الحافلات الكهربائية | التنقل الكهربائي | نقاط الشحن | نقاط شحن السيارات | العربيات الكهربائية | العربيات الكهربا | عربيات كهربائية | تبديل البطاريات | محطات تبديل البطاريات | الدراجات النارية الكهربائية | الدراجة النارية الكهربائية',
    },
  ),
  child(
    mobility,
    'logistics',
    {
      en: 'Urban logistics & fleets',
      tr: 'Kentsel lojistik ve filo',
      fa: 'لجستیک شهری و ناوگان',
      ar: 'الخدمات اللوجستية والأساطيل',
    },
    {
      en: 'logistics | urban logistics | city logistics | freight | urban freight | goods delivery | last mile | last-mile delivery | last mile logistics | delivery | deliveries | fleet management | fleet tracking | vehicle tracking | route optimization | supply chain | cargo | courier | parcel lockers | parcel locker | smart lockers | fleet services | fleet maintenance | motor pool | telematics | fleet telematics | vehicle telematics | GPS tracking | AVL | fleet | fleets | fleet operations | automatic vehicle location | CAD/AVL',
      tr: 'lojistik | kentsel lojistik | şehir içi lojistik | yük taşımacılığı | son mil | son mil teslimat | son kilometre teslimat | teslimat | kargo | filo yönetimi | filo takip | araç takip | araç takip sistemi | rota optimizasyonu | tedarik zinciri | kurye | kargo dolabı | akıllı kargo dolabı | filo | araç filosu | filo takibi',
      fa: 'لجستیک | لوجستیک | لجستیک شهری | حمل بار | حمل و نقل بار | باربری | مدیریت ناوگان | ناوگان | ردیابی ناوگان | ردیابی خودرو | تحویل آخرین مایل | ارسال مرسوله | پیک | زنجیره تامین | مسیریابی | مدیریت ناوگان حمل و نقل | توزیع کالا | پخش کالا | توزیع بار | تحویل مرسوله | مرسولات | تحویل بسته',
      ar: 'الخدمات اللوجستية | اللوجستيات | لوجستيات | الخدمات اللوجستية الحضرية | الشحن | نقل البضائع | التوصيل | توصيل الميل الأخير | الميل الأخير | إدارة الأساطيل | إدارة الأسطول | تتبع المركبات | سلاسل الإمداد | سلسلة التوريد | خزائن الطرود | الخزائن الذكية | دليفري | الدليفري | ديليفري | خدمات التوصيل | تتبع الأسطول | تتبع الأساطيل',
    },
  ),
];
