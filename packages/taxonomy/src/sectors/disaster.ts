import { area, child, type SectorDef } from '../sector-types.js';

const disaster = area(
  'disaster',
  'tight',
  {
    en: 'Disaster management & safety',
    tr: 'Afet yönetimi ve güvenlik',
    fa: 'مدیریت بحران و ایمنی',
    ar: 'إدارة الكوارث والسلامة',
  },
  {
    en: 'disaster management | disaster | disasters | disaster resilience | disaster risk reduction | disaster risk management | DRR | disaster preparedness | disaster response | disaster recovery | crisis management | emergency management | emergency preparedness | emergency response | civil protection | civil defense | resilience | urban resilience | risk management | early warning | early warning systems | public safety | safety | emergency alerts | mass notification | public alerts | evacuation | evacuation planning | emergency shelters | search and rescue | emergency operations centre | emergency operations center | Red Crescent | Red Cross',
    // disaster coordination centre (İstanbul AKOM, copied by other cities)
    tr: 'afet yönetimi | afet | afetler | afet riski | afet risk azaltma | afete hazırlık | afet müdahale | afet sonrası | kriz yönetimi | acil durum yönetimi | acil durum | acil müdahale | sivil savunma | dayanıklılık | kentsel dayanıklılık | kentsel dirençlilik | risk yönetimi | erken uyarı | erken uyarı sistemleri | kamu güvenliği | güvenli şehir | tahliye | tahliye planı | afet toplanma alanı | afet toplanma alanları | toplanma alanları | arama kurtarma | arama ve kurtarma | acil uyarı | çadır kent | Kızılay | AFAD | AKOM | afet koordinasyon merkezi',
    fa: 'مدیریت بحران | بحران | مدیریت حوادث | مدیریت حوادث غیرمترقبه | حوادث غیرمترقبه | بلایای طبیعی | کاهش خطر بلایا | آمادگی در برابر بحران | امدادرسانی | امداد و نجات | پدافند غیرعامل | پدافند غیر عامل | تاب آوری | تاب‌آوری شهری | مدیریت ریسک | هشدار سریع | سامانه هشدار | ایمنی شهری | ایمنی | ایمنی عمومی | تخلیه اضطراری | اسکان اضطراری | اسکان موقت | جستجو و نجات | ساختمان‌های ناایمن | ساختمان ناایمن | هلال احمر | جمعیت هلال احمر',
    ar: 'إدارة الكوارث | الكوارث | الكوارث الطبيعية | الحد من مخاطر الكوارث | الاستعداد للكوارث | الاستجابة للكوارث | إدارة الأزمات | الأزمات | إدارة الطوارئ | الطوارئ | الاستجابة للطوارئ | الدفاع المدني | الحماية المدنية | المرونة | المرونة الحضرية | إدارة المخاطر | الإنذار المبكر | أنظمة الإنذار المبكر | السلامة العامة | السلامة | الإخلاء | خطط الإخلاء | مراكز الإيواء | الإيواء | البحث والإنقاذ | الهلال الأحمر | الصليب الأحمر',
  },
);

