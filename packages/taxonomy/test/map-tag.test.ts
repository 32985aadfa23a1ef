import t from 'tap';
import { FREE_PREFIX, MAX_SECTORS_PER_TAG, mapTag, normalizeTag } from '../src/index.js';

// Spellings written for these tests (not copied from the evaluation set): formal and informal,
// other synonyms, ASCII-folded Turkish, ZWNJ/space variants, Arabic articles, typos.
const VARIANTS: readonly (readonly [string, string])[] = [
  ['Waste Mgmt', 'waste'],
  ['waste-management', 'waste'],
  ['Solid waste management', 'waste'],
  ['MSW management', 'waste'],
  ['çöp ve atık yönetimi', 'waste'],
  ['atik yonetimi', 'waste'],
  ['Atık Yönetim Sistemleri', 'waste'],
  ['مدیریت پسماندهای جامد شهری', 'waste'],
  ['زباله‌های شهری', 'waste'],
  ['پسماندهای شهری', 'waste'],
  ['إدارة النفايات الصلبة البلدية', 'waste'],
  ['النفايات البلدية الصلبة', 'waste'],
  ['ادارة المخلفات', 'waste'],
  ['Recycling solutions', 'waste.recycling'],
  ['geri donusum', 'waste.recycling'],
  ['Geri Dönüşüm Tesisi', 'waste.recycling'],
  ['atık geri dönüşümü', 'waste.recycling'],
  ['بازیافت زباله', 'waste.recycling'],
  ['ریسایکلینگ', 'waste.recycling'],
  ['بازیافت پسماندهای خشک', 'waste.recycling'],
  ['اعادة تدوير', 'waste.recycling'],
  ['إعادة تدوير البلاستيك', 'waste.recycling'],
  ['recyling', 'waste.recycling'],
  ['recycling & upcycling', 'waste.recycling'],
  ['garbage pickup', 'waste.collection'],
  ['waste pick-up', 'waste.collection'],
  ['çöp toplama hizmetleri', 'waste.collection'],
  ['atık toplama araçları', 'waste.collection'],
  ['جمع‌آوری و حمل زباله', 'waste.collection'],
  ['جمع ونقل القمامة', 'waste.collection'],
  ['smart waste collection', 'waste.collection'],
  ['smart bin', 'waste.collection'],
  ['Waste-Collection', 'waste.collection'],
  ['kompostlama tesisi', 'waste.organic'],
  ['biyolojik atıklar', 'waste.organic'],
  ['ıslak atıklar', 'waste.organic'],
  ['پسماندهای تر', 'waste.organic'],
  ['کود آلی', 'waste.organic'],
  ['السماد', 'waste.organic'],
  ['food-waste', 'waste.organic'],
  ['Compost', 'waste.organic'],
  ['Mobility', 'mobility'],
  ['Urban Mobility Solutions', 'mobility'],
  ['ulasim', 'mobility'],
  ['Kentsel Ulaşım Sistemleri', 'mobility'],
  ['حمل و نقل درون شهری', 'mobility'],
  ['ترابری شهری', 'mobility'],
  ['النقل والمواصلات', 'mobility'],
  ['sustainable mobility', 'mobility'],
  ['Transport & Traffic', 'mobility'],
  ['حمل‌ونقل‌ و ترافیک', 'mobility'],
  ['Public Transit', 'mobility.public-transport'],
  ['toplu tasima', 'mobility.public-transport'],
  ['Toplu Taşıma Sistemleri', 'mobility.public-transport'],
  ['otobus', 'mobility.public-transport'],
  ['حمل و نقل عمومی شهری', 'mobility.public-transport'],
  ['حمل‌ونقل همگانی', 'mobility.public-transport'],
  ['اتوبوس‌رانی', 'mobility.public-transport'],
  ['الحافلات العامة', 'mobility.public-transport'],
  ['BRT systems', 'mobility.public-transport'],
  ['mass-transit', 'mobility.public-transport'],
  ['Smart Traffic Management', 'mobility.traffic'],
  ['Trafik Sinyalizasyon Sistemleri', 'mobility.traffic'],
  ['trafik ışığı', 'mobility.traffic'],
  ['ترافیک شهری', 'mobility.traffic'],
  ['کنترل ترافیک هوشمند', 'mobility.traffic'],
  ['مدیریت هوشمند ترافیک', 'mobility.traffic'],
  ['إدارة المرور الذكية', 'mobility.traffic'],
  ['حركة السير', 'mobility.traffic'],
  ['traffic-management', 'mobility.traffic'],
  ['Parking management', 'mobility.parking'],
  ['otopark sistemleri', 'mobility.parking'],
  ['akilli otopark', 'mobility.parking'],
  ['پارکینگ هوشمند', 'mobility.parking'],
  ['مدیریت پارکینگ‌ها', 'mobility.parking'],
  ['مواقف سيارات ذكية', 'mobility.parking'],
  ['Smart-Parking', 'mobility.parking'],
  ['bike-sharing', 'mobility.micromobility'],
  ['bisiklet paylaşım sistemi', 'mobility.micromobility'],
  ['scooter paylaşımı', 'mobility.micromobility'],
  ['دوچرخه‌سواری', 'mobility.micromobility'],
  ['اسکوترهای برقی', 'mobility.micromobility'],
  ['الدراجات الهوائية', 'mobility.micromobility'],
  ['e-scooters', 'mobility.micromobility'],
  ['Micro-mobility', 'mobility.micromobility'],
  ['Beautification', 'green'],
  ['city aesthetics', 'green'],
  ['kent estetiği', 'green'],
  ['زیباسازی محیط شهری', 'green'],
  ['سیما و منظر', 'green'],
  ['تجميل المدن', 'green'],
  ['Urban-Beautification', 'green'],
  ['Urban parks', 'green.parks'],
  ['park alanları', 'green.parks'],
  ['yeşil alanlar', 'green.parks'],
  ['peyzaj düzenlemesi', 'green.parks'],
  ['فضاهای سبز شهری', 'green.parks'],
  ['پارک‌های شهری', 'green.parks'],
  ['المساحات الخضراء', 'green.parks'],
  ['الحدائق والمتنزهات', 'green.parks'],
  ['Green Space', 'green.parks'],
  ['green-areas', 'green.parks'],
  ['Smart street lighting', 'green.lighting'],
  ['LED street lighting', 'green.lighting'],
  ['akıllı sokak aydınlatması', 'green.lighting'],
  ['sokak lambaları', 'green.lighting'],
  ['روشنایی هوشمند معابر', 'green.lighting'],
  ['روشنایی معابر شهری', 'green.lighting'],
  ['الإنارة الذكية للشوارع', 'green.lighting'],
  ['Street-lights', 'green.lighting'],
  ['Smart-City', 'smart'],
  ['smartcity', 'smart'],
  ['akıllı kentler', 'smart'],
  ['akilli sehir', 'smart'],
  ['شهر‌های هوشمند', 'smart'],
  ['هوشمندسازی شهری', 'smart'],
  ['المدن الذكية', 'smart'],
  ['مدينة ذكية', 'smart'],
  ['SMART CITIES', 'smart'],
  ['Big Data Analytics', 'smart.data'],
  ['data-analytics', 'smart.data'],
  ['veri analizi', 'smart.data'],
  ['veri analitigi', 'smart.data'],
  ['büyük veri analitiği', 'smart.data'],
  ['تحلیل داده‌ها', 'smart.data'],
  ['داده‌کاوی', 'smart.data'],
  ['تحليلات البيانات', 'smart.data'],
  ['Digital twins', 'smart.data'],
  ['dijital ikiz teknolojisi', 'smart.data'],
  ['دوقلوهای دیجیتال', 'smart.data'],
  ['التوأم الرقمي للمدينة', 'smart.data'],
  ['urban data platforms', 'smart.data'],
  ['eGovernment', 'smart.egov'],
  ['e-Gov services', 'smart.egov'],
  ['e-municipality services', 'smart.egov'],
  ['dijital belediyecilik', 'smart.egov'],
  ['e-belediye hizmetleri', 'smart.egov'],
  ['خدمات الکترونیکی شهرداری', 'smart.egov'],
  ['شهرداری الکترونیکی', 'smart.egov'],
  ['الخدمات الإلكترونية البلدية', 'smart.egov'],
  ['الحكومة الالكترونية', 'smart.egov'],
  ['Digital Public Service', 'smart.egov'],
  ['IOT', 'smart.iot'],
  ['Internet-of-Things', 'smart.iot'],
  ['IoT sensors', 'smart.iot'],
  ['sensörler', 'smart.iot'],
  ['akıllı sensörler', 'smart.iot'],
  ['سنسورها', 'smart.iot'],
  ['حسگرهای هوشمند', 'smart.iot'],
  ['اینترنت‌اشیا', 'smart.iot'],
  ['إنترنت الاشياء', 'smart.iot'],
  ['مستشعرات ذكية', 'smart.iot'],
  ['Healthcare services', 'health'],
  ['Health Tech', 'health'],
  ['saglik hizmetleri', 'health'],
  ['بهداشت و درمان', 'health'],
  ['الرعاية الصحية', 'health'],
  ['الخدمات الصحية', 'health'],
  ['HEALTH-CARE', 'health'],
  ['Tele-medicine', 'health.telemedicine'],
  ['telehealth services', 'health.telemedicine'],
  ['uzaktan sağlık hizmetleri', 'health.telemedicine'],
  ['teletip', 'health.telemedicine'],
  ['پزشکی از راه‌دور', 'health.telemedicine'],
  ['سلامت از راه دور', 'health.telemedicine'],
  ['الطب عن بعد', 'health.telemedicine'],
  ['التطبيب عن بعد', 'health.telemedicine'],
  ['telemedecine', 'health.telemedicine'],
  ['Senior care', 'health.elderly'],
  ['care for the elderly', 'health.elderly'],
  ['yaşlı bakım hizmetleri', 'health.elderly'],
  ['yasli bakimi', 'health.elderly'],
  ['نگهداری از سالمندان', 'health.elderly'],
  ['مراقبت سالمندان', 'health.elderly'],
  ['رعاية كبار السن', 'health.elderly'],
  ['elderly-care', 'health.elderly'],
  ['Revenue Generation', 'revenue'],
  ['municipal income', 'revenue'],
  ['sustainable income', 'revenue'],
  ['belediye gelir', 'revenue'],
  ['gelir artırıcı projeler', 'revenue'],
  ['درآمدهای پایدار', 'revenue'],
  ['درآمدزایی پایدار', 'revenue'],
  ['درآمد شهری', 'revenue'],
  ['إيرادات مستدامة', 'revenue'],
  ['الإيرادات البلدية', 'revenue'],
  ['Sustainable-Revenue', 'revenue'],
  ['Fin-tech', 'revenue.payments'],
  ['FinTech solutions', 'revenue.payments'],
  ['digital payment', 'revenue.payments'],
  ['e-ödeme', 'revenue.payments'],
  ['پرداخت‌های الکترونیکی', 'revenue.payments'],
  ['پرداخت دیجیتال', 'revenue.payments'],
  ['المدفوعات الإلكترونية', 'revenue.payments'],
  ['الدفع الالكتروني', 'revenue.payments'],
  ['Investments', 'revenue.investment'],
  ['PPP projects', 'revenue.investment'],
  ['kamu özel ortaklığı', 'revenue.investment'],
  ['yatirim', 'revenue.investment'],
  ['جذب سرمایه‌گذاری', 'revenue.investment'],
  ['الاستثمار', 'revenue.investment'],
  ['شراكة القطاعين العام والخاص', 'revenue.investment'],
  ['Public Private Partnerships', 'revenue.investment'],
  ['cost savings', 'revenue.cost'],
  ['efficiency', 'revenue.cost'],
  ['operational cost reduction', 'revenue.cost'],
  ['verimlilik artırma', 'revenue.cost'],
  ['maliyet düşürme', 'revenue.cost'],
  ['کاهش هزینه‌های شهرداری', 'revenue.cost'],
  ['افزایش بهره وری', 'revenue.cost'],
  ['خفض التكاليف', 'revenue.cost'],
  ['الكفاءة التشغيلية', 'revenue.cost'],
  ['Construction tech', 'construction'],
  ['ConTech', 'construction'],
  ['building technologies', 'construction'],
  ['inşaat teknolojisi', 'construction'],
  ['فناوری‌های ساخت', 'construction'],
  ['صنعت ساختمان', 'construction'],
  ['تقنيات البناء', 'construction'],
  ['building material', 'construction.materials'],
  ['yapı malzemesi', 'construction.materials'],
  ['مصالح ساختمانی نوین', 'construction.materials'],
  ['مواد البناء', 'construction.materials'],
  ['Disaster Management', 'disaster'],
  ['crisis management', 'disaster'],
  ['afet ve acil durum yönetimi', 'disaster'],
  ['مدیریت بحران شهری', 'disaster'],
  ['إدارة الكوارث', 'disaster'],
  ['earthquake', 'disaster.earthquake'],
  ['seismic resilience', 'disaster.earthquake'],
  ['deprem dayanıklılığı', 'disaster.earthquake'],
  ['زمین‌لرزه', 'disaster.earthquake'],
  ['مقاوم‌سازی لرزه‌ای', 'disaster.earthquake'],
  ['الزلازل', 'disaster.earthquake'],
  ['Education technology', 'education.edtech'],
  ['EdTech', 'education.edtech'],
  ['eğitim teknolojisi', 'education.edtech'],
  ['فناوری‌های آموزشی', 'education.edtech'],
  ['آموزش مجازی', 'education.edtech'],
  ['التعليم الالكتروني', 'education.edtech'],
  ['التعليم', 'education'],
  ['Localization', 'manufacturing'],
  ['domestic manufacturing', 'manufacturing'],
  ['yerli ve milli üretim', 'manufacturing'],
  ['ساخت داخل', 'manufacturing'],
  ['تولید داخلی', 'manufacturing'],
  ['التصنيع المحلي', 'manufacturing'],
  ['توطين الصناعة', 'manufacturing'],
  ['Renewable Energies', 'energy.renewables'],
  ['renewables', 'energy.renewables'],
  ['yenilenebilir enerji kaynakları', 'energy.renewables'],
  ['انرژی‌های تجدیدپذیر', 'energy.renewables'],
  ['الطاقة المتجددة', 'energy.renewables'],
  ['Solar Energy', 'energy.solar'],
  ['güneş enerjisi', 'energy.solar'],
  ['انرژی خورشیدی', 'energy.solar'],
  ['الطاقة الشمسية', 'energy.solar'],
  ['energy saving', 'energy.efficiency'],
  ['Water', 'water'],
  ['water resources management', 'water'],
  ['su kaynakları yönetimi', 'water'],
  ['مدیریت منابع آب', 'water'],
  ['آب و فاضلاب', 'water'],
  ['إدارة الموارد المائية', 'water'],
  ['wastewater treatment', 'water.wastewater'],
  ['atıksu arıtma', 'water.wastewater'],
  ['تصفیه فاضلاب', 'water.wastewater'],
  ['معالجة مياه الصرف', 'water.wastewater'],
  ['citizen engagement', 'participation'],
  ['vatandaş katılımı', 'participation'],
  ['katılımcılık', 'participation'],
  ['مشارکت مردمی', 'participation'],
  ['المشاركة المجتمعية', 'participation'],
  ['Environmental', 'environment'],
  ['Air Pollution', 'environment.air'],
  ['hava kirliliği', 'environment.air'],
  ['آلودگی هوا', 'environment.air'],
  ['تلوث الهواء', 'environment.air'],
  ['Tourism', 'culture.tourism'],
  ['smart tourism', 'culture.tourism'],
  ['turizm', 'culture.tourism'],
  ['گردشگری هوشمند', 'culture.tourism'],
  ['السياحة', 'culture.tourism'],
  ['عوائد البلدية', 'revenue'],
  ['موارد البلدية', 'revenue'],
  ['belediye gelir artışı', 'revenue'],
  ['الطائرات المسيّرة', 'smart.iot'],
  ['طائرات مسيرة', 'smart.iot'],
  ['snow removal', 'construction.roads'],
  ['kar küreme', 'construction.roads'],
  ['برف‌روبی', 'construction.roads'],
  ['إزالة الثلوج', 'construction.roads'],
  ['sokak köpekleri', 'health.public'],
  ['حیوانات بلاتکلیف', 'health.public'],
  ['sohbet robotu', 'smart.egov'],
  ['چت بات', 'smart.egov'],
  ['روبوت الدردشة', 'smart.egov'],
  ['evsel atıkların toplanması', 'waste.collection'],
  ['cop depolama alani', 'waste.landfill'],
  ['inşaat ve yıkıntı atıkları', 'waste'], // construction waste is not hazardous
  ['ایستگاه انتقال پسماند', 'waste.collection'],
  ['محطة ترحيل النفايات', 'waste.collection'],
  ['garbage cans', 'waste.collection'],
  ['illegal dumping', 'waste.collection'],
  ['التخلص الامن من النفايات', 'waste'],
  ['trash-to-energy', 'waste.energy'],
  ['حوادث رانندگی', 'mobility.traffic'],
  ['پارک خودرو', 'mobility.parking'],
  ['kaçak park', 'mobility.parking'],
  ['park and ride', 'mobility.parking'],
  ['otonom araçlar', 'mobility'],
  ['السيارات ذاتية القيادة', 'mobility'],
  ['school bus', 'mobility.public-transport'],
  ['سرویس مدارس', 'mobility.public-transport'],
  ['تله کابین', 'mobility.public-transport'],
  ['street lamps', 'green.lighting'],
  ['ışıklandırma', 'green.lighting'],
  ['الشوارع المظلمة', 'green.lighting'],
  ['çiçeklendirme', 'green.parks'],
  ['زراعة الزهور', 'green.parks'],
  ['bus stop shelters', 'green.furniture'],
  ['citizen app', 'smart.egov'],
  ['belediye mobil uygulaması', 'smart.egov'],
  ['تطبيق البلدية', 'smart.egov'],
  ['online islemler', 'smart.egov'],
  ['نوبت دهی اینترنتی', 'smart.egov'],
  ['komuta kontrol merkezi', 'smart'],
  ['مرکز کنترل شهری', 'smart'],
  ['پایش لحظه‌ای', 'smart.iot'],
  ['mosquito control', 'health.public'],
  ['مكافحة البعوض', 'health.public'],
  ['الأمراض المزمنة', 'health'],
  ['attracting investors', 'revenue.investment'],
  ['reducing operating costs', 'revenue.cost'],
  ['technology transfer', 'manufacturing'],
  ['ithalata bağımlılık', 'manufacturing'],
  ['çöp kamyonu üretimi', 'manufacturing.equipment'],
  ['yeraltı suyu', 'water'],
  ['power outages', 'energy.grid'],
  ['قطعی برق', 'energy.grid'],
  ['elektrik faturalarını düşürme', 'energy.efficiency'],
  ['natural gas', 'energy'],
  ['هوای آلوده', 'environment.air'],
  ['search and rescue', 'disaster'],
  ['مراكز الإيواء', 'disaster'],
  ['riskli yapılar', 'disaster.earthquake'],
  ['التسرب المدرسي', 'education'],
  ['robotics education', 'education'],
  ['افراد کم توان', 'social.accessibility'],
  ['dar gelirli aileler', 'social'],
  ['sesli rehber', 'culture.tourism'],
  ['المدينة القديمة', 'culture.heritage'],
  ['شورای محله', 'participation'],
  ['suggestion box', 'participation.feedback'],
  ['تربية النحل', 'agriculture'],
  ['genç işsizliği', 'economy'],
  ['مساحات العمل المشتركة', 'economy'],
  ['otoparklarda doluluk', 'mobility.parking'],
  ['trafiğe çözüm', 'mobility.traffic'],
  ['yaşlıların bakımı', 'health.elderly'],
  ['köprülerin izlenmesi', 'construction.roads'],
  ['engellilerin ulaşımı', 'social.accessibility'],
  ['müzelerde sanal tur', 'culture.heritage'],
  ['روشنایی‌های پارک', 'green.lighting'],
  ['لتدوير النفايات', 'waste.recycling'],
  // a fresh round of other people's wording: indefinite Arabic, problem words, new concepts
  ['نفايات الكترونية', 'waste.hazardous'],
  ['ألياف ضوئية', 'smart.connectivity'],
  ['تعليم إلكتروني', 'education.edtech'],
  ['رعاية المسنون', 'health.elderly'],
  ['şehir içi ulaşım sorunları', 'mobility'],
  ['kent içi ulaşım', 'mobility'],
  ['مشكلة النفايات في المدينة', 'waste'],
  ['زباله‌های خانگی', 'waste'],
  ['gridlock', 'mobility.traffic'],
  ['راه‌بندان', 'mobility.traffic'],
  ['الزحام المروري', 'mobility.traffic'],
  ['road accidents', 'mobility.traffic'],
  ['حوادث الطرق', 'mobility.traffic'],
  ['second-hand clothes', 'waste.recycling'],
  ['ikinci el kiyafet', 'waste.recycling'],
  ['لباس دست دوم', 'waste.recycling'],
  ['kerbside collection', 'waste.collection'],
  ['underground containers', 'waste.collection'],
  ['المكبات', 'waste.landfill'],
  ['akıllı ev', 'construction.smart-buildings'],
  ['خانه هوشمند', 'construction.smart-buildings'],
  ['نقاط الشحن', 'mobility.ev'],
  ['ماشین برقی', 'mobility.ev'],
  ['oteller', 'culture.tourism'],
  ['هتل‌ها', 'culture.tourism'],
  ['öğretmenler', 'education'],
  ['المعلمين', 'education'],
  ['clean water', 'water.supply'],
  ['temiz su', 'water.supply'],
  ['المياه النظيفة', 'water.supply'],
  ['replacing imported equipment', 'manufacturing'],
  ['ithal ekipmanların yerlileştirilmesi', 'manufacturing'],
  ['جایگزینی تجهیزات وارداتی', 'manufacturing'],
  ['استبدال المعدات المستوردة', 'manufacturing'],
  ['help small shops sell online', 'economy.commerce'],
  ['e-belediyecilik', 'smart.egov'],
  ['الحكومة الذكية', 'smart.egov'],
  ['iklim krizi', 'environment.climate'],
  ['گرمایش جهانی', 'environment.climate'],
  ['beautifying the city', 'green'],
  ['lawn care', 'green.parks'],
  ['المعاقين', 'social.accessibility'],
  ['small and medium enterprises', 'economy'],
  ['سوق الخضار والفواكه', 'agriculture.food'],
  ['Dijitalleşme', 'smart'],
  ['دیجیتال سازی', 'smart'],
  ['sıfır emisyon', 'environment.climate'],
  ['zero emissions', 'environment.climate'],
  ['بانوان', 'social.community'],
  ['امور بانوان', 'social.community'],
];

