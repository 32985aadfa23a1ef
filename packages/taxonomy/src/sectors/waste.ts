import { area, child, type SectorDef } from '../sector-types.js';

const waste = area(
  'waste',
  'loose',
  { en: 'Waste management', tr: 'Atık yönetimi', fa: 'مدیریت پسماند', ar: 'إدارة النفايات' },
  {
    // construction and demolition waste is its own stream, mostly inert: not hazardous waste
    en: 'waste | wastes | solid waste | municipal solid waste | MSW | waste services | garbage | garbage management | trash | rubbish | refuse | refuse management | integrated waste management | zero waste | waste reduction | waste minimisation | waste minimization | cleantech waste | urban waste | household waste | domestic waste | waste disposal | refuse disposal | garbage disposal | SWM | single-use plastics | single use plastic | plastic bags | plastic bag ban | construction and demolition waste | C&D waste | construction waste | demolition waste | construction debris',
    tr: 'atık | atıklar | atık yönetim | katı atık | katı atıklar | katı atık yönetimi | evsel atık | evsel katı atık | belediye atıkları | kentsel atık | çöp | çöp yönetimi | çöpler | sıfır atık | atık azaltma | atık hizmetleri | atık bertarafı | bertaraf | poşet | plastik poşet | poşet kullanımı | tek kullanımlık plastik | inşaat atığı | hafriyat | moloz | inşaat ve yıkıntı atıkları | yıkıntı atıkları | inşaat atıkları | hafriyat toprağı',
    fa: 'پسماند | پسماندها | زباله | زباله‌ها | مدیریت زباله | پسماند شهری | پسماند جامد | پسماند جامد شهری | مواد زائد جامد | زباله شهری | پسماند خانگی | پسماند عادی | مدیریت پسماندهای شهری | زباله صفر | کاهش پسماند | دفع پسماند | کاهش تولید پسماند | کاهش تولید زباله | کیسه پلاستیکی | کیسه‌های پلاستیکی | پلاستیک یکبار مصرف | زباله خانگی | زباله‌های خانگی | نخاله | نخاله ساختمانی | پسماند ساختمانی | پسماند عمرانی | پسماند عمرانی و ساختمانی | نخاله‌های ساختمانی',
    ar: 'النفايات | نفايات | النفايات الصلبة | نفايات صلبة | النفايات البلدية | النفايات المنزلية | القمامة | إدارة القمامة | المخلفات | إدارة المخلفات | المخلفات الصلبة | إدارة النفايات الصلبة | صفر نفايات | الحد من النفايات | التخلص من النفايات | التخلص الآمن من النفايات | الأكياس البلاستيكية | البلاستيك أحادي الاستخدام | مخلفات البناء والهدم | مخلفات البناء | نفايات البناء | نفايات البناء والهدم | مخلفات الهدم',
  },
);

