@testable import SitegenCore

/// Every cell of the seed article's tables, exactly as written.
let seedArticleCases: [ParseCase] = [
    // 钱包余额 | 需清空零钱并解除所有银行卡绑定 ; 支付分 | … ; 订阅服务 | … ; 公众号/小程序 | …
    ParseCase("钱包余额", .text),
    ParseCase("需清空零钱并解除所有银行卡绑定", .text),  // 零 is a numeral, but this is prose
    ParseCase("支付分", .text),  // 分 is a unit, but there is no number
    ParseCase("需关闭微信支付分服务", .text),
    ParseCase("订阅服务", .text),
    ParseCase("取消自动扣费项目", .text),
    ParseCase("公众号/小程序", .text),
    ParseCase("需解除管理员身份", .text),
    // 借记卡 | 无限制 | … ; 信用卡 | 3张/日 | … ; 境外卡 | 1张/周 | …
    ParseCase("借记卡", .text),
    ParseCase("无限制", .unlimited),
    ParseCase("需预留手机接收验证码", .text),
    ParseCase("信用卡", .text),
    ParseCase("3张/日", rate(3, per: Sec.day, unit: "张")),
    ParseCase("需偿还未出账单", .text),
    ParseCase("境外卡", .text),
    ParseCase("1张/周", rate(1, per: Sec.week, unit: "张")),
    ParseCase("需关闭跨境支付协议", .text),
    // 解除绑定 | … ; 信息修改 | … | 每月限2次 ; 账户注销 | … | 冻结期延长至90天
    ParseCase("解除绑定", .text),
    ParseCase("需家长人脸识别确认", .text),
    ParseCase("禁止夜间操作", .text),
    ParseCase("信息修改", .text),
    ParseCase("需提交监护关系证明", .text),
    ParseCase("每月限2次", rate(0, 2, per: Sec.monthRate, .atMost, unit: "次")),
    ParseCase("账户注销", .text),
    ParseCase("需公证处出具的监护文件", .text),
    ParseCase("冻结期延长至90天", duration(90 * Sec.day, label: "冻结期延长")),
    // 内部打卡考勤 | … ; 客户联系功能 | … ; 企业支付接口 | …
    ParseCase("内部打卡考勤", .text),
    ParseCase("保留岗位信息", .text),
    ParseCase("需提交离职证明", .text),
    ParseCase("客户联系功能", .text),
    ParseCase("清除沟通记录", .text),
    ParseCase("需客户数据迁移", .text),
    ParseCase("企业支付接口", .text),
    ParseCase("终止代扣协议", .text),
    ParseCase("需财务对账完成", .text),
    // 港澳台地区 | … ; 东南亚国家 | … ; 欧美地区 | …
    ParseCase("港澳台地区", .text),
    ParseCase("需申报资金往来明细", .text),
    ParseCase("符合GDPR数据删除规定", .text),
    ParseCase("东南亚国家", .text),
    ParseCase("限制数字货币转账功能", .text),
    ParseCase("需本地化存储协议", .text),
    ParseCase("欧美地区", .text),
    ParseCase("强制关闭支付功能", .text),
    ParseCase("需签署数据出境协议", .text),
    // 评估维度 | 注销账户 | 解绑银行卡 | 替换实名 (header)
    ParseCase("评估维度", .text),
    ParseCase("注销账户", .text),
    ParseCase("解绑银行卡", .text),
    ParseCase("替换实名", .text),
    // 操作耗时 | 约15分钟申请+60天冻结 | 即时生效 | 5-10分钟审核
    ParseCase("操作耗时", .text),
    ParseCase("约15分钟申请+60天冻结", .value(.duration, [
        term(15 * Sec.minute, approx: true, label: "申请"),
        term(60 * Sec.day, label: "冻结"),
    ])),
    ParseCase("即时生效", instant),
    ParseCase("5-10分钟审核", duration(5 * Sec.minute, 10 * Sec.minute, label: "审核")),
    // 数据留存 | 完全清除 | 保留基础信息 | 覆盖式更新
    ParseCase("数据留存", .text),
    ParseCase("完全清除", .text),
    ParseCase("保留基础信息", .text),
    ParseCase("覆盖式更新", .text),
    // 功能影响 | 账户永久失效 | 支付功能受限 | 社交功能保留
    ParseCase("功能影响", .text),
    ParseCase("账户永久失效", .text),  // 永久 alone is unlimited; in a sentence it is prose
    ParseCase("支付功能受限", .text),
    ParseCase("社交功能保留", .text),
    // 恢复可能性 | 不可恢复 | 可重新绑卡 | 可再次更换
    ParseCase("恢复可能性", .text),
    ParseCase("不可恢复", .text),
    ParseCase("可重新绑卡", .text),
    ParseCase("可再次更换", .text),
    // also
    ParseCase("至少3种", count(3, inf, .atLeast, unit: "种")),
    ParseCase("3-7个工作日", duration(3 * Sec.day, 7 * Sec.day, business: true)),
    ParseCase("60天", duration(60 * Sec.day)),
    ParseCase("90天", duration(90 * Sec.day)),
    ParseCase("15分钟", duration(15 * Sec.minute)),
]