export const DISASTER_SECTORS: SectorDef[] = [
  disaster,
  child(
    disaster,
    'earthquake',
    {
      en: 'Earthquake resilience',
      tr: 'Deprem dayanıklılığı',
      fa: 'زلزله و مقاوم‌سازی',
      ar: 'مقاومة الزلازل',
    },
    {
      // soft-story buildings: the weak ground floors retrofitted in California
      en: 'earthquake | earthquakes | earthquake resilience | earthquake preparedness | earthquake early warning | seismic | seismic resilience | seismic retrofit | seismic retrofitting | seismic monitoring | seismic risk | structural health monitoring | building safety assessment | quake-proof | earthquake-proof | unsafe buildings | building collapse | collapse risk | quake | quakes | quake-resistant | earthquake-resistant | soft story | soft story retrofit',
      tr: 'deprem | depremler | depreme dayanıklılık | depreme dayanıklı yapı | deprem dayanıklılığı | deprem güvenliği | deprem hazırlığı | deprem erken uyarı | deprem riski | sismik | sismik izleme | güçlendirme | bina güçlendirme | yapı sağlığı izleme | deprem sonrası hasar tespiti | hasar tespit | riskli yapılar | riskli yapı tespiti | riskli binalar',
      fa: 'زلزله | زمین لرزه | زمین‌لرزه | زلزله نگاری | مقاوم سازی | مقاوم‌سازی | مقاوم سازی لرزه ای | مقاوم سازی ساختمان | هشدار زلزله | هشدار سریع زلزله | خطر زلزله | آمادگی در برابر زلزله | پایش سلامت سازه | ارزیابی آسیب پذیری لرزه ای | لرزه‌ای | ساختمان های پرخطر | ساختمان‌های پرخطر | گسل | گسل‌ها | حریم گسل',
      ar: 'الزلازل | زلزال | الزلزال | مقاومة الزلازل | الهزات الأرضية | الزلازل والهزات | الإنذار المبكر بالزلازل | المخاطر الزلزالية | التدعيم الزلزالي | تقوية المباني | مراقبة سلامة المنشآت | تقييم الأضرار | المباني المعرضة للزلازل | تدعيم المباني | المباني الآيلة للسقوط | المباني الآيلة للانهيار | السلامة الزلزالية | السلامة من الزلازل | الفوالق | الفالق | الصدوع الزلزالية | الفوالق الزلزالية',
    },
  ),
  child(
    disaster,
    'fire',
    {
      en: 'Fire safety & firefighting',
      tr: 'Yangın ve itfaiye',
      fa: 'آتش‌نشانی و ایمنی در برابر آتش',
      ar: 'الإطفاء والسلامة من الحرائق',
    },
    {
      en: 'fire | fires | fire safety | fire protection | firefighting | fire fighting | fire brigade | fire department | fire detection | fire alarms | smoke detection | wildfire | wildfires | forest fires | fire prevention | fire suppression',
      tr: 'yangın | yangınlar | yangın güvenliği | yangın önleme | yangın söndürme | itfaiye | itfaiyecilik | yangın algılama | yangın alarmı | duman dedektörü | orman yangını | orman yangınları | yangınla mücadele',
      fa: 'آتش نشانی | آتش‌نشانی | آتش سوزی | آتش‌سوزی | حریق | اطفای حریق | اطفا حریق | ایمنی در برابر آتش | ایمنی حریق | اعلام حریق | کشف حریق | آتش سوزی جنگل | پیشگیری از حریق',
      ar: 'الحرائق | الحريق | مكافحة الحرائق | الإطفاء | الدفاع المدني والإطفاء | السلامة من الحرائق | الوقاية من الحرائق | كشف الحرائق | إنذار الحريق | كاشف الدخان | حرائق الغابات | إخماد الحرائق | المطافي | المطافئ | عربيات المطافي | سيارات الإطفاء',
    },
  ),
  child(
    disaster,
    'flood',
    {
      en: 'Floods & drought',
      tr: 'Sel ve kuraklık',
      fa: 'سیلاب و خشکسالی',
      ar: 'الفيضانات والجفاف',
    },
    {
      en: 'flood | floods | flooding | flood management | flood risk | flood protection | flood early warning | flood forecasting | urban flooding | flash floods | drought | droughts | drought management | landslides | storms | extreme weather | tsunami | tsunamis | avalanche | avalanches | sinkholes | sinkhole',
      tr: 'sel | seller | taşkın | taşkın yönetimi | sel riski | taşkın riski | sel erken uyarı | taşkın koruma | ani sel | kuraklık | kuraklık yönetimi | heyelan | fırtına | aşırı hava olayları | obruk | çığ | tsunami | dere ıslahı | su baskını | su baskınları',
      fa: 'سیل | سیلاب | مدیریت سیلاب | خطر سیل | هشدار سیل | کنترل سیلاب | آبگرفتگی | آب گرفتگی معابر | خشکسالی | مدیریت خشکسالی | رانش زمین | فرونشست | فرونشست زمین | طوفان | سونامی | فروچاله',
      ar: 'الفيضانات | الفيضان | السيول | إدارة الفيضانات | مخاطر الفيضانات | الإنذار المبكر بالفيضانات | التنبؤ بالفيضانات | الجفاف | إدارة الجفاف | الانهيارات الأرضية | العواصف | الظواهر الجوية المتطرفة | تسونامي | الانهيارات الثلجية | الحفر الانهدامية | غرق الشوارع | تجمع مياه الأمطار | منسوب المياه | منسوب الأودية | جريان الأودية | مراقبة الأودية',
    },
  ),
  child(
    disaster,
    'security',
    {
      en: 'Public security & surveillance',
      tr: 'Kamu güvenliği ve gözetim',
      fa: 'امنیت شهری و نظارت تصویری',
      ar: 'الأمن العام والمراقبة',
    },
    {
      en: 'security | public security | urban security | city security | surveillance | video surveillance | CCTV | security cameras | video analytics | crime prevention | policing | smart policing | access control | perimeter security | gunshot detection | emergency call | panic buttons | neighbourhood watch | neighborhood watch | facial recognition | face recognition | face detection | police | police department | municipal police | crowd management | crowd control | community safety',
      tr: 'güvenlik | kent güvenliği | şehir güvenliği | güvenlik kameraları | güvenlik kamerası | kamera sistemleri | video gözetim | video izleme | MOBESE | suç önleme | zabıta | zabıta hizmetleri | geçiş kontrol | çevre güvenliği | video analitiği | yüz tanıma | yüz tanıma sistemi | yüz tanıma sistemleri | yüz tanımlama',
      fa: 'امنیت | امنیت شهری | امنیت عمومی | دوربین مداربسته | دوربین مدار بسته | دوربین‌های نظارتی | نظارت تصویری | پایش تصویری | تحلیل ویدئو | پیشگیری از جرم | پلیس | کنترل تردد | سامانه کنترل تردد | اجرائیات شهرداری | دکمه اضطراری | تشخیص چهره | شناسایی چهره | بازشناسی چهره | تشخیص هویت چهره',
      ar: 'الأمن | الأمن العام | الأمن الحضري | المراقبة | المراقبة بالفيديو | كاميرات المراقبة | الدوائر التلفزيونية المغلقة | تحليلات الفيديو | منع الجريمة | مكافحة الجريمة | الشرطة | الشرطة الذكية | التحكم في الدخول | أزرار الطوارئ | التعرف على الوجوه | التعرف على الوجه | بصمة الوجه',
    },
  ),
];
