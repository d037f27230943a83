### certready：差距报告（PDF 与 HTML）的全部文字，中文。

## The report
## 差距报告中的全部文字（src/report/document.rs 和 src/report/mod.rs）。“不适用”是经营者声明该准则不适用；
## “不在范围内”是准则不属于所评估的设施类型，或其适用条件不成立。

report-kicker = 自我评估差距报告
report-document-title = { $questionnaire } — 差距报告 — { $subject }
report-metadata-subject = 依据 { $questionnaire }（版本 { $version }）对 { $subject } 的自我评估差距报告
report-no-organisation = （未填写机构）
report-version = 版本 { $version }
report-default-marking = 安全敏感 — 限制分发
report-page = 第 { $page } 页，共 { $pages } 页
report-footer-fingerprints = 准则 { $criteria } · 评估 { $assessment }
report-continued = { $id }（续）
report-not-scored = 不计分
report-none = 无

report-organisation = 机构
report-facility = 设施
report-country = 国家或地区
report-profiles = 设施类型
report-all-profiles = 全部设施类型
report-assessor = 评估人
report-answers-as-of = 答复截至
report-generated = 生成时间
report-generated-by = { $date }，由 certready { $version } 生成
report-languages = 语言
report-fingerprints = 哈希值
report-fingerprints-value = 准则 { $criteria }… · 评估 { $assessment }…（SHA-256）
report-verdict = 判定结论
report-band = 评级档：{ $band }
report-no-band = 未达到任何评级档
report-overall-score = 总分
report-pass-mark = 及格线
report-pass-mark-tick = 及格线 { $percent }
report-completeness-label = 完成度
report-completeness = { $percent }（{ $applicable } 条中已完成 { $done } 条）
report-count-met = 完全满足
report-count-partial = 部分满足
report-count-not-met = 未满足
report-count-factual = 事实性答复
report-count-na = 不适用
report-count-unanswered = 未作答
report-why = 判定依据
report-all-thresholds-met = 问卷的所有阈值均已达到。

report-executive-summary = 执行摘要
report-bars-intro = 各顶层部分的得分；深色刻度线表示该部分须达到的得分。
report-radar = 各部分得分雷达图
report-radar-legend = 蓝色：各部分得分。每 25% 一圈。
report-radar-legend-threshold = 蓝色：各部分得分。红圈：阈值 { $threshold }。每 25% 一圈。
report-first-gaps = 应优先弥补的差距
report-no-gaps = 没有差距：所有适用准则均已完全满足。
report-first-gap = { $points } 个百分点
report-first-gap-critical = { $points } 个百分点，关键

report-column-section = 部分
report-column-score = 得分
report-column-percent = 百分比
report-column-threshold = 阈值
report-column-result = 结果
report-column-answered = 已作答
report-column-rank = 序号
report-column-criterion = 准则
report-column-requirement = 要求
report-column-answer = 答复
report-column-impact = 影响
report-column-critical = 关键
report-column-justification = 理由
report-column-accepted = 是否接受
report-column-open-because = 未结原因
report-column-comment = 经营者备注
report-column-file = 文件
report-column-size = 大小
report-column-sha256 = SHA-256
report-column-operator-answer = 经营者的答复
report-column-finding = 审核员发现的问题
report-column-note = 说明
report-column-part = 组成项
report-column-weight = 权重
report-column-value = 值
report-column-what = 描述

report-section-scores = 各部分得分
report-section-scores-intro = 阈值适用于顶层部分；子部分缩进列于其所属部分之下。“已作答”一栏统计已作答及不适用的准则数，并与适用准则总数对照。
report-pass = 通过
report-fail = 未通过

report-gap-register = 差距清单
report-gap-register-intro =
    { $count ->
       *[other] 共 { $count } 项差距，关键准则排在前面，其余按影响排序：影响是指仅该准则完全满足时总分将提高的百分点数。
    }
report-critical = 关键
report-detail-remediation = 整改措施：
report-detail-evidence = 应提供的证据：
report-detail-comment = 经营者备注：
report-detail-note = 说明：

report-answer-unanswered = 未作答
report-answer-not-in-scope = 不在范围内
report-answer-na = 不适用
report-answer-na-justified = 不适用：{ $justification }
report-answer-na-without-justification = 不适用，但缺少必需的理由
report-open-unanswered = 未作答
report-open-flagged = 待复核
report-open-na-without-justification = 不适用，但缺少必需的理由
report-open-reconfirm = 待重新确认：该准则在新版本中已更改
report-no-longer-asked = 已不再询问的准则
report-no-longer-asked-intro =
    { $count ->
       *[other] 保留了 { $count } 条来自准则早期版本的答复，对应的准则在当前版本中已不再询问。这些答复不计入任何得分。
    }
