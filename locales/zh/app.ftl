### certready：浏览器应用中的全部界面文本（简体中文）。
### 译者说明见 locales/en/app.ftl，术语见 locales/glossary.md。

## The app frame and errors

app-name = certready
fatal = certready 发生内部错误，已停止运行。截至最后一次修改的答复已保存在本浏览器中：请重新加载页面继续，并请报告此问题。
fatal-export = 下载已保存的评估（YAML）
storage-save-failed = 无法在本浏览器中保存您的答复（{ $problem }）。目前尚未丢失任何内容：请立即导出评估，保留一份副本。
storage-export = 立即导出
language = 语言
whole-file = 整个文件
offline-available = 可离线使用
offline-now = 离线——您的答复仍会保存在本浏览器中

## Home

lead = 为安全认证做好准备：逐条回答准则，随时查看得分和差距，并下载 PDF 差距报告。所有内容都保留在本浏览器中，不会发送到任何地方。
your-assessments = 我的评估
no-assessments = 尚无评估：请从下方的问卷开始一项评估。
questionnaires = 开始新的评估
new-assessment = 新建评估
open = 打开
rename = 重命名
duplicate = 复制
delete = 删除
cancel = 取消
save = 保存
new-name = 新名称
delete-forever = 永久删除
criteria-unavailable = 本浏览器中没有其准则文件：请再次打开同一准则文件以继续。
conflict-changed = 此评估也在本浏览器的另一个标签页或窗口中被修改。本标签页已停止保存，以免两个版本相互覆盖：请选择要保留的版本，或先导出本标签页的版本。
conflict-deleted = 此评估已在另一个标签页或窗口中被删除，但在此处仍处于打开状态：保留即可重新保存，也可以将其导出。
conflict-load = 加载另一个版本
conflict-keep = 保留本标签页的版本
conflict-export = 导出本标签页的版本
updated-elsewhere = 已同步在另一个标签页或窗口中所做的修改。
change-elsewhere = 其他标签页中的修改
unreadable-save = 无法读取此已保存的评估。请将其导出以保留文本。
export = 导出
create-title = 新建评估
create-help = 被评估的机构和设施。以上内容以后均可修改。
create = 创建并开始
name = 此评估的名称
name-hint = 例如：设施名称和年份
forget-criteria = 从浏览器中移除此准则文件
drop-title = 打开准则文件
drop-help = 供认证体系所有者和监管机构使用：将准则文件（YAML）拖放到此处，或选择一个文件。有效的文件可用于新建评估；无效的文件会列出每个问题及其所在行和修改提示。文件只保留在本浏览器中。
drop-choose = 选择准则文件…
verify-title = 验证报告
verify-help = 供审核员使用：将 certready 生成的 PDF 报告拖放到此处，或选择一个报告。其附带的准则文件和评估文件会在本浏览器中重新评分并重建报告，然后与该 PDF 逐页比对。不会上传任何内容。
verify-choose = 选择 PDF 报告…
verify-matches = 一致。
verify-differs = 不一致。
verify-generated = 生成时间
verify-made-by = 生成工具
verify-criteria = 准则文件 SHA-256
verify-assessment = 评估文件 SHA-256
show-problems = 显示问题
untitled = 未命名评估

## Subject

organisation = 机构
facility = 设施
country = 国家或地区
assessor = 评估人
role = 评估人职务
subject = 设施与评估人
profiles = 本设施属于…（所选类型以外的准则将被隐藏；不选则显示全部）

## Walk-through

export-yaml = 导出答复（YAML）
import-yaml = 导入答复…
download-pdf = 下载 PDF 报告
report-options = 报告语言
report-language = 报告所用语言
report-second-language = 准则文本另附
report-no-second-language = 不附第二种语言
all-assessments = 全部评估
undo = 撤销
nothing-to-undo = 没有可撤销的修改
file-actions = 评估文件
sections = 部分
live-score = 实时得分
previous-section = ← 上一部分
next-section = 下一部分 →
search = 搜索准则
search-hint = 编号或要求中的词语
show = 显示
next-unanswered = 下一个未作答
all-done = 所有适用准则均已作答。
no-match = 没有匹配的准则。
clear-filters = 显示全部准则
progress = 进度

