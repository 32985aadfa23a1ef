import { area, child, type SectorDef } from '../sector-types.js';

const education = area(
  'education',
  'tight',
  { en: 'Education', tr: 'Eğitim', fa: 'آموزش', ar: 'التعليم' },
  {
    en: 'education | learning | schools | school | teaching | students | education services | public education | early childhood education | kindergartens | lifelong learning | youth education | universities | higher education | STEM | STEM education | coding education | tutoring | tutoring services | study centres | study centers | robotics education | educational robotics | STEM labs | school dropout | early school leaving | scholarships | scholarship | teachers | teacher training | K-12 | K12 | primary education | secondary education | SDG 4',
    tr: 'eğitim | öğrenme | okul | okullar | öğretim | öğrenci | öğrenciler | eğitim hizmetleri | okul öncesi eğitim | anaokulu | yaşam boyu öğrenme | hayat boyu öğrenme | üniversite | yükseköğretim | kodlama eğitimi | bilim merkezi | etüt merkezi | etüt merkezleri | bilgi evi | bilgi evleri | robotik kodlama | robotik eğitimi | okul terki | okulu bırakma | burs | burslar | öğrenci bursu | öğretmen | öğretmenler',
    fa: 'آموزش | آموزش و پرورش | آموزش‌وپرورش | یادگیری | مدرسه | مدارس | تدریس | دانش آموزان | دانش‌آموز | آموزش عمومی | آموزش کودکان | پیش دبستانی | مهد کودک | آموزش مادام العمر | دانشگاه | آموزش عالی | آموزش شهروندی | آموزش همگانی | رباتیک آموزشی | آموزش رباتیک | ترک تحصیل | بازماندگی از تحصیل | بورسیه | بورسیه تحصیلی | معلم | معلمان',
    ar: 'التعليم | التعلم | المدارس | المدرسة | التدريس | الطلاب | الخدمات التعليمية | التعليم العام | التعليم المبكر | رياض الأطفال | التعلم مدى الحياة | الجامعات | التعليم العالي | تعليم البرمجة | تعليم الروبوتات | الروبوتات التعليمية | الدروس الخصوصية | التسرب المدرسي | التسرب من المدارس | المنح الدراسية | منح دراسية | المعلمين | المعلمون | المدرسين',
  },
);

export const EDUCATION_SECTORS: SectorDef[] = [
  education,
  child(
    education,
    'edtech',
    {
      en: 'EdTech & e-learning',
      tr: 'Eğitim teknolojileri',
      fa: 'فناوری آموزشی',
      ar: 'تكنولوجيا التعليم',
    },
    {
      en: 'edtech | ed tech | education technology | educational technology | e-learning | elearning | online learning | distance learning | remote learning | digital learning | online education | digital education | learning platform | learning management system | LMS | smart classroom | smart classrooms | MOOC | virtual classroom | gamified learning | online courses | online course',
      tr: 'eğitim teknolojileri | eğitim teknolojisi | e-öğrenme | eöğrenme | uzaktan eğitim | uzaktan öğrenme | online eğitim | çevrimiçi eğitim | dijital eğitim | dijital öğrenme | öğrenme yönetim sistemi | akıllı sınıf | akıllı sınıflar | sanal sınıf | eğitim platformu | online kurslar | online kurs | çevrimiçi kurslar',
      fa: 'فناوری آموزشی | فناوری آموزش | فناوری‌های آموزشی | تکنولوژی آموزشی | آموزش الکترونیک | آموزش الکترونیکی | یادگیری الکترونیکی | آموزش مجازی | آموزش آنلاین | آموزش از راه دور | آموزش دیجیتال | پلتفرم آموزشی | سامانه مدیریت یادگیری | کلاس هوشمند | کلاس مجازی | مدرسه هوشمند | مدارس هوشمند',
      ar: 'تكنولوجيا التعليم | التكنولوجيا التعليمية | تقنيات التعليم | التعليم الإلكتروني | التعلم الإلكتروني | التعلم عن بعد | التعليم عن بعد | التعليم الرقمي | التعلم الرقمي | التعليم عبر الإنترنت | منصات التعلم | نظام إدارة التعلم | الفصول الذكية | الفصول الافتراضية | المنصات التعليمية | منصة تعليمية | إد تك | ايد تك',
    },
  ),
  child(
    education,
    'skills',
    {
      en: 'Vocational training & skills',
      tr: 'Mesleki eğitim ve beceriler',
      fa: 'آموزش فنی‌وحرفه‌ای و مهارت',
      ar: 'التدريب المهني والمهارات',
    },
    {
      en: 'vocational training | vocational education | skills | skills development | upskilling | reskilling | workforce development | workforce training | capacity building | job training | apprenticeships | digital skills | digital literacy | training | staff training | language courses | literacy courses | adult literacy | vocational courses | municipal courses | bootcamp | bootcamps | coding bootcamp | TVET | vocational education and training | occupational safety training | health and safety training',
      tr: 'mesleki eğitim | meslek eğitimi | meslek edindirme | beceri | beceriler | beceri geliştirme | yetenek geliştirme | kapasite geliştirme | iş gücü eğitimi | çırak | çıraklık | dijital beceriler | dijital okuryazarlık | personel eğitimi | hizmet içi eğitim | belediye kursları | meslek kursları | okuma yazma kursu | dil kursları | halk eğitim | İŞKUR | İŞKUR kursları | İSMEK | İSMEK kursları | meslek kursu | halk eğitim merkezi | halk eğitim kursları | iş güvenliği eğitimi | iş sağlığı ve güvenliği eğitimi | İSG eğitimi',
      fa: 'آموزش فنی و حرفه ای | آموزش فنی و حرفه‌ای | فنی و حرفه ای | مهارت آموزی | مهارت‌آموزی | آموزش مهارت | توسعه مهارت | مهارت‌های دیجیتال | سواد دیجیتال | توانمندسازی | ظرفیت سازی | ظرفیت‌سازی | آموزش کارکنان | آموزش ضمن خدمت | کارآموزی | سوادآموزی | نهضت سوادآموزی | کلاس زبان | بوت کمپ | بوتکمپ | آموزش برنامه نویسی',
      ar: 'التدريب المهني | التعليم المهني | تنمية المهارات | المهارات | التأهيل المهني | إعادة التأهيل | بناء القدرات | تدريب القوى العاملة | التدريب | المهارات الرقمية | محو الأمية الرقمية | تدريب الموظفين | محو الأمية | دورات اللغة | الدورات التدريبية',
    },
  ),
];