t.test('maps how people really write a sector to the right sector first', async (t) => {
  t.ok(VARIANTS.length >= 250, `${VARIANTS.length} variants`);
  for (const [tag, sector] of VARIANTS) t.equal(mapTag(tag)[0]?.sectorId, sector, tag);
});

t.test('strength says how the tag matched', async (t) => {
  const exact = mapTag('Geri dönüşüm');
  t.same(
    exact.map((m) => [m.sectorId, m.strength, m.via]),
    [['waste.recycling', 1, 'exact']],
  );
  const stem = mapTag('otoparkları');
  t.equal(stem[0]?.via, 'stem');
  t.ok((stem[0]?.strength ?? 0) < 1 && (stem[0]?.strength ?? 0) >= 0.9);
  const phrase = mapTag('akıllı otopark yazılımı ve donanımı');
  t.equal(phrase[0]?.sectorId, 'mobility.parking');
  t.equal(phrase[0]?.via, 'phrase');
  t.ok((phrase[0]?.strength ?? 1) < 0.95);
  const typo = mapTag('recyling');
  t.same([typo[0]?.sectorId, typo[0]?.via], ['waste.recycling', 'fuzzy']);
  const token = mapTag('otobüs hatları optimizasyonu');
  t.equal(token[0]?.sectorId, 'mobility.public-transport');
});