## A criterion

met = 已满足
gap = 差距
na-badge = 不适用
needs-justification = 需说明理由
critical = 关键
critical-hint = 须完全满足方可就绪
flagged = 待复核
not-applicable = 不适用
why-na-required = 为什么不适用？（必填，填写后“不适用”方可计入）
why-na-optional = 为什么不适用？（选填）
clear = 清除
comment = 备注
flag-for-review = 标记为待复核
untranslated = 未翻译：以准则文件的语言显示
details = 指导说明、证据与整改措施
fully-met = 完全满足：{ $text }
evidence-asked = 审核员会要求提供的证据：
if-not-met = 未满足时：{ $text }
add-evidence = 添加证据文件…
evidence-help = 文件的哈希值（SHA-256）在本浏览器中计算；只保留文件名、大小和哈希值。文件从不上传。
remove = 移除

## Scorecard

overall = 总分 { $score }
overall-with-pass-mark = 总分 { $score }（及格线 { $percent }）
sections-heading = 各部分
not-scored = 不适用
filter-all = 全部（按部分）
filter-unanswered = 未作答
filter-gaps = 差距
filter-flagged = 待复核
filter-critical = 关键
matches =
    { $count ->
       *[other] 有 { $count } 条准则匹配
    }
questionnaire-details =
    { $id } 版本 { $version } · { $sections } 个部分，共 { $criteria } 条准则{ $from_disk ->
        [yes] {" "}· 从文件打开
       *[no] {""}
    }
assessment-details = { $questionnaire } · 版本 { $version } · { $place }
assessment-details-no-place = { $questionnaire } · 版本 { $version }
answered-of = 已作答 { $answered } 项，共 { $applicable } 项（{ $percent }）
updated = 最后修改于 { $when }
delete-question = 要从本浏览器中删除“{ $name }”及其所有答复吗？此操作无法撤销；如需保留副本，请先导出。
copy-of = { $name }（副本）
deleted = 已删除“{ $name }”。
duplicated = 已创建“{ $name }”。
undo-what = 撤销上一次修改（{ $label }）
verifying = 正在检查 { $file }…
verified =
    { $matches ->
        [yes] { $file } 的每一页都与其附带文件得出的结果完全一致。
       *[no] { $file } 与其附带文件得出的结果不一致：
    }
verify-impossible = 无法检查 { $file }：{ $reason }。
undone = 已撤销：{ $label }。
answer-for = { $id } 的答复
change-answer = { $id } 的答复
change-comment = { $id } 的备注
change-justification = { $id } 的不适用理由
change-flag = { $id } 的复核标记
change-evidence = { $id } 的证据
change-subject = 设施与评估人
change-profiles = 设施类型
change-import = 导入 { $file }
evidence-line = { $name } · { $bytes }
hashing = 正在计算 { $name } 的哈希值…
hashed = 已记录 { $name }（SHA-256 在本浏览器中计算；文件本身未被保存）。
opened = 已打开 { $name }。
opened-with-warnings = 已打开 { $name }（{ $warnings } 条警告：运行 `certready validate` 查看详情）。
imported =
    { $warnings ->
        [0] 已导入 { $file }：{ $answers } 条答复。
       *[other] 已导入 { $file }：{ $answers } 条答复（{ $warnings } 条警告）。
    }
