#!/usr/bin/env python3
"""Writes a synthetic site of N pages (default 1000) for measuring the
search index and build times: Chinese and English prose in the style of the
sample guide, headings, lists and a table per page.

    Tests/Fixtures/sites/make-large-site.py OUT [N]
"""
import pathlib
import random
import sys

SENTENCES_ZH = """微信作为国内主流社交平台,其实名认证机制与账号管理体系深度绑定。
解除实名认证涉及账户安全、支付功能、社交关系链等多维度影响,需综合考虑平台规则与技术实现路径。
通过注销账户可彻底清除实名信息,但会导致历史数据不可恢复。
通过解绑银行卡则可能保留部分实名痕迹。
实际操作中需权衡账户存续需求与隐私保护诉求,建议优先尝试不影响账户正常使用的解绑方式。
注销过程需经历60天反悔期,期间账户处于冻结状态。
解绑后仍保留基础支付功能,但实名认证状态可能被标记为待完善,部分金融业务将受限制。
该操作会覆盖原实名信息,但微信账户ID保持不变。
更换后原实名关联的账单、发票等信息需手动更新。
青少年账户解除实名后,将自动关闭红包、转账等敏感功能。
解除企业关联后,个人微信的实名信息仍需通过标准流程处理,两者属于独立认证体系。
账户异常期间无法直接操作解绑,需优先解除限制状态。
海外版微信与国内版存在认证体系差异,部分功能解除需遵守当地法律法规。
选择方案时应优先考虑账户后续使用需求,建议优先尝试解绑银行卡等低影响方式。
微信通过开放标识与联合标识的双重标识体系实现人号绑定,解除实名必然涉及核心身份标识的重置。
对于普通用户,建议定期通过支付安全工具检查认证状态,发现异常立即锁定账户。
需特别注意凌晨系统维护窗口期,此时部分解绑操作可能失败。
用户仍需在账户功能性与隐私保护之间寻找平衡点,任何解除操作都应做好数据备份与替代登录方案的准备。
等待三到七个工作日人工审核,期间请保持手机畅通。
提供至少三种辅助验证方式,如绑定手机、邮箱、人脸识别。""".split("\n")
SENTENCES_EN = """Unbinding a card keeps the account but limits some payment features.
Closing the account removes the real-name record after a sixty-day cooling-off period.
Replacing the verified identity overwrites the old record while the account ID stays the same.
Teen accounts need a guardian's confirmation before any change.
Overseas cards are limited to one removal per week.
Keep a backup of your chat history before you start.""".split("\n")
WORDS = ["账户", "实名", "银行卡", "支付", "认证", "冻结", "审核", "数据", "隐私", "恢复", "注销", "解绑", "替换",
         "企业", "海外", "青少年", "监护人", "红包", "转账", "账单", "发票", "手机", "邮箱", "人脸", "证件"]
TOPICS = ["办理", "限制", "材料", "流程", "时限", "费用", "风险", "常见问题", "注意事项", "案例"]


CHARACTERS = sorted({c for line in SENTENCES_ZH for c in line if "\u4e00" <= c <= "\u9fff"})


def coined(rng):
    """Page-specific vocabulary (names, product terms), so the index grows as a real one does."""
    return "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(2, 3)))


def page(n, rng):
    topic = rng.choice(WORDS) + rng.choice(TOPICS)
    lines = ["---", f"title: 第{n}篇:{topic}", f"weight: {n}", "---", ""]
    lines.append(" ".join(rng.sample(SENTENCES_ZH, 3)))
    lines += ["", "相关名词:" + "、".join(coined(rng) for _ in range(12)) + "。"]
    for h in range(rng.randint(2, 5)):
        lines += ["", f"## {rng.choice(WORDS)}{rng.choice(TOPICS)} {h + 1}", ""]
        lines.append("".join(rng.sample(SENTENCES_ZH, rng.randint(2, 5))).replace("60", str(rng.randint(1, 90))))
        if rng.random() < 0.4:
            lines += ["", " ".join(rng.sample(SENTENCES_EN, 2)) + f" Case {rng.randint(1, 9999)}."]
        if rng.random() < 0.5:
            lines += ["", *[f"- {rng.choice(SENTENCES_ZH)[:18]}" for _ in range(3)]]
    lines += ["", "| 项目 | 要求 | 时限 |", "|---|---|---|"]
    for _ in range(rng.randint(2, 5)):
        lines.append(f"| {rng.choice(WORDS)} | {rng.choice(SENTENCES_ZH)[:12]} | {rng.randint(1, 30)}个工作日 |")
    return "\n".join(lines) + "\n"


def main():
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(4)
    (out / "Content").mkdir(parents=True, exist_ok=True)
    (out / "sitegen.yml").write_text("title: 大型测试站点\nlanguage: zh-CN\n", encoding="utf-8")
    (out / "Content" / "_index.md").write_text("---\ntitle: 大型测试站点\n---\n\n用于测量的合成站点。\n", encoding="utf-8")
    for n in range(1, count):
        folder = out / "Content" / f"s{n // 100:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"p{n:04d}.md").write_text(page(n, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
