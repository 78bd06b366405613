import type { ImportMessages } from './message-types.js';

// Flags, formats and file names inside these Arabic sentences sit in bidi isolates
// (U+2068…U+2069), so `--law` does not read `law--`; a terminal report drops them.

const ar: ImportMessages = {
  error: 'خطأ',
  warning: 'تنبيه',
  summary:
    '{file}: الأحداث {events}، الحقب {eras}، الغرامات {fines}، الاقتباسات {quotes}، المصادر {sources}؛ الأخطاء {errors}، التنبيهات {warnings}.',
  invalid: '{file} ليس قصة صالحة بعد: أصلح الأخطاء أعلاه (يتحقق منها \u2068npx fine-kit validate\u2069 من جديد).',
  more: '…و{count} غيرها من النوع نفسه.',
  codes: {
    json: 'هذا ليس JSON صالحًا ({detail}).',
    'not-timelinejs': 'هذا ليس ملف TimelineJS: كان المتوقع كائنًا فيه قائمة "events".',
    'not-timelinejs-sheet': 'هذا ليس جدول TimelineJS: يجب أن يسمّي صفّه الأول أعمدة القالب ({columns}).',
    'not-object': 'كان المتوقع هنا شريحة (كائن JSON): تُركت.',
    'csv-empty': 'لا صفوف في الملف.',
    'csv-quote': 'خلية بين علامتي تنصيص تبدأ في هذا الصف ولا تُغلق أبدًا: تعذّرت قراءة هذا الصف وبقية الملف.',
    'csv-row': 'تعذّرت قراءة هذا الصف ({detail}): تُرك.',
    'extra-cells': '{count} خلية بعد آخر عمود له اسم: تُركت (سمِّ العمود في صف العناوين).',
    'unknown-column': 'العمود "{column}" ليس من أعمدة الصيغة: تُرك.',
    'duplicate-column': 'العمود "{column}" مكرّر: تُرك الثاني.',
    'unknown-file': 'هذا الملف ليس جزءًا من جدول قصة: تُرك.',
    'missing-file': 'لا يوجد {file}: لن يكون في القصة شيء مما يحويه.',
    'no-story-file': 'لا يوجد {file}: جدول القصة يحتاج إليه (صف واحد: المعرّف واللغات والعنوان…).',
    'story-rows': 'يجب أن يكون في \u2068story.csv\u2069 صف واحد تحت صف العناوين؛ وفيه {count}.',
    'bc-date': 'لا يمكن حفظ السنة {year} قبل الميلاد: صيغة القصة تحفظ السنوات من 1 إلى 9999 للميلاد. تُرك.',
    'year-range': 'السنة {year} بعد 9999، أبعد مما تحفظه صيغة القصة: تُركت.',
    'bad-date': '{received} ليس تاريخًا موجودًا: تُرك.',
    'no-date': 'لا تاريخ بداية (سنة على الأقل): تُرك.',
    'date-unreadable':
      'تعذّرت قراءة {received} تاريخًا: المتوقع \u2068YYYY-MM-DD\u2069، أو تاريخ فيه اسم الشهر، أو الصيغة المعطاة في \u2068--date-format\u2069.',
    'date-ambiguous':
      'يُقرأ {received} يومًا/شهرًا أو شهرًا/يومًا: حدّد الترتيب بـ \u2068--date-format DD/MM/YYYY\u2069 أو \u2068MM/DD/YYYY\u2069.',
    'date-read': 'قُرئ {received} على أنه {iso}.',
    'time-dropped': 'لم يُحفظ الوقت {time}: تحفظ القصة التواريخ حتى اليوم.',
    'display-date': 'لم يُحفظ التاريخ المعروض "{text}": تعرض القصة كل تاريخ بدقته.',
    'end-dropped': 'تاريخ النهاية {end} ليس بعد البداية ({start}): تُرك.',
    'amount-unreadable': 'تعذّرت قراءة {received} مبلغًا (مثل 746000000 أو €746,000,000 أو 746 000 000 € أو 746M).',
    'amount-negative': '{received} أقل من الصفر: لا تكون الغرامة كذلك.',
    'currency-unknown': 'لا عملة معروفة في {received}: اكتب رمز ISO مثل EUR، أو استعمل \u2068--currency\u2069.',
    'conversion-missing':
      '{count} غرامة بـ{currency}: تتركها المقارنة إلى جانب الغرامات بـ{to} ما لم يكن في القصة سعر صرف {currency}→{to} بتاريخه ومصدره (\u2068conversions\u2069).',
    'currency-assumed': 'لا تذكر الخلايا ولا \u2068--currency\u2069 عملةً: قُرئت المبالغ بـ{currency}.',
    'cell-json': 'يجب أن تحوي هذه الخلية JSON ({detail}): تُركت.',
    'cell-required': 'فارغة، وكل غرامة تحتاج إلى الحقل {field}: تُرك الصف.',
    'cell-url': '{received} ليس عنوان ويب (\u2068https://…\u2069): تُرك الصف.',
    'both-text-forms': 'هذا العمود وأعمدة لغاته ممتلئة كلها: اكتب النص في أعمدة اللغات وحدها.',
    'country-unknown': '{received} ليس اسم بلد أو رمزه مما نعرفه هنا: تُرك البلد.',
    'status-unknown': 'الحالة {received} ليست من {options}: تُركت.',
    'law-unknown': 'القانون {received} ليس اللائحة العامة لحماية البيانات ولا \u2068ePrivacy\u2069: تُرك الصف.',
    'law-assumed': 'لا عمود للقانون ولا \u2068--law\u2069: عُدّت كل غرامة غرامةً بموجب {law}.',
    'no-headline': 'لا عنوان: سُمّي "{title}" من نصه أو تاريخه.',
    'media-source': 'لا تعرض القصة صورًا ولا فيديو: حُفظ عنوان الوسيط مصدرًا.',
    'media-not-url': 'الوسيط "{text}" ليس عنوان ويب: لم يُحفظ (صارت روابطه مصادر).',
    'media-extra': 'لم يُحفظ الحقل {field} من الوسيط.',
    'embedded-dropped': 'لا يمكن أن تصير العناصر المضمّنة {tags} نصًا: تُركت.',
    group: 'لم تُحفظ المجموعة "{group}": لا مجموعات في القصة.',
    background: 'لم تُحفظ خلفية الشريحة.',
    scale: 'لم يُحفظ المقياس الكوني: تحفظ القصة السنوات من 1 إلى 9999.',
    'unknown-key': 'المفتاح "{key}" ليس من صيغة TimelineJS: تُرك.',
    'era-text': 'لم يُحفظ نص الحقبة: صار عنوانها اسمًا لها.',
    'type-unknown': 'نوع غير معروف "{type}" (المتوقع title أو era): قُرئ حدثًا.',
    'title-extra': 'صف عنوان ثانٍ: قُرئ حدثًا كما يفعل TimelineJS.',
    'title-missing': 'لا عنوان: سُمّيت القصة "{title}" باسم الملف (استعمل \u2068--title\u2069 لتغييره).',
    truncated: 'أطول من {max} حرفًا المسموح بها: اختُصر.',
    'id-changed': 'صار المعرّف "{from}" ‏"{to}" (المعرّفات فريدة، من حروف لاتينية صغيرة وأرقام وشرطات).',
    'lang-guessed': 'لا \u2068--lang\u2069: يبدو النص بلغة "{lang}" (استعمل \u2068--lang\u2069 لتحديد غيرها).',
    'no-source':
      'هذا العنصر لا يُحيل إلى شيء، وكل ما في القصة يستشهد بمصدر: أضف رابطًا إلى نصه أو وسيطه، أو استعمل \u2068--source URL\u2069.',
    'map-field': 'يسمّي \u2068--map\u2069 حقلًا غير موجود: "{field}" (الحقول: {fields}).',
    'map-column': '\u2068--map {field}={column}\u2069: لا يوجد عمود بهذا الاسم (الأعمدة: {columns}).',
    'map-missing': 'لا عمود يحوي الحقل {field}: سمِّه بـ \u2068--map {field}=COLUMN\u2069 (الأعمدة: {columns}).',
  },
};

export default ar;