exported = 已导出 { $name }。
downloaded = 已下载 { $name }。
downloaded-with-uncovered = 已下载 { $name }，但没有任何字体包含 { $characters }：报告中以 {"\uFFFD"} 代替这些字符。
pdf-engine-stopped = PDF 引擎已停止：{ $reason }
pdf-engine-stopped-no-reason = PDF 引擎无法加载或已停止
generating-pdf = 正在生成 PDF 报告…
cancel-pdf = 取消
pdf-cancelled = 已取消生成 PDF 报告。
no-questionnaire = 未打开任何问卷
stage-reading = 正在生成 PDF 报告：读取答复…
stage-fonts = 正在生成 PDF 报告：加载字体…
stage-rendering = 正在生成 PDF 报告：排版并写入页面…
pdf-failed = 无法生成 PDF：{ $problem }
export-failed = 导出失败：{ $problem }
read-failed = 无法读取 { $file }：{ $problem }
not-accepted = { $file } 未被接受（{ $problems } 个问题）：
cannot-be-used = { $file } 无法使用（{ $problems } 个问题）
index-failed = 无法加载准则索引：{ $problem }
could-not-load = 无法加载：{ $problem }
index-file-missing-hint = 请检查 index.txt 中列出的文件是否位于 questionnaires 文件夹中
storage-failed = 无法更改已保存的评估：{ $problem }
place = 第 { $line } 行，第 { $column } 列
more-reasons =
    { $count ->
       *[other] 另有 { $count } 条原因
    }
top-gaps = 主要差距（共 { $count } 项）
impact = +{ $points } 个百分点
version-line = { $id } · 版本 { $version }
wrong-version = “{ $name }”对应其问卷的 { $saved } 版本，但本浏览器提供的是 { $offered } 版本。请将其导出，或打开 { $saved } 版本的准则文件。
unknown-assessment = 本浏览器中没有已保存的评估“{ $id }”。

## Numbers
## How the app writes numbers in this language.

number-decimal-separator = .
percent = { $value }%
human-size-bytes = { $bytes }{"\u00A0"}字节
human-size-kb = { $value }{"\u00A0"}kB
human-size-mb = { $value }{"\u00A0"}MB

## Scoring
## The verdict, its reasons and the explanation of the scores.

status-ready = 就绪
status-not-ready = 未就绪
status-incomplete = 未完成
reason-unanswered =
    { $count ->
       *[other] 有 { $count } 条适用准则尚未作答
    }
reason-overall-below = 总分 { $percent } 低于及格线 { $threshold }
reason-section-below = 部分“{ $section }”得分 { $percent }，低于最低要求 { $threshold }
reason-critical-not-met = 关键准则 { $criterion } 未完全满足
explain-overall-heading = 总分（{ $aggregate }）
explain-section-heading = { $id } — { $title }（{ $aggregate }）
explain-answered = { $option }“{ $label }”
explain-unanswered = 未作答，计 0
explain-na-without-justification = 不适用但未说明理由，计 0
explain-na = 不适用，不计入
explain-not-applicable = 不在范围内，不计入
explain-section = 部分“{ $title }”
explain-section-not-applicable = 部分“{ $title }”，无适用内容，不计入
explain-level = 等级 { $level }
explain-weight = 权重 { $weight }
explain-nothing-applies = = 不适用：无适用内容，因此该结果也不计入其上级
explain-total = 得分 { $score }，满分 { $max } = { $percent }
explain-weighted-mean = Σ 权重 × 值 / Σ 权重 = ({ $terms }) / ({ $weights })，{ $total }
explain-plain-mean = 所有权重均为 0，故取简单平均 = ({ $terms }) / { $count }，{ $total }
explain-mean = 得分平均 = ({ $scores }) / { $count }；满分平均 = ({ $maxima }) / { $count }，{ $total }
explain-sum = 得分之和 = { $scores }；满分之和 = { $maxima }，{ $total }
explain-min = 最低值 = min({ $values })，{ $total }
explain-maturity-not-scored = = 不适用：计入的准则均未设等级
explain-every-level = 所有等级均已达到
explain-level-not-achieved = 未达到等级 { $next }：{ $blocking } 低于 { $achieved_at }
explain-maturity = 当等级 L 及以下的每条计入准则均达到 { $achieved_at } 时，即达到等级 L；{ $why }：等级 { $achieved }，满级 { $max } = { $percent }

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
report-date-time = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute } UTC
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