export const WASTE_SECTORS: SectorDef[] = [
  waste,
  child(
    waste,
    'recycling',
    { en: 'Recycling', tr: 'Geri dönüşüm', fa: 'بازیافت', ar: 'إعادة التدوير' },
    {
      en: 'recycle | recycled | recyclables | recyclable materials | recycling services | material recovery | materials recovery facility | MRF | circular economy | upcycling | plastic recycling | paper recycling | glass recycling | metal recycling | textile recycling | packaging waste | source separation | waste sorting | waste segregation | resource recovery | deposit return | reverse vending | textile waste | clothing recycling | used clothing | used cooking oil | waste cooking oil | waste pickers | informal recycling | bottle deposit scheme | deposit refund system | deposit return scheme | drop-off points | recycling drop-off | recycling center | second-hand clothes | second hand clothing | secondhand clothes | upcycled | upcycled products | plastic bottles | PET bottles | waste valorisation | waste valorization',
      tr: 'geri dönüşüm | geri dönüştürme | geri dönüşüm tesisi | geri kazanım | geri kazanim | döngüsel ekonomi | ileri dönüşüm | ambalaj atığı | ambalaj atıkları | plastik geri dönüşüm | kağıt geri dönüşüm | cam geri dönüşüm | atık ayrıştırma | kaynağında ayrıştırma | ayrıştırma | depozito iade | tekstil atığı | tekstil atıkları | giysi geri dönüşümü | atık kıyafet | atık bitkisel yağ | atık getirme merkezi | mobil atık getirme | atık getirme | ikinci el kıyafet | ikinci el giysi | ikinci el eşya | pet şişe | plastik şişe | plastik şişeler | hurda | hurda metal | hurdacılık | metal hurda',
      fa: 'ریسایکل | ری سایکل | بازیافت پسماند | بازیافت زباله | بازچرخانی | اقتصاد چرخشی | تفکیک از مبدا | تفکیک پسماند | تفکیک زباله | پسماند خشک | بازیافت پلاستیک | بازیافت کاغذ | بازیافت شیشه | غرفه بازیافت | مواد قابل بازیافت | بازیافت مواد | زباله گردی | پسماند نساجی | روغن خوراکی مستعمل | لباس دست دوم | پوشاک دست دوم | لباس کهنه | بطری پلاستیکی | بطری پت | ضایعات فلزی | ضایعات آهن | ضایعات آهنی | ضایعات پلاستیک | ضایعات کاغذ | خرید ضایعات | کارخانه بازیافت | کارخانه‌های بازیافت',
      ar: 'تدوير | التدوير | إعادة تدوير | تدوير النفايات | إعادة تدوير النفايات | الاقتصاد الدائري | فرز النفايات | فصل النفايات من المصدر | استرجاع المواد | تدوير البلاستيك | تدوير الورق | المواد القابلة لإعادة التدوير | نفايات المنسوجات | تدوير الملابس | زيت الطهي المستعمل | الملابس المستعملة | الملابس القديمة | العبوات البلاستيكية | القناني البلاستيكية | الزجاجات البلاستيكية | رسكلة | الرسكلة | رسكلة النفايات | تثمين النفايات | الخردة | خردة المعادن',
    },
  ),
  child(
    waste,
    'collection',
    { en: 'Waste collection', tr: 'Atık toplama', fa: 'جمع‌آوری پسماند', ar: 'جمع النفايات' },
    {
      // sanitation department: the garbage service in US cities (DSNY); bare sanitation stays sewage
      en: 'garbage collection | garbage pickup | trash pickup | waste pickup | curbside pickup | curbside collection | door to door collection | refuse collection | trash collection | rubbish collection | waste logistics | waste transport | smart bins | smart waste bins | waste bins | waste containers | bin sensors | fill level sensors | collection routes | waste route optimization | waste trucks | street cleaning | street sweeping | urban cleaning | litter | dumpster | dumpsters | skip bins | bulky waste | bulky waste collection | junk removal | waste transfer station | transfer station | container washing | bin washing | beach cleaning | garbage cans | trash cans | trash bins | garbage bins | rubbish bins | litter bins | illegal dumping | fly-tipping | fly tipping | city cleanliness | city cleaning | kerbside | kerbside collection | kerbside pickup | clean streets | street cleanliness | litter picking | underground containers | underground bins | underground waste containers | department of sanitation | sanitation department | sanitation dept | streets and sanitation | sanitation workers | sanitation trucks | garbage trucks | trash trucks | refuse trucks | refuse collection vehicles',
      tr: 'çöp toplama | atık toplama ve taşıma | atık taşıma | akıllı çöp kutusu | akıllı konteyner | çöp konteyneri | atık konteyneri | çöp kamyonu | atık lojistiği | sokak temizliği | cadde temizliği | temizlik işleri | kent temizliği | doluluk sensörü | atık toplama | atıkların toplanması | çöplerin toplanması | sahil temizliği | plaj temizliği | atık aktarma istasyonu | çöp aktarma istasyonu | konteyner yıkama | hacimli atık | iri hacimli atık | çöp toplamada verimlilik | kaçak döküm | izinsiz döküm | şehir temizliği | şehrin temizliği | çevre temizliği | çöp bidonu | çöp bidonları | çöp kovası | sokak süpürme | cadde süpürme | yol süpürme | sokakların temizliği | yeraltı konteyner | yer altı çöp konteyneri | sokak temizleme | cadde temizleme',
      fa: 'جمع آوری زباله | جمع‌آوری زباله | جمع آوری و حمل پسماند | حمل پسماند | سطل زباله | سطل زباله هوشمند | مخزن زباله | مخازن پسماند | کامیون حمل زباله | رفت و روب | رفت‌وروب | نظافت شهری | پاکبانی | خدمات شهری نظافت | مسیریابی جمع آوری پسماند | ایستگاه انتقال پسماند | ایستگاه انتقال زباله | پاکسازی سواحل | مخازن زیرزمینی پسماند | تخلیه غیرمجاز پسماند | رهاسازی پسماند | رهاسازی زباله | خودروهای حمل زباله | ماشین حمل زباله | پاکیزگی شهر | نظافت شهر | پاکیزگی شهری | نظافت معابر | پاکسازی معابر | جاروب معابر | جارو کردن خیابان | نظافت خیابان | سطل آشغال | سطل آشغال هوشمند | جمع آوری آشغال | جمع کردن آشغال | ماشین آشغال',
      ar: 'جمع القمامة | جمع المخلفات | نقل النفايات | جمع ونقل النفايات | حاويات النفايات | الحاويات الذكية | حاويات ذكية | صناديق القمامة الذكية | شاحنات النفايات | نظافة الشوارع | النظافة العامة | تنظيف الشوارع | كنس الشوارع | محطة ترحيل النفايات | محطات ترحيل النفايات | محطات نقل النفايات | تنظيف الشواطئ | الرمي العشوائي للنفايات | رمي النفايات العشوائي | نظافة المدينة | نظافة المدن | تنظيف الأحياء | نظافة الأحياء | نظافة الحي | تفريغ الحاويات | تفريغ حاويات النفايات | رفع النفايات | رفع المخلفات | رفع القمامة | النظافة | إدارة النظافة | خدمات النظافة | أعمال النظافة | كبس النفايات | كابسات النفايات | سيارات كبس النفايات | سيارات النفايات | سيارات جمع النفايات',
    },
  ),
  child(
    waste,
    'organic',
    {
      en: 'Organic waste & composting',
      tr: 'Organik atık ve kompost',
      fa: 'پسماند تر و کمپوست',
      ar: 'النفايات العضوية والتسميد',
    },
    {
      en: 'organic waste | organic recycling | organics collection | composting | compost | food waste | biowaste | bio waste | green waste | garden waste | wet waste | kitchen waste | anaerobic digestion | vermicomposting | vermicompost | organic fertilizer | yard waste | food leftovers | leftover food | food scraps | home composting | backyard composting | biodegradable waste | biodegradables | agricultural waste | crop residues | farm waste',
      // market waste is mostly produce
      tr: 'organik atık | organik atıklar | kompost | kompostlama | kompost tesisi | gıda atığı | gıda israfı | biyoatık | biyolojik atık | yeşil atık | bahçe atığı | bitkisel atık | mutfak atığı | ıslak atık | organik gübre | solucan gübresi | yemek artıkları | yemek artığı | yemek atığı | yemek atıkları | ev tipi kompost | evde kompost | biyobozunur atık | biyolojik olarak parçalanabilen atık | pazar atıkları | pazar yeri atıkları | hal atıkları',
      fa: 'پسماند تر | زباله تر | پسماند آلی | پسماند ارگانیک | کمپوست | کود کمپوست | تولید کمپوست | ورمی کمپوست | ورمی‌کمپوست | پسماند غذایی | ضایعات غذایی | پسماند سبز | کود آلی | پسماند مواد غذایی | دورریز غذا | دورریز مواد غذایی | هدررفت غذا | کمپوست خانگی | پسماند زیست تخریب پذیر | پسماند تجزیه پذیر | کارخانه کمپوست | کارخانه کود آلی | کارخانه کود کمپوست',
      ar: 'النفايات العضوية | نفايات عضوية | المخلفات العضوية | السماد العضوي | التسميد | الكمبوست | سماد | مخلفات الطعام | هدر الطعام | بقايا الطعام | النفايات الخضراء | الهضم اللاهوائي | مخلفات الأغذية | بقايا الأغذية | نفايات الطعام | التسميد المنزلي | النفايات القابلة للتحلل | النفايات القابلة للتحلل الحيوي | المخلفات الزراعية | النفايات الزراعية',
    },
  ),
  child(
    waste,
    'energy',
    {
      en: 'Waste-to-energy',
      tr: 'Atıktan enerji',
      fa: 'پسماند به انرژی',
      ar: 'تحويل النفايات إلى طاقة',
    },
    {
      en: 'waste to energy | WtE | energy from waste | EfW | incineration | waste incineration | biogas | landfill gas | refuse derived fuel | RDF | pyrolysis | gasification | trash to energy | incinerator | incinerators | waste incinerator | refuse incinerator | biomethane | electricity from waste | power from waste | trash into electricity | waste into electricity | waste to power | waste-to-power | power from trash',
      tr: 'atıktan enerji üretimi | atık enerji | atıktan enerji eldesi | biyogaz | çöp gazı | depolama gazı | yakma tesisi | atık yakma | piroliz | gazlaştırma | atıktan türetilmiş yakıt | çöp yakma | biyometan | atıktan elektrik | çöpten elektrik | atıktan elektrik üretimi',
      fa: 'انرژی از پسماند | تبدیل پسماند به انرژی | زباله سوز | زباله‌سوز | زباله سوزی | بیوگاز | زیست گاز | گاز لندفیل | پیرولیز | سوخت از زباله | بیومتان | برق از زباله | تولید برق از زباله | تولید برق از پسماند',
      ar: 'الطاقة من النفايات | تحويل النفايات إلى الطاقة | حرق النفايات | المحارق | المحرقة | محرقة النفايات | ترميد النفايات | الغاز الحيوي | البيوغاز | غاز المكبات | الانحلال الحراري | الوقود المشتق من النفايات | الميثان الحيوي | الكهرباء من النفايات | توليد الكهرباء من النفايات',
    },
  ),
  child(
    waste,
    'hazardous',
    {
      en: 'Hazardous & medical waste',
      tr: 'Tehlikeli ve tıbbi atık',
      fa: 'پسماند ویژه و پزشکی',
      ar: 'النفايات الخطرة والطبية',
    },
    {
      en: 'hazardous waste | medical waste | hospital waste | healthcare waste | clinical waste | e-waste | electronic waste | WEEE | chemical waste | battery waste | used batteries | industrial waste | asbestos | old electronics | discarded electronics | electronic scrap | e-scrap | waste tyres | waste tires | end-of-life tyres | used tires | toxic waste | toxic wastes | toxic materials | battery recycling | recycling batteries | waste batteries | spent batteries',
      // zararlı (harmful) is the everyday word beside tehlikeli
      tr: 'tehlikeli atık | tehlikeli atıklar | zararlı atık | zararlı atıklar | tıbbi atık | tıbbi atıklar | hastane atığı | elektronik atık | e-atık | atık pil | kimyasal atık | endüstriyel atık | sanayi atığı | atık yağ | yıkım atıkları | atık lastik | atık lastikler | ömrünü tamamlamış lastik | eski elektronik cihazlar | eski elektronik eşyalar | elektronik hurda | zehirli atık | zehirli atıklar | toksik atık | pil geri dönüşümü | atık pillerin geri dönüşümü | batarya geri dönüşümü | akü geri dönüşümü',
      fa: 'پسماند ویژه | پسماند خطرناک | پسماند پزشکی | پسماند بیمارستانی | زباله بیمارستانی | پسماند عفونی | پسماند الکترونیک | پسماند الکترونیکی | زباله الکترونیکی | پسماند صنعتی | باتری فرسوده | لاستیک فرسوده | لاستیک‌های فرسوده | لاستیک مستعمل | ضایعات الکترونیکی | وسایل الکترونیکی قدیمی | وسایل الکترونیکی فرسوده | پسماند سمی | پسماندهای سمی | زباله سمی | مواد سمی | بازیافت باتری | بازیافت باتری‌ها | بازیافت باتری های فرسوده',
      ar: 'النفايات الخطرة | نفايات خطرة | النفايات الطبية | نفايات طبية | مخلفات المستشفيات | النفايات الإلكترونية | المخلفات الإلكترونية | النفايات الكيميائية | النفايات الصناعية | البطاريات المستعملة | الأجهزة الإلكترونية القديمة | الخردة الإلكترونية | الإطارات التالفة | النفايات السامة | نفايات سامة | المواد السامة | تدوير البطاريات | إعادة تدوير البطاريات | البطاريات التالفة',
    },
  ),
  child(
    waste,
    'landfill',
    {
      en: 'Landfill & disposal sites',
      tr: 'Düzenli depolama',
      fa: 'دفن پسماند',
      ar: 'مدافن النفايات',
    },
    {
      en: 'landfill | landfills | sanitary landfill | dumpsite | dump site | landfill management | leachate | leachate treatment | landfill remediation | dumping site | dumping sites | open dump | open dumps | open dumping',
      // (katı) atık depolama: storing solid waste is landfilling (depolama alone is also energy storage)
      tr: 'düzenli depolama | düzenli depolama tesisi | çöp sahası | çöp döküm sahası | vahşi depolama | sızıntı suyu | depolama sahası | çöp depolama alanı | atık depolama alanı | atık depolama | katı atık depolama | çöp depolama | çöp döküm alanı | düzenli depolama alanı | çöplük | çöplükler | vahşi çöplük',
      fa: 'دفن پسماند | دفن زباله | لندفیل | محل دفن زباله | محل دفن پسماند | شیرابه | تصفیه شیرابه | دفن بهداشتی | مرکز دفن | مراکز دفن پسماند',
      ar: 'مكب النفايات | مكبات النفايات | المطامر | مطمر صحي | الطمر الصحي | دفن النفايات | العصارة | عصارة النفايات | المكبات العشوائية | المكب | المكبات | المكب العشوائي | مطرح النفايات | المطرح | مطرح | المطارح | المطرح العمومي | المطارح العشوائية',
    },
  ),
];