report-column-last-asked = 最后询问的版本
report-finding-confirmed = 已确认
report-finding-not-confirmed = 未确认
report-finding-needs-evidence = 需提供证据
report-yes = 是
report-no = 否

report-na-register = 不适用清单
report-na-register-intro =
    { $count ->
       *[other] 经营者标记为不适用的 { $count } 条准则及其理由。准则要求说明理由而未说明的，该“不适用”按未作答计。
    }
report-na-register-empty = 经营者未将任何准则标记为不适用。
report-open-items = 未结事项
report-open-items-intro =
    { $count ->
       *[other] 经营者标记为待复核或未作答的 { $count } 条适用准则。
    }
report-open-items-empty = 没有未结事项：所有适用准则均已作答，且没有待复核的准则。
report-evidence-register = 证据清单
report-evidence-register-intro =
    { $count ->
       *[other] 经营者列出的 { $count } 个证据文件。文件由经营者保存：审核员可凭 SHA-256 哈希值核对日后出示的文件是否与此处记录的完全相同。
    }
report-evidence-register-empty = 未记录任何证据文件。
report-answers-appendix = 答复附录
report-answers-appendix-intro = 问卷的全部准则，按部分列出，附经营者的答复和备注。“不在范围内”表示该准则不属于所评估的设施类型，或其适用条件不成立。

report-auditor-review = 审核员审核结果
report-the-auditor = 审核员
report-auditor-review-summary =
    { $count ->
       *[other] { $reviewer } 审核了 { $count } 条答复：已确认 { $confirmed } 条，未确认 { $not_confirmed } 条，需提供证据 { $needs_evidence } 条。
    }

report-method = 方法
report-method-intro = 本报告中每项得分如何由答复得出：对于总分和每个部分，列出其合并的组成项、各项的权重和值，以及其汇总规则的计算过程。标记为不适用或不在范围内的准则均不计入任何分母。
report-sign-off = 签署
report-sign-off-intro = 评估人确认各项答复如实反映设施现状；负责审核的审核员确认审核结果。请在打印件上签字：在 PDF 文件中添加签名会改变其字节，导致验证失败。
report-role-assessor = 评估人
report-role-auditor = 负责审核的审核员
report-sign-name = 姓名
report-sign-signature = 签名
report-sign-date = 日期
report-integrity = 完整性
report-integrity-intro = 本报告的 PDF 以附件形式携带生成它所依据的准则文件和评估文件（见 PDF 阅读器的附件面板）。任何人都可以离线核对 PDF 是否与这两个文件相符：“certready verify REPORT.pdf”或应用中的“验证报告”功能会提取这两个文件，重新为评估评分，按下方的生成时间重新生成每一页，并与本文档比对。
report-criteria-file = 准则文件
report-criteria-sha256 = 准则文件 SHA-256
report-assessment-file = 评估文件
report-assessment-sha256 = 评估文件 SHA-256
report-made-by = 生成工具
report-file-size =
    { $bytes ->
       *[other] { $name }，{ $bytes } 字节
    }
report-not-attached = 未附带
report-attachment-criteria = 生成本报告所依据的准则文件；SHA-256 { $sha256 }
report-attachment-assessment = 生成本报告所依据的评估文件；SHA-256 { $sha256 }

## 核验

verify-attachment-changed = 附件 { $name } 的 SHA-256 为 { $actual }，但文档载明的是 { $stated }
verify-attachment-unstated = 附件 { $name } 的 SHA-256 为 { $actual }，但文档未载明其 SHA-256
verify-attachment-invalid = 附件 { $name } 已不再是有效文件（{ $errors } 个错误）：无法重建报告
verify-page-count = 文档共 { $document } 页，而根据其附件重建的报告共 { $rebuilt } 页
verify-pages =
    { $count ->
       *[other] 第 { $pages } 页的内容与根据附件重建的报告不同
    }
verify-document-id = 文档标识与附件及生成时间不符
verify-unreadable = 不是可读取的 PDF
verify-not-certready = 不是 certready 报告（其创建者不是 certready）
verify-missing-attachment = 该 PDF 没有附件 { $name }
verify-no-generation-time = 该 PDF 没有 certready 格式的创建日期
verify-unusable-attachment = 此版本的 certready 不接受附件 { $name }（{ $errors } 个错误）
verify-needs-fallback-font = 该报告使用了后备字体（用于中日韩文字）制作，但未提供该字体
verify-languages = 无法以报告所用的语言重建报告
verify-render = 无法重建报告
