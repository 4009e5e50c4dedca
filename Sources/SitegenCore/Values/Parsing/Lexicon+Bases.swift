/// What a price or allowance is for: one user or seat (`$10/user/month`, `每人每月10元`,
/// `10元/人/月`, `5 GB per user`), one host (`$5/host/month`, `100元/台/年`), one unit of data
/// (`$0.023/GB/month`, `0.5元/GB`), or a number of requests or tokens (`$0.40 per million requests`,
/// `0.01元/万次`, `$3 per 1M tokens`). Such a value compares only with others on the same basis: a
/// flat `$100/month` is another kind of price (how many seats make it cheaper is the reader's sum).
extension Lexicon {
    /// Who a value is for, after `/`, `per`, `每` or a language's word for "per".
    static let seatWords = WordTable<Bool>((englishSeats + chineseSeats
        + LanguageWords.catalogue.flatMap(\.seats)).map { ($0, true) })

    /// Phrases that carry their own "per" (`за пользователя`, `인당`).
    static let perSeatPhrases = WordTable<Bool>(LanguageWords.catalogue.flatMap(\.perSeat).map { ($0, true) })

    /// Hosts, requests and tokens, after "per" and an optional number of them (`per 1,000 requests`).
    static let basisNouns = WordTable<QuantityBasis>(
        ["host", "hosts", "node", "nodes", "server", "servers", "instance", "instances", "VM", "VMs",
         "machine", "machines", "device", "devices",
         "台", "台服务器", "台设备", "台主机", "节点", "个节点", "服务器", "实例", "个实例", "设备", "台机器",
         "ホスト", "サーバー", "ノード", "インスタンス", "호스트", "서버", "노드", "인스턴스",
         "хост", "сервер", "узел", "инстанс"].map { ($0, .host) }
        + ["vCPU", "vCPUs", "CPU", "CPUs", "core", "cores", "CPU core", "CPU cores", "vCore", "vCores",
           "核", "个核", "核心", "vCPU核", "コア", "vCPUコア", "코어", "ядро", "ядра"].map { ($0, .cpu) }
        + ["message", "messages", "SMS", "SMSes", "text message", "text messages", "email", "emails", "e-mail",
           "e-mails", "条", "条短信", "短信", "封", "封邮件", "封短信", "сообщение", "сообщения", "сообщений",
           "письмо", "письма", "писем"].map { ($0, .message) }
        + ["request", "requests", "call", "calls", "API call", "API calls", "API request", "API requests",
           "query", "queries", "invocation", "invocations", "次", "次请求", "次调用", "请求", "次API调用",
           "リクエスト", "回", "요청", "건", "запрос", "запроса", "запросов", "вызов", "вызова", "вызовов"].map { ($0, .request) }
        + ["token", "tokens", "个token", "个tokens", "tokens数", "トークン", "토큰", "токен", "токена", "токенов"].map { ($0, .token) })

    /// Words for "per" written after what the value is for, before the value: Japanese `1GBあたり2円`,
    /// Korean `1GB당 30원`.
    static let basisSuffixes = WordTable<Bool>(["あたり", "当たり", "につき", "당"].map { ($0, true) })

    /// A number of requests or tokens named by a word (`per million requests`, `元/万次`).
    static let basisMultipliers = WordTable<Double>([
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("k", 1e3), ("m", 1e6),
        ("千", 1e3), ("万", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("亿", 1e8),
        ("тыс.", 1e3), ("тыс", 1e3), ("тысяч", 1e3), ("тысячу", 1e3), ("млн", 1e6), ("миллион", 1e6), ("миллионов", 1e6),
    ])

    private static let englishSeats = [
        "user", "users", "active user", "seat", "seats", "member", "members", "person", "agent", "agents",
        "editor", "editors", "license", "licence",
    ]

    /// Not 账号/账户: `每账户每天3次` limits an account, which is not a seat bought.
    private static let chineseSeats = [
        "人", "用户", "位用户", "个用户", "名用户", "席位", "个席位", "成员", "位成员", "名成员", "坐席", "个坐席",
    ]
}