t.test('words written together are split into known words', async (t) => {
  t.equal(mapTag('مدیریت‌بحران‌شهری')[0]?.sectorId, 'disaster');
  t.equal(mapTag('کنترل‌ترافیک‌هوشمند')[0]?.sectorId, 'mobility.traffic');
  t.equal(mapTag('نگهداری‌از‌سالمندان')[0]?.sectorId, 'health.elderly');
  t.equal(mapTag('smartparking')[0]?.sectorId, 'mobility.parking');
  t.equal(mapTag('پارک‌های‌شهری')[0]?.sectorId, 'green.parks');
  t.equal(mapTag('الإنارة‌الذكية‌للشوارع')[0]?.sectorId, 'green.lighting');
  t.equal(mapTag('جذب سرمیاه‌گذاری')[0]?.sectorId, 'revenue.investment', 'a typo is not split');
});

t.test('a tag naming two needs maps to both', async (t) => {
  const ids = mapTag('Waste management & recycling').map((m) => m.sectorId);
  t.same(ids.sort(), ['waste', 'waste.recycling']);
  const fa = mapTag('پارکینگ و حمل و نقل عمومی').map((m) => m.sectorId);
  t.same(fa.sort(), ['mobility.parking', 'mobility.public-transport']);
});

t.test('efficiency in energy and efficiency in operations stay apart', async (t) => {
  t.equal(mapTag('enerji verimliliği')[0]?.sectorId, 'energy.efficiency');
  t.equal(mapTag('verimlilik')[0]?.sectorId, 'revenue.cost');
  t.equal(mapTag('بهره‌وری انرژی')[0]?.sectorId, 'energy.efficiency');
  t.equal(mapTag('بهره‌وری')[0]?.sectorId, 'revenue.cost');
  t.equal(mapTag('park')[0]?.sectorId, 'green.parks');
  t.equal(mapTag('parking')[0]?.sectorId, 'mobility.parking');
  t.equal(mapTag('atık su')[0]?.sectorId, 'water.wastewater');
});

