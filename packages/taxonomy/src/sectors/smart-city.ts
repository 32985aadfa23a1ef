import { area, child, type SectorDef } from '../sector-types.js';

const smart = area(
  'smart',
  'loose',
  { en: 'Smart city', tr: 'Akıllı şehir', fa: 'شهر هوشمند', ar: 'المدينة الذكية' },
  {
    en: 'smart cities | smart city solutions | smart city platform | smart municipality | smart urban | smart urbanism | digital city | connected city | urban tech | urbantech | city tech | govtech | digital transformation | municipal digital transformation | smart governance | smart infrastructure | city operating system | urban operating system | command and control center | urban control center | city control center | city operations center | integrated operations center | smart nation',
    tr: 'akıllı şehir | akıllı şehirler | akıllı kent | akıllı kentler | akıllı şehircilik | akilli sehir | akıllı belediye | akıllı belediyecilik | dijital şehir | dijital dönüşüm | dijitalleşme | dijitalleştirme | belediye dijital dönüşüm | kent teknolojileri | akıllı altyapı | akıllı yönetişim | komuta kontrol merkezi | kent kontrol merkezi | akıllı şehir kontrol merkezi | smart şehir | smart kent',
    fa: 'شهر هوشمند | شهرهای هوشمند | شهرداری هوشمند | هوشمندسازی | هوشمند سازی | هوشمندسازی شهری | هوشمندسازی شهر | شهر دیجیتال | تحول دیجیتال | دیجیتال‌سازی | دیجیتالی‌سازی | تحول دیجیتال شهرداری | حکمرانی هوشمند | زیرساخت هوشمند | فناوری شهری | مرکز کنترل شهری | مرکز کنترل و فرماندهی | مرکز فرماندهی شهری | مرکز کنترل هوشمند | نقشه راه شهر هوشمند | اسمارت سیتی',
    ar: 'المدينة الذكية | المدن الذكية | مدينة ذكية | مدن ذكية | البلدية الذكية | المدينة الرقمية | التحول الرقمي | التحول الرقمي للبلديات | الحوكمة الذكية | البنية التحتية الذكية | تقنيات المدن | مركز التحكم والسيطرة | مركز القيادة والسيطرة | مركز التحكم الموحد | مركز العمليات الذكي | سمارت سيتي | سمارت سيتيز',
  },
);

