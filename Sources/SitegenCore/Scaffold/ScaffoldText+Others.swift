extension ScaffoldText {
    /// The Russian starter site (our translation; corrections welcome).
    static let russian = ScaffoldText(
        language: "ru",
        siteTitle: "Резервное копирование ноутбука",
        siteDescription: "Два способа сделать резервную копию ноутбука, сколько стоит каждый и что для него нужно.",
        configIntro: "Настройки sitegen. Все ключи необязательны; полный список в README.",
        configLanguage: "Язык страниц по умолчанию (BCP 47). Страница может задать свой через `lang:`.",
        configBaseURL: ["Адрес, по которому будет опубликован сайт (канонические ссылки, sitemap.xml). Ссылки между",
                        "страницами остаются относительными, поэтому сайт работает и в подкаталоге, и через file://."],
        configRules: "Уровень по имени или номеру правила: error, warning, info или off (`sitegen rules` выводит список).",
        overviewDescription: "Облачная синхронизация и внешний диск с первого взгляда.",
        overviewIntro: """
            Резервная копия, которую ни разу не проверяли, — лишь надежда. Вот два распространённых способа
            хранить копии файлов ноутбука; у каждого своя страница: [облачная синхронизация](options/cloud-sync.md)
            и [внешний диск](options/external-drive.md).
            """,
        comparisonHeading: "Сравнение",
        caption: "Облачная синхронизация и внешний диск в сравнении",
        optionsComment: "в строке заголовка названы варианты",
        optionLabel: "Вариант",
        constraintLabel: "Мне нужно восстанавливать без интернета",
        criterionHeader: "Критерий",
        cloud: "Облачная синхронизация",
        drive: "Внешний диск",
        criteria: [
            Criterion(name: "Настройка", type: .duration, prefer: .lower, cloud: "15 минут", drive: "30 минут"),
            Criterion(name: "Резервные копии", type: .rate, prefer: .higher, cloud: "24 раза в день", drive: "1 раз в день"),
            Criterion(name: "Полное восстановление", type: .duration, prefer: .lower, cloud: "2-4 часа", drive: "30 минут"),
            Criterion(name: "Копия вне дома", type: .boolean, prefer: .higher, cloud: "да", drive: "нет"),
            Criterion(name: "Расходы за первый год", type: .money, prefer: .lower, cloud: "около 9000 ₽", drive: "5000 ₽"),
        ],
        closing: "Выберите вариант, который подходит вашему способу работы; многие пользуются обоими.",
        optionsTitle: "Варианты",
        optionsDescription: "По странице на каждый вариант резервного копирования.",
        optionsBody: "Каждый вариант подробно.",
        cloudDescription: "Файлы копируются на серверы поставщика сразу после изменения.",
        cloudBody: "Программа синхронизации выгружает каждое изменение. Чтобы восстановить весь ноутбук, всё скачивается заново.",
        requirementsHeading: "Что понадобится",
        requirementsCaption: "Что нужно для облачной синхронизации",
        requirementHeader: "Условие",
        detailHeader: "Подробности",
        requirements: [
            ("Учётная запись", "Тариф с объёмом, достаточным для ваших файлов"),
            ("Сеть", "Подключение, через которое успевают выгружаться изменения за день"),
            ("Программа", "Приложение синхронизации поставщика, с выполненным входом"),
        ],
        driveDescription: "Диск, который подключают для встроенного средства резервного копирования.",
        driveBody: """
            Встроенное средство резервного копирования копирует изменённые файлы, когда диск подключён.
            Храните диск не в сумке с ноутбуком.
            """,
        schemaComment: "Критерии таблицы сравнения: типы, и какие значения лучше.",
        schemaTitle: "Варианты резервного копирования"
    )

    /// The Japanese starter site (our translation).
    static let japanese = ScaffoldText(
        language: "ja",
        siteTitle: "ノートパソコンのバックアップ",
        siteDescription: "ノートパソコンをバックアップする2つの方法と、それぞれの費用と必要なもの。",
        configIntro: "sitegen の設定。キーはすべて省略できます。一覧は README にあります。",
        configLanguage: "ページの既定の言語(BCP 47)。各ページは `lang:` で個別に指定できます。",
        configBaseURL: ["サイトの公開先(canonical リンクと sitemap.xml に使用)。ページ間のリンクは常に相対リンクなので、",
                        "サブパスに置いても file:// で直接開いても動作します。"],
        configRules: "ルール名または ID ごとの重大度:error、warning、info または off(`sitegen rules` で一覧表示)。",
        overviewDescription: "クラウド同期と外付けドライブをひと目で比較。",
        overviewIntro: """
            試したことのないバックアップは願いにすぎません。ノートパソコンのファイルのコピーを残す一般的な方法を2つ紹介します。
            それぞれに詳しいページがあります:[クラウド同期](options/cloud-sync.md)と[外付けドライブ](options/external-drive.md)。
            """,
        comparisonHeading: "比較",
        caption: "クラウド同期と外付けドライブの比較",
        optionsComment: "見出し行に各方法を並べる",
        optionLabel: "方法",
        constraintLabel: "オフラインでも復元できる必要がある",
        criterionHeader: "評価項目",
        cloud: "クラウド同期",
        drive: "外付けドライブ",
        criteria: [
            Criterion(name: "設定時間", type: .duration, prefer: .lower, cloud: "15分", drive: "30分"),
            Criterion(name: "バックアップ頻度", type: .rate, prefer: .higher, cloud: "1日24回", drive: "1日1回"),
            Criterion(name: "完全復元", type: .duration, prefer: .lower, cloud: "2-4時間", drive: "30分"),
            Criterion(name: "オフサイトのコピー", type: .boolean, prefer: .higher, cloud: "あり", drive: "なし"),
            Criterion(name: "初年度の費用", type: .money, prefer: .lower, cloud: "約15,000円", drive: "8,000円"),
        ],
        closing: "使い方に合う方法を選びましょう。両方を使う人も多くいます。",
        optionsTitle: "方法",
        optionsDescription: "バックアップ方法ごとに1ページ。",
        optionsBody: "各方法の詳細。",
        cloudDescription: "ファイルは変更されるたびにサービス事業者のサーバーへコピーされます。",
        cloudBody: "同期クライアントがすべての変更をアップロードします。ノートパソコン全体を復元するときは、すべてをもう一度ダウンロードします。",
        requirementsHeading: "必要なもの",
        requirementsCaption: "クラウド同期に必要なもの",
        requirementHeader: "条件",
        detailHeader: "詳細",
        requirements: [
            ("アカウント", "ファイルが収まる容量のストレージプラン"),
            ("ネットワーク", "毎日の変更をアップロードできる回線"),
            ("クライアント", "ログイン済みの事業者の同期アプリ"),
        ],
        driveDescription: "OS 標準のバックアップツールのために接続するドライブ。",
        driveBody: """
            ドライブを接続すると、OS のバックアップツールが変更されたファイルをコピーします。
            ドライブはノートパソコンと同じかばんに入れないでください。
            """,
        schemaComment: "比較表の評価項目の型と、どちらの値がよいか。",
        schemaTitle: "バックアップ方法"
    )

    /// The Korean starter site (our translation).
    static let korean = ScaffoldText(
        language: "ko",
        siteTitle: "노트북 백업",
        siteDescription: "노트북을 백업하는 두 가지 방법과 각각의 비용, 필요한 것.",
        configIntro: "sitegen 설정. 모든 키는 생략할 수 있으며 전체 목록은 README에 있습니다.",
        configLanguage: "페이지의 기본 언어(BCP 47). 각 페이지는 `lang:`으로 따로 지정할 수 있습니다.",
        configBaseURL: ["사이트를 게시할 주소(canonical 링크와 sitemap.xml에 사용). 페이지 사이의 링크는 항상 상대 링크이므로",
                        "하위 경로에 두거나 file://로 직접 열어도 동작합니다."],
        configRules: "규칙 이름 또는 ID별 심각도: error, warning, info 또는 off (`sitegen rules`로 목록 확인).",
        overviewDescription: "클라우드 동기화와 외장 드라이브를 한눈에 비교합니다.",
        overviewIntro: """
            한 번도 확인하지 않은 백업은 바람일 뿐입니다. 노트북 파일의 사본을 보관하는 흔한 방법 두 가지를 소개합니다.
            각 방법에는 자세한 페이지가 있습니다: [클라우드 동기화](options/cloud-sync.md), [외장 드라이브](options/external-drive.md).
            """,
        comparisonHeading: "비교",
        caption: "클라우드 동기화와 외장 드라이브 비교",
        optionsComment: "머리글 행에 각 방법을 적습니다",
        optionLabel: "방법",
        constraintLabel: "인터넷 없이 복원할 수 있어야 함",
        criterionHeader: "평가 항목",
        cloud: "클라우드 동기화",
        drive: "외장 드라이브",
        criteria: [
            Criterion(name: "설정 시간", type: .duration, prefer: .lower, cloud: "15분", drive: "30분"),
            Criterion(name: "백업 빈도", type: .rate, prefer: .higher, cloud: "하루 24회", drive: "하루 1회"),
            Criterion(name: "전체 복원", type: .duration, prefer: .lower, cloud: "2-4시간", drive: "30분"),
            Criterion(name: "외부 보관 사본", type: .boolean, prefer: .higher, cloud: "예", drive: "아니요"),
            Criterion(name: "첫해 비용", type: .money, prefer: .lower, cloud: "약 120,000원", drive: "80,000원"),
        ],
        closing: "작업 방식에 맞는 방법을 고르세요. 둘 다 쓰는 사람도 많습니다.",
        optionsTitle: "방법",
        optionsDescription: "백업 방법마다 한 페이지.",
        optionsBody: "각 방법의 자세한 설명.",
        cloudDescription: "파일이 바뀔 때마다 서비스 제공자의 서버로 복사됩니다.",
        cloudBody: "동기화 클라이언트가 모든 변경을 업로드합니다. 노트북 전체를 복원할 때는 모든 파일을 다시 내려받습니다.",
        requirementsHeading: "필요한 것",
        requirementsCaption: "클라우드 동기화에 필요한 것",
        requirementHeader: "조건",
        detailHeader: "설명",
        requirements: [
            ("계정", "파일을 담을 만큼 큰 저장 공간 요금제"),
            ("네트워크", "매일의 변경을 업로드할 수 있는 연결"),
            ("클라이언트", "로그인된 제공자의 동기화 앱"),
        ],
        driveDescription: "운영 체제의 백업 도구를 위해 연결하는 드라이브.",
        driveBody: """
            드라이브를 연결하면 운영 체제의 백업 도구가 바뀐 파일을 복사합니다.
            드라이브는 노트북 가방이 아닌 다른 곳에 보관하세요.
            """,
        schemaComment: "비교표 평가 항목의 유형과 어느 값이 더 좋은지.",
        schemaTitle: "백업 방법"
    )

    /// The Arabic starter site, right to left (our translation).
    static let arabic = ScaffoldText(
        language: "ar",
        siteTitle: "النسخ الاحتياطي لحاسوب محمول",
        siteDescription: "طريقتان لنسخ حاسوب محمول احتياطيًا، وكم تكلّف كل منهما وما تحتاجه.",
        configIntro: "إعدادات sitegen. كل المفاتيح اختيارية؛ يصفها ملف README كلها.",
        configLanguage: "لغة الصفحات الافتراضية (BCP 47). يمكن لكل صفحة أن تحدد لغتها بـ `lang:`.",
        configBaseURL: ["العنوان الذي سيُنشر عليه الموقع (الروابط القانونية وsitemap.xml). تبقى الروابط بين الصفحات",
                        "نسبية، لذا يعمل الموقع أيضًا في مسار فرعي ومن file://."],
        configRules: "الخطورة لكل اسم قاعدة أو معرّفها: error أو warning أو info أو off (يسردها `sitegen rules`).",
        overviewDescription: "المزامنة السحابية والقرص الخارجي في لمحة.",
        overviewIntro: """
            النسخة الاحتياطية التي لا تُختبر مجرد أمنية. إليك طريقتين شائعتين للاحتفاظ بنسخ من ملفات
            الحاسوب المحمول؛ لكل منهما صفحتها: [المزامنة السحابية](options/cloud-sync.md) و[القرص الخارجي](options/external-drive.md).
            """,
        comparisonHeading: "مقارنة",
        caption: "المزامنة السحابية والقرص الخارجي",
        optionsComment: "صف العناوين يسمّي الخيارات",
        optionLabel: "الخيار",
        constraintLabel: "يجب أن أستعيد الملفات دون إنترنت",
        criterionHeader: "المعيار",
        cloud: "المزامنة السحابية",
        drive: "القرص الخارجي",
        criteria: [
            Criterion(name: "مدة الإعداد", type: .duration, prefer: .lower, cloud: "١٥ دقيقة", drive: "٣٠ دقيقة"),
            Criterion(name: "النسخ", type: .rate, prefer: .higher, cloud: "24 مرة في اليوم", drive: "يوميا"),
            Criterion(name: "الاستعادة الكاملة", type: .duration, prefer: .lower, cloud: "2-4 ساعات", drive: "٣٠ دقيقة"),
            Criterion(name: "نسخة خارج الموقع", type: .boolean, prefer: .higher, cloud: "نعم", drive: "لا"),
            Criterion(name: "تكلفة السنة الأولى", type: .money, prefer: .lower, cloud: "حوالي 400 ريال", drive: "250 ريال"),
        ],
        closing: "اختر الطريقة التي تناسب أسلوب عملك؛ كثيرون يستخدمون الاثنتين.",
        optionsTitle: "الخيارات",
        optionsDescription: "صفحة لكل خيار نسخ احتياطي.",
        optionsBody: "كل خيار بالتفصيل.",
        cloudDescription: "تُنسخ الملفات إلى خوادم مزوّد الخدمة فور تغيّرها.",
        cloudBody: "يرفع برنامج المزامنة كل تغيير. استعادة الحاسوب كله تعني تنزيل كل شيء من جديد.",
        requirementsHeading: "ما تحتاجه",
        requirementsCaption: "ما تحتاجه المزامنة السحابية",
        requirementHeader: "المتطلب",
        detailHeader: "التفاصيل",
        requirements: [
            ("الحساب", "خطة تخزين تتسع لملفاتك"),
            ("الشبكة", "اتصال يكفي لرفع تغييرات كل يوم"),
            ("البرنامج", "تطبيق المزامنة من المزوّد بعد تسجيل الدخول"),
        ],
        driveDescription: "قرص توصله لأداة النسخ الاحتياطي في نظام التشغيل.",
        driveBody: """
            تنسخ أداة النسخ الاحتياطي في نظام التشغيل الملفات المتغيرة كلما وُصل القرص.
            احفظ القرص بعيدًا عن حقيبة الحاسوب.
            """,
        schemaComment: "معايير مصفوفة المقارنة: الأنواع، وأي القيم أفضل.",
        schemaTitle: "خيارات النسخ الاحتياطي"
    )
}