t.test('the Turkish word ev (home) is not the abbreviation EV', async (t) => {
  t.equal(mapTag('akıllı ev')[0]?.sectorId, 'construction.smart-buildings');
  t.equal(mapTag('ev tipi kompost')[0]?.sectorId, 'waste.organic');
  t.equal(mapTag('EV charging')[0]?.sectorId, 'mobility.ev');
});

t.test('R&D-style abbreviations and research & development in four languages', async (t) => {
  t.equal(mapTag('R & D centre')[0]?.sectorId, 'economy');
  t.equal(mapTag('Research & Development')[0]?.sectorId, 'economy');
  t.equal(mapTag('Ar-Ge çalışmaları')[0]?.sectorId, 'economy');
  t.equal(mapTag('پژوهش و توسعه')[0]?.sectorId, 'economy');
  t.equal(mapTag('البحث و التطوير')[0]?.sectorId, 'economy');
  t.equal(mapTag('A & E')[0]?.sectorId, 'health.emergency');
  t.equal(mapTag('acil servisler')[0]?.sectorId, 'health.emergency', 'servis here is not a bus');
});

t.test('Maghreb and Gulf municipal wording', async (t) => {
  t.equal(mapTag('رسكلة البلاستيك')[0]?.sectorId, 'waste.recycling');
  t.equal(mapTag('مطرح عشوائي')[0]?.sectorId, 'waste.landfill');
  t.equal(mapTag('رفع المخلفات')[0]?.sectorId, 'waste.collection');
  t.equal(mapTag('التطهير السائل')[0]?.sectorId, 'water.wastewater');
  t.equal(mapTag('قطاع الفلاحة')[0]?.sectorId, 'agriculture');
  t.equal(mapTag('النجاعة الطاقية للمباني')[0]?.sectorId, 'energy.efficiency');
  t.equal(mapTag('التعمير والبناء')[0]?.sectorId, 'construction.planning');
  t.equal(mapTag('باركينغ ذكي')[0]?.sectorId, 'mobility.parking');
});

