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
new-assessment-of = 按“{ $title }”新建评估
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
create-title-for = 新建评估 · { $title }
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
report-options = 报告语言与其他格式
report-language = 报告所用语言
report-second-language = 准则文本另附
report-no-second-language = 不附第二种语言
export-html = 报告（HTML，可打印）
export-csv = 差距清单（CSV）
export-json = 报告数据（JSON）
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
clear-answer = 清除 { $id } 的答复
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
remove-file = 移除 { $name }
evidence-note = 关于 { $name } 的说明

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
change-evidence-note = { $id } 证据的说明
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
# $year, $month, $day, $hour, $minute: digits, zero-padded (UTC).
date-time = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute } UTC

## Scoring
## The verdict, its reasons and the explanation of the scores.

status-ready = 就绪
status-not-ready = 未就绪
status-incomplete = 未完成
status-no-rule = 不作判定
no-pass-rule = 准则文件未设定及格线，因此不作判定结论；得分为 { $score }
score-level = 等级 { $level }（共 { $max } 级）
score-of-max = { $score }（满分 { $max }，{ $percent }）
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