export const SMART_CITY_SECTORS: SectorDef[] = [
  smart,
  child(
    smart,
    'data',
    {
      en: 'Urban data, analytics & digital twins',
      tr: 'Veri analitiği ve dijital ikiz',
      fa: 'تحلیل داده و دوقلوی دیجیتال',
      ar: 'تحليل البيانات والتوأم الرقمي',
    },
    {
      // data on its own, as Turkish veri already is (the word alone otherwise tied with
      // connectivity's data-center forms and went to the first id)
      en: 'data | data analytics | data analysis | analytics | urban data | city data | urban analytics | big data | data platform | urban data platform | data science | open data | data driven | dashboards | city dashboard | business intelligence | predictive analytics | digital twin | digital twins | city digital twin | urban digital twin | 3d city model | simulation | GIS | geospatial | geographic information systems | mapping | remote sensing | AI | artificial intelligence | machine learning | ML | computer vision | deep learning | generative ai | LLM | blockchain | data lake | data warehouse | lidar | satellite imagery | satellite images | aerial imagery | predictive modelling | predictive modeling | chatgpt | large language models | interoperability | open API',
      // the municipality's web map (address and GIS guide)
      tr: 'veri analitiği | veri analizi | büyük veri | kent verisi | kentsel veri | açık veri | veri platformu | veri bilimi | veriye dayalı | gösterge paneli | dijital ikiz | dijital ikizler | 3 boyutlu kent modeli | simülasyon | CBS | coğrafi bilgi sistemleri | coğrafi bilgi sistemi | kent bilgi sistemi | haritalama | uzaktan algılama | yapay zeka | yapay zekâ | makine öğrenmesi | makine öğrenimi | derin öğrenme | görüntü işleme | bilgisayarlı görü | blokzincir | blok zinciri | uydu görüntüleri | uydu görüntüsü | hava fotoğrafları | veri gölü | veri ambarı | veri | birlikte çalışabilirlik | harita | haritalar | veri odaklı | veriye dayalı karar | kent rehberi',
      fa: 'داده | داده‌ها | تحلیل داده | تحلیل داده‌ها | تحلیل داده های شهری | داده کاوی | داده‌کاوی | کلان داده | داده‌های کلان | داده های شهری | داده باز | داده‌های باز | علم داده | داشبورد | داشبورد شهری | هوش تجاری | تحلیل پیش بینانه | دوقلوی دیجیتال | همزاد دیجیتال | دوقلو دیجیتال | مدل سه بعدی شهر | شبیه سازی | جی آی اس | سامانه اطلاعات مکانی | سیستم اطلاعات جغرافیایی | نقشه برداری | سنجش از دور | هوش مصنوعی | یادگیری ماشین | یادگیری عمیق | بینایی ماشین | پردازش تصویر | بلاکچین | زنجیره بلوکی | تصاویر ماهواره‌ای | تصاویر ماهواره ای | عکس هوایی | لایدار | تعامل پذیری | نقشه | نقشه‌ها | داده محور | داده‌محور | تصمیم گیری داده محور | لیدار',
      ar: 'البيانات | بيانات | تحليل البيانات | تحليلات البيانات | البيانات الضخمة | البيانات الحضرية | بيانات المدينة | البيانات المفتوحة | منصة البيانات | علم البيانات | لوحات المعلومات | ذكاء الأعمال | التحليلات التنبؤية | التوأم الرقمي | التوائم الرقمية | المحاكاة | نظم المعلومات الجغرافية | نظم المعلومات الجغرافية GIS | الاستشعار عن بعد | الذكاء الاصطناعي | التعلم الآلي | تعلم الآلة | التعلم العميق | الرؤية الحاسوبية | سلسلة الكتل | البلوك تشين | الصور الفضائية | صور الأقمار الصناعية | الصور الجوية | بحيرة البيانات | التشغيل البيني | الخرائط | رسم الخرائط | الخرائط الرقمية | المبني على البيانات | القرارات المبنية على البيانات | الليدار | ليدار',
    },
  ),
  child(
    smart,
    'egov',
    {
      en: 'E-government & digital public services',
      tr: 'E-belediye ve dijital kamu hizmetleri',
      fa: 'شهرداری الکترونیک و خدمات الکترونیک',
      ar: 'الحكومة الإلكترونية والخدمات الرقمية',
    },
    {
      en: 'e-government | egovernment | e-gov | digital government | e-municipality | digital municipality | digital public services | digital services | public e-services | e-services | online services | online public services | citizen services | citizen portal | municipal portal | one-stop shop | digital permits | e-permits | online permits | digital identity | e-signature | document management | paperless | workflow automation | civic tech | chatbot | chat bot | citizen chatbot | virtual assistant | conversational ai | citizen app | municipal app | municipal mobile app | city app | super app | online appointment | online appointments | appointment booking | e-appointment | RPA | robotic process automation | online transactions | online applications | ERP | enterprise resource planning | service digitization | digitization of municipal services | digitize municipal services | digitalisation of public services | queue management | queue management system | document digitization | archive digitization | digital archive | e-archive | digital ID | e-ID | online municipal services | municipal online services | smart government | online forms | e-forms | electronic services | electronic public services | B2G | B2G SaaS | municipal SaaS | SaaS for municipalities | municipal software | e-procurement | electronic procurement | e-tendering | municipal ERP | IT department | department of IT | information technology department',
      // the municipal IT department (Bilgi İşlem); EBYS: e-document system
      tr: 'e-devlet | edevlet | e-belediye | ebelediye | e belediye | elektronik belediye | dijital belediye | dijital belediyecilik | dijital kamu hizmetleri | dijital hizmetler | e-hizmetler | e-hizmet | online hizmetler | çevrimiçi hizmetler | vatandaş hizmetleri | kent portalı | tek durak | e-imza | elektronik imza | e-ruhsat | elektronik belge yönetimi | belge yönetim sistemi | kağıtsız belediye | dijital kimlik | sohbet robotu | sohbet botu | chatbot | sanal asistan | dijital asistan | online işlemler | online başvuru | e-başvuru | online randevu | randevu sistemi | e-randevu | belediye uygulaması | belediye mobil uygulaması | kent uygulaması | şehir uygulaması | sıra yönetimi | sıramatik | arşiv dijitalleştirme | e-arşiv | dijital arşiv | elektronik arşiv | online belediye hizmetleri | belediye hizmetlerinin dijitalleşmesi | e-belediyecilik | elektronik belediyecilik | belediye yazılımı | belediye yazılımları | belediye otomasyonu | belediye otomasyon sistemi | belediye otomasyon yazılımı | bilgi işlem | EBYS',
      fa: 'دولت الکترونیک | دولت الکترونیکی | دولت هوشمند | شهرداری الکترونیک | شهرداری الکترونیکی | خدمات الکترونیک | خدمات الکترونیکی | خدمات الکترونیک شهری | خدمات شهری الکترونیک | خدمات دیجیتال | خدمات غیرحضوری | خدمات آنلاین | پنجره واحد | پنجره واحد خدمات | میز خدمت الکترونیک | پرتال شهرداری | امضای دیجیتال | امضای الکترونیک | اتوماسیون اداری | دولت دیجیتال | سامانه مدیریت اسناد | صدور پروانه الکترونیک | چت بات | چت‌بات | ربات گفتگو | ربات پاسخگو | دستیار مجازی | دستیار هوشمند | اپلیکیشن شهروندی | اپلیکیشن شهرداری | نوبت دهی اینترنتی | نوبت‌دهی اینترنتی | نوبت دهی آنلاین | سوپر اپلیکیشن | دیجیتالی کردن خدمات | دیجیتالی سازی خدمات | دیجیتال سازی خدمات | مدیریت صف | بایگانی الکترونیک | بایگانی دیجیتال | آرشیو دیجیتال | شهرداری بدون کاغذ | بدون کاغذ | درگاه خدمات شهروندی | درگاه شهروندی | پورتال شهروندی | نرم افزار شهرداری | اتوماسیون شهرداری',
      ar: 'الحكومة الإلكترونية | الحكومة الرقمية | البلدية الإلكترونية | البلدية الرقمية | الخدمات الإلكترونية | الخدمات الرقمية | الخدمات الحكومية الرقمية | الخدمات الحكومية الإلكترونية | الخدمات البلدية الإلكترونية | بوابة المواطن | البوابة الإلكترونية | النافذة الواحدة | التوقيع الإلكتروني | الهوية الرقمية | التراخيص الإلكترونية | المعاملات الإلكترونية | إدارة الوثائق | أتمتة الإجراءات | روبوت الدردشة | روبوتات الدردشة | روبوت محادثة | شات بوت | المساعد الافتراضي | المساعد الذكي | تطبيق البلدية | تطبيق المدينة | التطبيق البلدي | حجز المواعيد | أتمتة العمليات الروبوتية | رقمنة الخدمات | رقمنة الخدمات البلدية | الرقمنة | إدارة الطوابير | أرشفة إلكترونية | الأرشفة الإلكترونية | الأرشيف الرقمي | الحكومة الذكية | بلدية بلا ورق | بلا ورق | بدون ورق | تطبيق الخدمات البلدية | الخدمات البلدية عبر الإنترنت | ميكنة الخدمات | ميكنة الخدمات الحكومية | ميكنة الإجراءات',
    },
  ),
  child(
    smart,
    'iot',
    {
      en: 'IoT & sensors',
      tr: 'Nesnelerin interneti ve sensörler',
      fa: 'اینترنت اشیا و حسگرها',
      ar: 'إنترنت الأشياء والمستشعرات',
    },
    {
      en: 'IoT | internet of things | IIoT | industrial iot | sensors | sensor | smart sensors | sensor networks | wireless sensor networks | environmental sensors | telemetry | LoRaWAN | LoRa | NB-IoT | M2M | RFID | edge computing | connected devices | smart meters | smart metering | drones | UAV | SCADA | real-time monitoring | real time monitoring',
      tr: 'nesnelerin interneti | IoT | iot çözümleri | sensör | sensörler | akıllı sensör | akıllı sensörler | algılayıcı | algılayıcılar | sensör ağları | kablosuz sensör ağı | telemetri | uzaktan izleme | akıllı sayaç | akıllı sayaçlar | drone | dron | insansız hava aracı | İHA | gerçek zamanlı izleme | anlık izleme',
      fa: 'اینترنت اشیا | اینترنت اشیاء | آی او تی | حسگر | حسگرها | سنسور | سنسورها | حسگر هوشمند | شبکه حسگر | شبکه حسگرهای بی‌سیم | تله متری | پایش از راه دور | کنتور هوشمند | کنتورهای هوشمند | پهپاد | پهپادها | دستگاه‌های متصل | پایش لحظه‌ای | پایش برخط',
      ar: 'إنترنت الأشياء | انترنت الأشياء | أجهزة الاستشعار | المستشعرات | مستشعرات | الحساسات | حساسات | الاستشعار | شبكات الاستشعار | المستشعرات الذكية | القياس عن بعد | العدادات الذكية | الطائرات بدون طيار | طائرات بدون طيار | الطائرات المسيرة | طائرات مسيرة | الدرونز | درون | الأجهزة المتصلة | المراقبة اللحظية | المراقبة في الوقت الفعلي',
    },
  ),
  child(
    smart,
    'connectivity',
    {
      en: 'Connectivity & cybersecurity',
      tr: 'Bağlantı ve siber güvenlik',
      fa: 'ارتباطات و امنیت سایبری',
      ar: 'الاتصالات والأمن السيبراني',
    },
    {
      // ICT: the telecom and IT infrastructure a municipality buys, as تكنولوجيا المعلومات والاتصالات
      // data security beside data protection ("data" alone is now analytics)
      en: 'connectivity | ICT | information and communication technology | information and communications technology | broadband | public wifi | free wifi | wifi | wi-fi | 5G | fiber | fibre | fiber optics | telecom | telecommunications | digital infrastructure | data center | cloud | cloud computing | cybersecurity | cyber security | information security | data protection | digital inclusion | GDPR | GDPR compliance | privacy | data privacy | privacy protection | internet access | access to internet | ransomware | digital divide | security operations center | security operations centre | SOC | data security',
      tr: 'bağlantı | genişbant | geniş bant | ücretsiz wifi | kablosuz internet | ücretsiz internet | fiber | fiber optik | fiber altyapı | telekomünikasyon | haberleşme | veri merkezi | bulut | bulut bilişim | siber güvenlik | bilgi güvenliği | veri güvenliği | dijital altyapı | dijital kapsayıcılık | KVKK | kişisel verilerin korunması | veri gizliliği | internet erişimi | internete erişim',
      fa: 'ارتباطات | اینترنت پرسرعت | وای فای | وای فای عمومی | اینترنت رایگان | فیبر نوری | مخابرات | زیرساخت دیجیتال | زیرساخت ارتباطی | مرکز داده | دیتاسنتر | رایانش ابری | ابر | امنیت سایبری | امنیت اطلاعات | امنیت شبکه | حفاظت از داده | امنیت داده | امنیت داده‌ها | شکاف دیجیتال | فاوا | حریم خصوصی | حفاظت از حریم خصوصی | دسترسی به اینترنت | فناوری اطلاعات | فناوری اطلاعات و ارتباطات',
      ar: 'الاتصالات | الإنترنت عريض النطاق | النطاق العريض | الواي فاي | الواي فاي العام | الإنترنت المجاني | الألياف الضوئية | الجيل الخامس | مراكز البيانات | الحوسبة السحابية | السحابة | الأمن السيبراني | أمن المعلومات | حماية البيانات | أمن البيانات | البنية التحتية الرقمية | الشمول الرقمي | حماية الخصوصية | الإنترنت عالي السرعة | الإنترنت السريع | الهجمات الإلكترونية | الهجمات السيبرانية | الوصول إلى الإنترنت | تقنية المعلومات | تكنولوجيا المعلومات | تقنية المعلومات والاتصالات | تكنولوجيا المعلومات والاتصالات',
    },
  ),
];