t.test('an Arabic singular as well as its broken plural', async (t) => {
  t.equal(mapTag('مصنع ذكي')[0]?.sectorId, 'manufacturing.industry');
  t.equal(mapTag('مزرعة عمودية')[0]?.sectorId, 'agriculture.urban-farming');
  t.equal(mapTag('سوق الجملة')[0]?.sectorId, 'agriculture.food');
  t.equal(mapTag('مصانع الأسمدة')[0]?.sectorId, 'manufacturing.industry');
  t.equal(mapTag('مخالفات البناء')[0]?.sectorId, 'construction', 'violations, not waste');
});

t.test('business rates, city farms and social solidarity', async (t) => {
  t.equal(mapTag('business rates collection')[0]?.sectorId, 'revenue.tax');
  t.equal(mapTag('city farm')[0]?.sectorId, 'agriculture.urban-farming');
  t.equal(mapTag('sosyal dayanışma merkezi')[0]?.sectorId, 'social');
  t.equal(mapTag('همبستگی اجتماعی')[0]?.sectorId, 'social');
  t.equal(mapTag('التضامن الاجتماعي')[0]?.sectorId, 'social');
});

t.test('problem words qualify a need and never pick a sector', async (t) => {
  t.equal(mapTag('otopark sorunu')[0]?.sectorId, 'mobility.parking');
  t.same(
    mapTag('ulaşım sorunları').map((m) => [m.sectorId, m.via]),
    [['mobility', 'exact']],
    'nothing is left over to refine the area by',
  );
  t.equal(mapTag('parking problems')[0]?.sectorId, 'mobility.parking');
  t.equal(mapTag('sorun')[0]?.via, 'free');
  t.equal(mapTag('مشکلات')[0]?.via, 'free');
});

t.test('a typo in one word of a phrase is not outvoted by the words spelled right', async (t) => {
  // the correct word alone names only the area (or another sector); the whole tag, typo
  // and all, is one edit from a form of the child
  const cases: readonly (readonly [string, string])[] = [
    ['building mateials', 'construction.materials'],
    ['water treament', 'water.supply'],
    ['vertcal farming', 'agriculture.urban-farming'],
    ['Particpatory budgeting', 'participation'],
    ['waste to enegy', 'waste.energy'],
    ['çöp topama', 'waste.collection'],
    ['iklim değişkliği', 'environment.climate'],
    ['tıbbi atılar', 'waste.hazardous'],
    ['آلوگی صوتی', 'environment.noise'],
    ['آموزش آنلین', 'education.edtech'],
    ['پسماند بیمارتانی', 'waste.hazardous'],
    ['جمع‌وری پسماند شهری', 'waste.collection'],
    ['طاقة الراح', 'energy.renewables'],
    ['الطاقة المتددة', 'energy.renewables'],
    ['الأمن السيراني', 'smart.connectivity'],
  ];
  for (const [tag, id] of cases) t.equal(mapTag(tag)[0]?.sectorId, id, tag);
  t.equal(mapTag('building mateials')[0]?.via, 'fuzzy', 'a corrected typo is fuzzy evidence');
  // a phrase with a real extra word is still a phrase match, not a forced typo: "data
  // safety" is one edit from "road safety" (ایمنی جاده) but داده is a known word
  t.equal(mapTag('recyclable waste')[0]?.sectorId, 'waste.recycling');
  t.not(mapTag('ایمنی داده')[0]?.sectorId, 'mobility.traffic');
});

t.test('a typo that changes how a word stems is caught on the words as written', async (t) => {
  // uzaktan → uzatan loses its ablative; النفسية → النسية loses its nisba
  t.equal(mapTag('uzatan eğitim')[0]?.sectorId, 'education.edtech');
  t.equal(mapTag('الصحة النسية')[0]?.sectorId, 'health.public');
});

t.test('the span naming most of the need wins, whichever side the head is on', async (t) => {
  // "waste management" and "hospital waste" are both two words long; only one leaves a
  // generic word over (Persian and Arabic put the head first, English and Turkish last)
  t.equal(mapTag('مدیریت پسماند بیمارستانی')[0]?.sectorId, 'waste.hazardous');
  t.equal(mapTag('route optimization for waste trucks')[0]?.sectorId, 'waste.collection');
  t.equal(mapTag('çöp kamyonlarının rota optimizasyonu')[0]?.sectorId, 'waste.collection');
});

t.test('unknown tags become normalized free tags that only meet themselves', async (t) => {
  const a = mapTag('Zzqx-Flurb');
  const b = mapTag('  zzqx   FLURB ');
  t.same(a, [{ sectorId: `${FREE_PREFIX}zzqx flurb`, strength: 1, via: 'free' }]);
  t.same(b, a);
  t.not(mapTag('zzqx flurbs')[0]?.sectorId, mapTag('zzqx blorp')[0]?.sectorId);
});

t.test('bad tags never crash and never match everything', async (t) => {
  t.same(mapTag(''), []);
  t.same(mapTag('   '), []);
  t.same(mapTag('!!!???...'), []);
  t.same(mapTag('🚀🏙️♻️'), []);
  t.same(mapTag(null), []);
  t.same(mapTag(12345), []);
  const kitchenSink = mapTag(
    'waste recycling parking lighting health energy water tourism education '.repeat(120),
  );
  t.ok(kitchenSink.length <= MAX_SECTORS_PER_TAG, `${kitchenSink.length} sectors at most`);
  const huge = mapTag('x'.repeat(10_240));
  t.equal(huge.length, 1);
  t.ok((huge[0]?.sectorId.length ?? 0) <= 300, 'free tag is capped');
  const mixed = mapTag('smart شهر akıllı مدينة');
  t.ok(mixed.length <= 1, 'mixed scripts: at most one guess');
  t.equal(mapTag('smart')[0]?.via, 'free', 'a generic word alone names no sector');
  t.equal(normalizeTag(mapTag('Smart!!')[0]?.sectorId ?? ''), 'free smart');
});
