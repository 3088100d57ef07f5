<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>%1: at least %2 pooled studies are needed (%3 pooled).</source>
        <translation>%1：至少需要 %2 项已合并的研究（已合并 %3 项）。</translation>
    </message>
    <message>
        <source>Leave-one-out analysis</source>
        <translation>逐一剔除分析</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>逐一剔除</translation>
    </message>
    <message>
        <source>Omitting %1</source>
        <translation>剔除 %1</translation>
    </message>
    <message>
        <source>The refit failed: %1</source>
        <translation>重新拟合失败：%1</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis by year</source>
        <translation>按年份的累积 Meta 分析</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis</source>
        <translation>累积 Meta 分析</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>FunnelOverlay</name>
    <message numerus="yes">
        <source>Small-study tests need at least 3 studies (%n pooled).</source>
        <translation>
            <numerusform>小研究效应检验至少需要 3 项研究（已合并 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 studies: interpret with caution.</source>
        <translation>研究少于 %1 项：解释时需谨慎。</translation>
    </message>
    <message>
        <source>Egger %1</source>
        <translation>Egger 检验 %1</translation>
    </message>
    <message>
        <source>Egger: not estimable (equal variances)</source>
        <translation>Egger 检验：不可估计（方差相等）</translation>
    </message>
    <message>
        <source>Begg %1</source>
        <translation>Begg 检验 %1</translation>
    </message>
    <message>
        <source>Begg: not estimable</source>
        <translation>Begg 检验：不可估计</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n imputed (%1), adjusted %2</source>
        <translation>
            <numerusform>剪补法：填补 %n 项（%1），校正后 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Trim-and-fill: none imputed (%1)</source>
        <translation>剪补法：未填补研究（%1）</translation>
    </message>
    <message>
        <source>Trim-and-fill: did not converge</source>
        <translation>剪补法：未收敛</translation>
    </message>
</context>
<context>
    <name>MethodsText</name>
    <message>
        <source>odds ratios (analysed on the log scale)</source>
        <translation>比值比（在对数尺度上分析）</translation>
    </message>
    <message>
        <source>risk ratios (analysed on the log scale)</source>
        <translation>相对危险度（在对数尺度上分析）</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>危险差</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>均数差</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g)</source>
        <translation>标准化均数差（Hedges&apos; g）</translation>
    </message>
    <message>
        <source>the reported effect sizes and their variances</source>
        <translation>报告的效应量及其方差</translation>
    </message>
    <message>
        <source>the DerSimonian-Laird estimator (DerSimonian &amp; Laird 1986)</source>
        <translation>DerSimonian-Laird 法（DerSimonian &amp; Laird 1986）</translation>
    </message>
    <message>
        <source>restricted maximum likelihood (Viechtbauer 2005)</source>
        <translation>限制性最大似然法（Viechtbauer 2005）</translation>
    </message>
    <message>
        <source>the Paule-Mandel estimator (Paule &amp; Mandel 1982)</source>
        <translation>Paule-Mandel 法（Paule &amp; Mandel 1982）</translation>
    </message>
    <message>
        <source>maximum likelihood (Viechtbauer 2005)</source>
        <translation>最大似然法（Viechtbauer 2005）</translation>
    </message>
    <message>
        <source>the Sidik-Jonkman estimator (Sidik &amp; Jonkman 2005)</source>
        <translation>Sidik-Jonkman 法（Sidik &amp; Jonkman 2005）</translation>
    </message>
    <message>
        <source>the Hedges estimator (Hedges &amp; Olkin 1985)</source>
        <translation>Hedges 法（Hedges &amp; Olkin 1985）</translation>
    </message>
    <message>
        <source>the empirical Bayes estimator (Morris 1983)</source>
        <translation>经验贝叶斯法（Morris 1983）</translation>
    </message>
    <message>
        <source>to studies with a zero cell</source>
        <translation>于含零事件格子的研究</translation>
    </message>
    <message>
        <source>to every study</source>
        <translation>于每项研究</translation>
    </message>
    <message>
        <source>to every study when any study had a zero cell</source>
        <translation>于每项研究（当任一研究含零事件格子时）</translation>
    </message>
    <message>
        <source>Effects were expressed as %1 with %2% confidence intervals.</source>
        <translation>效应量以%1及其 %2% 置信区间表示。</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using the Mantel-Haenszel method.</source>
        <translation>采用固定效应模型（Mantel-Haenszel 法）合并各研究。</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using Peto&apos;s method (Yusuf et al. 1985).</source>
        <translation>采用固定效应模型（Peto 法；Yusuf 等 1985）合并各研究。</translation>
    </message>
    <message>
        <source>Studies were pooled with a fixed-effect model using inverse-variance weights.</source>
        <translation>采用固定效应模型（倒方差加权）合并各研究。</translation>
    </message>
    <message>
        <source>Studies were pooled with a random-effects model (inverse-variance weights); the between-study variance τ² was estimated by %1</source>
        <translation>采用随机效应模型（倒方差加权）合并各研究；研究间方差 τ² 采用%1估计</translation>
    </message>
    <message>
        <source>, with a Q-profile confidence interval</source>
        <translation>，并以 Q-profile 法计算其置信区间</translation>
    </message>
    <message>
        <source>The model was chosen by a pre-specified rule: a fixed-effect model when I² &lt; 50% and the p-value of Cochran&apos;s Q &gt; 0.10, otherwise a random-effects model (here I² = %1%, p = %2).</source>
        <translation>模型按预先设定的规则选择：I² &lt; 50% 且 Cochran Q 检验的 p 值 &gt; 0.10 时采用固定效应模型，否则采用随机效应模型（本次 I² = %1%，p = %2）。</translation>
    </message>
    <message>
        <source>The confidence interval and test of the pooled effect used the Hartung-Knapp-Sidik-Jonkman method (t distribution with k − 1 degrees of freedom).</source>
        <translation>合并效应量的置信区间和检验采用 Hartung-Knapp-Sidik-Jonkman 法（自由度为 k − 1 的 t 分布）。</translation>
    </message>
    <message>
        <source>The confidence interval and test of the pooled effect used the normal distribution.</source>
        <translation>合并效应量的置信区间和检验基于正态分布。</translation>
    </message>
    <message>
        <source>A %1% prediction interval for the effect in a new study is reported.</source>
        <translation>同时报告一项新研究效应的 %1% 预测区间。</translation>
    </message>
    <message>
        <source>Heterogeneity was assessed with Cochran&apos;s Q and I².</source>
        <translation>采用 Cochran Q 检验和 I² 评估异质性。</translation>
    </message>
    <message>
        <source>No continuity correction was applied.</source>
        <translation>未进行连续性校正。</translation>
    </message>
    <message>
        <source>A continuity correction of %1 was added %2.</source>
        <translation>连续性校正值 %1 加%2。</translation>
    </message>
    <message>
        <source>Studies without events in either arm were excluded from pooling.</source>
        <translation>两组均无事件的研究未纳入合并。</translation>
    </message>
    <message>
        <source>Studies without events in either arm were kept.</source>
        <translation>两组均无事件的研究予以保留。</translation>
    </message>
    <message>
        <source>Subgroups defined by %1 were compared with a test for subgroup differences (Cochran&apos;s Q between subgroup estimates); each subgroup had its own τ².</source>
        <translation>按%1划分亚组，并以亚组间差异检验（各亚组估计值之间的 Cochran Q 检验）进行比较；各亚组分别估计 τ²。</translation>
    </message>
    <message>
        <source>Analyses were run in Evidence Explorer %1, whose results are checked against R metafor.</source>
        <translation>分析使用 Evidence Explorer %1 完成，其结果已与 R metafor 包的结果核对。</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a sentence: &quot;。&quot; in Chinese.</extracomment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>PlotCommand</name>
    <message>
        <source>, %1 patients</source>
        <translation>，%1 例患者</translation>
    </message>
    <message>
        <source>Published: %1 %2 [%3, %4]</source>
        <translation>已发表结果：%1 %2 [%3, %4]</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Cannot write “%1”: the folder “%2” cannot be created</source>
        <translation>无法写入“%1”：无法创建文件夹“%2”</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the plot no longer exists</source>
        <translation>无法写入“%1”：该图形已不存在</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm)</source>
        <translation>期刊单栏（85 mm）</translation>
    </message>
    <message>
        <source>Journal, 1.5 column (120 mm)</source>
        <translation>期刊 1.5 栏（120 mm）</translation>
    </message>
    <message>
        <source>Journal, double column (180 mm)</source>
        <translation>期刊双栏（180 mm）</translation>
    </message>
    <message>
        <source>Slide, 16:9 (254 × 143 mm)</source>
        <translation>幻灯片 16:9（254 × 143 mm）</translation>
    </message>
    <message numerus="yes">
        <source>The text is reduced from %1 pt to %2 pt so that all %n row(s) fit the height.</source>
        <translation>
            <numerusform>文字从 %1 pt 缩小到 %2 pt，以便全部 %n 行适合该高度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Exported by Evidence Explorer</source>
        <translation>由 Evidence Explorer 导出</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the width and height must be positive</source>
        <translation>宽度和高度必须为正数</translation>
    </message>
    <message>
        <source>the resolution must be between 10 and 4800 dpi, got %1</source>
        <translation>分辨率必须在 10 到 4800 dpi 之间，当前为 %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message numerus="yes">
        <source>%n study row(s) do not fit this height even at %1 pt: they need %2 mm. Choose a taller size (at least %2 mm) or let the height follow the plot.</source>
        <translation>
            <numerusform>即使字号为 %1 pt，%n 行研究仍无法容纳于该高度：需要 %2 mm。请选择更高的尺寸（至少 %2 mm），或让高度随图形自动调整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study row(s) do not fit this height: the bottom of the plot is cut. Let the height follow the plot, or choose a smaller font.</source>
        <translation>
            <numerusform>%n 行研究无法容纳于该高度：图形底部被截断。请让高度随图形自动调整，或选择更小的字号。</numerusform>
        </translation>
    </message>
    <message>
        <source>At this size the text is shrunk to %1 pt</source>
        <translation>在此尺寸下文字缩小到 %1 pt</translation>
    </message>
    <message>
        <source> and some numbers are cut</source>
        <translation>，且部分数字被截断</translation>
    </message>
    <message>
        <source>: choose a wider size, a smaller font or let the height follow the plot.</source>
        <translation>：请选择更宽的尺寸、更小的字号，或让高度随图形自动调整。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Meta-analysis: %1</source>
        <translation>Meta 分析：%1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>exact (printed in the source)</source>
        <translation>精确值（原文印刷）</translation>
    </message>
    <message>
        <source>derived from a printed percentage</source>
        <translation>由原文百分比推算</translation>
    </message>
    <message>
        <source>derived from other printed numbers</source>
        <translation>由原文其他数字推算</translation>
    </message>
    <message>
        <source>approximate (read from a figure or rounded)</source>
        <translation>近似值（从图中读取或经四舍五入）</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>as transcribed from a secondary table</source>
        <translation>转录自二手表格</translation>
    </message>
    <message>
        <source>where: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>计数单位：%1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source>This analysis</source>
        <translation>本分析</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发表</translation>
    </message>
    <message>
        <source>Estimate [95% CI]</source>
        <translation>估计值 [95% CI]</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>效应指标</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>random effects</source>
        <translation>随机效应</translation>
    </message>
    <message>
        <source>fixed effect</source>
        <translation>固定效应</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>研究数</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <source>figure %1</source>
        <translation>图 %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>第 %1 节</translation>
    </message>
    <message>
        <source>Published in %1.</source>
        <translation>发表于 %1。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Pooled estimate</source>
        <translation>合并效应量</translation>
    </message>
    <message>
        <source>Test for overall effect</source>
        <translation>总体效应检验</translation>
    </message>
    <message>
        <source>Heterogeneity</source>
        <translation>异质性</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>预测区间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Published estimate</source>
        <translation>已发表的估计值</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Effect [95% CI]</source>
        <translation>效应量 [95% CI]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>不可估计</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已剔除</translation>
    </message>
</context>
<context>
    <name>ResultBuilder</name>
    <message>
        <source>Odds ratio</source>
        <translation>比值比</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>相对危险度</translation>
    </message>
    <message>
        <source>Risk difference</source>
        <translation>危险差</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>均数差</translation>
    </message>
    <message>
        <source>Std. mean difference</source>
        <translation>标准化均数差</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效应量</translation>
    </message>
    <message>
        <source>M-H</source>
        <translation>M-H</translation>
    </message>
    <message>
        <source>Peto</source>
        <translation>Peto</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>Fixed-effect model (Mantel-Haenszel)</source>
        <translation>固定效应模型（Mantel-Haenszel 法）</translation>
    </message>
    <message>
        <source>Fixed-effect model (Peto)</source>
        <translation>固定效应模型（Peto 法）</translation>
    </message>
    <message>
        <source>Fixed-effect model (inverse variance)</source>
        <translation>固定效应模型（倒方差法）</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>随机效应模型（%1）</translation>
    </message>
    <message>
        <source>Random-effects model (%1, HKSJ)</source>
        <translation>随机效应模型（%1，HKSJ）</translation>
    </message>
    <message>
        <source>Heterogeneity: not applicable (one study)</source>
        <translation>异质性：不适用（仅一项研究）</translation>
    </message>
    <message>
        <source>Treatment
Events/Total</source>
        <translation>治疗组
事件数/总数</translation>
    </message>
    <message>
        <source>Control
Events/Total</source>
        <translation>对照组
事件数/总数</translation>
    </message>
    <message>
        <source>Treatment
Mean (SD) N</source>
        <translation>治疗组
均数（标准差）例数</translation>
    </message>
    <message>
        <source>Control
Mean (SD) N</source>
        <translation>对照组
均数（标准差）例数</translation>
    </message>
    <message>
        <source>Lower with treatment</source>
        <translation>治疗组较低</translation>
    </message>
    <message>
        <source>Higher with treatment</source>
        <translation>治疗组较高</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2 (%3)</source>
        <translation>亚组间差异检验：Q = %1，df = %2（%3）</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数尺度）</translation>
    </message>
    <message numerus="yes">
        <source>A funnel plot needs at least 3 studies (%n pooled).</source>
        <translation>
            <numerusform>漏斗图至少需要 3 项研究（已合并 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A Baujat plot needs at least 2 pooled studies.</source>
        <translation>Baujat 图至少需要 2 项已合并的研究。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Treatment: %1; control: %2</source>
        <translation>治疗组：%1；对照组：%2</translation>
    </message>
    <message>
        <source>No data extracted for this outcome</source>
        <translation>该结局尚未提取数据</translation>
    </message>
    <message numerus="yes">
        <source>Control arm shared with %n other comparison(s)</source>
        <translation>
            <numerusform>对照组与其他 %n 个比较共用</numerusform>
        </translation>
    </message>
    <message>
        <source> (split)</source>
        <translation>（已拆分）</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>计数单位：%1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on this study</source>
        <translation>
            <numerusform>该研究有 %n 条备注</numerusform>
        </translation>
    </message>
    <message>
        <source>Favours treatment</source>
        <translation>倾向于治疗组</translation>
    </message>
    <message>
        <source>Favours control</source>
        <translation>倾向于对照组</translation>
    </message>
    <message>
        <source>No level of “%1” is ticked.</source>
        <translation>“%1”未勾选任何水平。</translation>
    </message>
    <message>
        <source>No study matches the current filters.</source>
        <translation>没有研究符合当前筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>No study has data for this outcome with the current filters (%n not extracted).</source>
        <translation>
            <numerusform>在当前筛选条件下，没有研究提供该结局的数据（%n 项未提取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every study with data is excluded.</source>
        <translation>所有有数据的研究均已被剔除。</translation>
    </message>
    <message>
        <source>The model could not be fitted: %1</source>
        <translation>模型无法拟合：%1</translation>
    </message>
    <message>
        <source>The studies cannot be pooled: %1</source>
        <translation>无法合并这些研究：%1</translation>
    </message>
    <message>
        <source>Not in a subgroup (excluded or %1 not recorded)</source>
        <translation>不属于任何亚组（已剔除或未记录%1）</translation>
    </message>
    <message>
        <source>, chosen by the review&apos;s rule (I² = %1%, P(Q) = %2)</source>
        <translation>，按该综述的规则选择（I² = %1%，P(Q) = %2）</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 例患者</translation>
    </message>
    <message numerus="yes">
        <source>%n not extracted</source>
        <translation>
            <numerusform>%n 项未提取</numerusform>
        </translation>
    </message>
    <message>
        <source>Some comparisons share a control group: its patients count more than once.</source>
        <translation>部分比较共用同一对照组：该组患者被重复计数。</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; Q = %2, df = %3 (%4); I² = %5%</source>
        <translation>异质性：τ² = %1；Q = %2，df = %3（%4）；I² = %5%</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1, df = %2 (%3); I² = %4%</source>
        <translation>异质性：Q = %1，df = %2（%3）；I² = %4%</translation>
    </message>
    <message>
        <source>Test for overall effect: t(%1) = %2 (%3)</source>
        <translation>总体效应检验：t(%1) = %2（%3）</translation>
    </message>
    <message>
        <source>Test for overall effect: z = %1 (%2)</source>
        <translation>总体效应检验：z = %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, random, %3% CI)</source>
        <translation>%1（%2，随机，%3% CI）</translation>
    </message>
    <message>
        <source>%1 (%2, fixed, %3% CI)</source>
        <translation>%1（%2，固定，%3% CI）</translation>
    </message>
    <message>
        <source>I² = %1%, τ² = %2</source>
        <translation>I² = %1%，τ² = %2</translation>
    </message>
    <message>
        <source>I² = %1%</source>
        <translation>I² = %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n studies, %1 patients</source>
        <translation>
            <numerusform>%n 项研究，%1 例患者</numerusform>
        </translation>
    </message>
    <message>
        <source>Published: %1 %2 %3</source>
        <translation>已发表结果：%1 %2 %3</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>from a percentage</source>
        <translation>由百分比推算</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算值</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>as transcribed</source>
        <translation>转录值</translation>
    </message>
</context>
<context>
    <name>ee::store</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: expected FACET=LEVEL[,LEVEL...]</source>
        <translation>--where “%1”：应为 FACET=LEVEL[,LEVEL...] 格式</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: the facet name is empty</source>
        <translation>--where “%1”：维度名称为空</translation>
    </message>
    <message>
        <source>--where &apos;%1&apos;: empty level (use - for &quot;not recorded&quot;)</source>
        <translation>--where “%1”：水平为空（“未记录”请用 -）</translation>
    </message>
    <message>
        <source>an outcome is required</source>
        <translation>必须指定结局</translation>
    </message>
    <message>
        <source>N is missing</source>
        <translation>缺少例数</translation>
    </message>
    <message>
        <source>N must be at least 1, got %1</source>
        <translation>例数必须至少为 1，当前为 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 必须为有限数值</translation>
    </message>
    <message>
        <source>the study label is empty</source>
        <translation>研究标签为空</translation>
    </message>
    <message>
        <source>year %1 is not plausible (1800-2200)</source>
        <translation>年份 %1 不合理（应在 1800-2200 之间）</translation>
    </message>
    <message>
        <source>the arm label is empty</source>
        <translation>组标签为空</translation>
    </message>
    <message>
        <source>N randomized must be at least 1, got %1</source>
        <translation>随机分配例数必须至少为 1，当前为 %1</translation>
    </message>
    <message>
        <source>N analysed must be at least 1, got %1</source>
        <translation>分析例数必须至少为 1，当前为 %1</translation>
    </message>
    <message>
        <source>a cell count must be a positive number</source>
        <translation>细胞数必须为正数</translation>
    </message>
    <message>
        <source>an upper cell count needs a lower one (give both as the same number for a single value)</source>
        <translation>细胞数有上限时必须有下限（单一值请在两处填写相同数字）</translation>
    </message>
    <message>
        <source>the upper cell count must be at least the lower one</source>
        <translation>细胞数上限必须不小于下限</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>结局为空</translation>
    </message>
    <message>
        <source>a binary outcome takes events and N, not means and SDs</source>
        <translation>二分类结局应填写事件数和例数，而不是均数和标准差</translation>
    </message>
    <message>
        <source>the number of events is missing</source>
        <translation>缺少事件数</translation>
    </message>
    <message>
        <source>events cannot be negative, got %1</source>
        <translation>事件数不能为负数，当前为 %1</translation>
    </message>
    <message>
        <source>events (%1) exceed N (%2)</source>
        <translation>事件数（%1）超过例数（%2）</translation>
    </message>
    <message>
        <source>a continuous outcome takes mean, SD and N, not events</source>
        <translation>连续型结局应填写均数、标准差和例数，而不是事件数</translation>
    </message>
    <message>
        <source>the mean</source>
        <translation>均数</translation>
    </message>
    <message>
        <source>the SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>the SD must be positive, got %1</source>
        <translation>标准差必须为正数，当前为 %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not an Evidence Explorer project: it is not an SQLite database</source>
        <translation>不是 Evidence Explorer 项目：它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>is truncated: only %1 bytes, shorter than an SQLite header</source>
        <translation>文件不完整：只有 %1 字节，比 SQLite 文件头还短</translation>
    </message>
    <message>
        <source>is corrupt: its header gives an invalid page size</source>
        <translation>已损坏：文件头中的页大小无效</translation>
    </message>
    <message>
        <source>is truncated: %1 bytes of the %2 its header announces</source>
        <translation>文件不完整：只有 %1 字节，而文件头声明为 %2 字节</translation>
    </message>
    <message>
        <source>is corrupt or not a database: %1</source>
        <translation>已损坏或不是数据库：%1</translation>
    </message>
    <message>
        <source>is corrupt: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>is corrupt (integrity check: %1)</source>
        <translation>已损坏（完整性检查：%1）</translation>
    </message>
    <message>
        <source>is an SQLite database but not an Evidence Explorer project; it was left untouched</source>
        <translation>是 SQLite 数据库，但不是 Evidence Explorer 项目；文件未作任何改动</translation>
    </message>
    <message>
        <source>was written by a newer version of Evidence Explorer (schema %1; this version reads up to %2). It was left untouched; open it with a newer version.</source>
        <translation>由更新版本的 Evidence Explorer 写入（架构版本 %1；本版本最多可读取 %2）。文件未作任何改动；请用更新的版本打开。</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>无法配置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; is not defined in the project</source>
        <translation>结局“%1”未在项目中定义</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; has an unknown kind</source>
        <translation>结局“%1”的类型未知</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>defines no dose_tier facet</source>
        <translation>未定义 dose_tier 维度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>country &apos;%1&apos; has no region in curation/country_regions.csv</source>
        <translation>国家“%1”在 curation/country_regions.csv 中没有对应地区</translation>
    </message>
    <message>
        <source>Table 1 row(s): %1</source>
        <translation>表 1 中的行：%1</translation>
    </message>
    <message>
        <source>differs from the first row of study &apos;%1&apos;</source>
        <translation>与研究“%1”的第一行不一致</translation>
    </message>
    <message>
        <source>Origin (%1) from %2: &quot;%3&quot;</source>
        <translation>来源（%1）取自 %2：“%3”</translation>
    </message>
    <message>
        <source>has an unexpected Table 1 layout</source>
        <translation>表 1 的布局与预期不符</translation>
    </message>
    <message>
        <source>expected one table row per studies.csv row</source>
        <translation>studies.csv 的每一行应对应表格中的一行</translation>
    </message>
    <message>
        <source>does not line up with studies.csv</source>
        <translation>与 studies.csv 不对应</translation>
    </message>
    <message>
        <source>row &apos;%1&apos; where studies.csv has &apos;%2&apos;</source>
        <translation>此处为行“%1”，而 studies.csv 中为“%2”</translation>
    </message>
    <message>
        <source>has %1 Table 1 rows; studies.csv has %2</source>
        <translation>表 1 有 %1 行；studies.csv 有 %2 行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Table 1 row</source>
        <translation>“%1”不是表 1 中的行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Table 1 row of this study</source>
        <translation>“%1”不是本研究在表 1 中的行</translation>
    </message>
    <message>
        <source>refers to &apos;%1&apos;, which has no earlier row</source>
        <translation>引用了“%1”，但此前没有该行</translation>
    </message>
    <message>
        <source>the estimate and its CI must be numbers</source>
        <translation>估计值及其置信区间必须为数字</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>extractor 1&apos;s value</source>
        <translation>提取者 1 的取值</translation>
    </message>
    <message>
        <source>extractor 2&apos;s value</source>
        <translation>提取者 2 的取值</translation>
    </message>
    <message>
        <source>a consensus value</source>
        <translation>共识值</translation>
    </message>
    <message>
        <source>Dual extraction of %1 (%2): extractor 1 entered %3, extractor 2 entered %4; %5 decided on %6 (%7), on %8.</source>
        <translation>%1（%2）的双人提取：提取者 1 录入 %3，提取者 2 录入 %4；%5 于 %8 确定采用 %6（%7）。</translation>
    </message>
    <message>
        <source>no time point</source>
        <translation>无时间点</translation>
    </message>
    <message>
        <source>Events in the treatment arm</source>
        <translation>治疗组事件数</translation>
    </message>
    <message>
        <source>Events in the control arm</source>
        <translation>对照组事件数</translation>
    </message>
    <message>
        <source>N in the treatment arm</source>
        <translation>治疗组例数</translation>
    </message>
    <message>
        <source>N in the control arm</source>
        <translation>对照组例数</translation>
    </message>
    <message>
        <source>The mean in the treatment arm</source>
        <translation>治疗组的均数</translation>
    </message>
    <message>
        <source>The mean in the control arm</source>
        <translation>对照组的均数</translation>
    </message>
    <message>
        <source>The SD in the treatment arm</source>
        <translation>治疗组的标准差</translation>
    </message>
    <message>
        <source>The SD in the control arm</source>
        <translation>对照组的标准差</translation>
    </message>
    <message>
        <source>events (treatment)</source>
        <translation>事件数（治疗组）</translation>
    </message>
    <message>
        <source>events (control)</source>
        <translation>事件数（对照组）</translation>
    </message>
    <message>
        <source>N (treatment)</source>
        <translation>例数（治疗组）</translation>
    </message>
    <message>
        <source>N (control)</source>
        <translation>例数（对照组）</translation>
    </message>
    <message>
        <source>mean (treatment)</source>
        <translation>均数（治疗组）</translation>
    </message>
    <message>
        <source>mean (control)</source>
        <translation>均数（对照组）</translation>
    </message>
    <message>
        <source>SD (treatment)</source>
        <translation>标准差（治疗组）</translation>
    </message>
    <message>
        <source>SD (control)</source>
        <translation>标准差（对照组）</translation>
    </message>
    <message>
        <source>%1 must be at least 1 (got %2).</source>
        <translation>%1 必须至少为 1（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation>%1 不能为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot exceed its N (%3).</source>
        <translation>%1（%2）不能超过其例数（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) is less than its events (%3).</source>
        <translation>%1（%2）小于其事件数（%3）。</translation>
    </message>
    <message>
        <source>A binary outcome takes events and N, not means and SDs.</source>
        <translation>二分类结局应填写事件数和例数，而不是均数和标准差。</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 必须为有限数值。</translation>
    </message>
    <message>
        <source>%1 must be positive (got %2).</source>
        <translation>%1 必须为正数（当前为 %2）。</translation>
    </message>
    <message>
        <source>A continuous outcome takes mean, SD and N, not events.</source>
        <translation>连续型结局应填写均数、标准差和例数，而不是事件数。</translation>
    </message>
</context>
<context>
    <name>ee::store::ColumnMapping</name>
    <message>
        <source>&apos;%1&apos; is not an evidence CSV column</source>
        <translation>“%1”不是证据 CSV 的列</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped from column &apos;%2&apos;; map one column to it</source>
        <translation>“%1”已由列“%2”映射；只能映射一列</translation>
    </message>
</context>
<context>
    <name>ee::store::CsvTable</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a valid CSV file</source>
        <translation>不是有效的 CSV 文件</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>文件含有 NUL 字节；不是文本文件</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (enclose the field in quotes and double the quote)</source>
        <translation>未加引号的字段中含有引号（请用引号括起该字段，并将其中的引号写两次）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号之后还有文字</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>文件为空；需要表头行</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>表头第 %1 列没有名称</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>列“%1”在表头中出现了两次</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>有 %1 个字段，但表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>ee::store::EvidenceCsv</name>
    <message>
        <source>is open read-only; nothing was imported</source>
        <translation>以只读方式打开；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>ee::store::EvidenceIndex</name>
    <message>
        <source>unknown outcome &apos;%1&apos;; this project has: %2</source>
        <translation>未知结局“%1”；本项目包含：%2</translation>
    </message>
    <message>
        <source>unknown facet &apos;%1&apos;; this project has: %2</source>
        <translation>未知维度“%1”；本项目包含：%2</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos; has no level &apos;%2&apos;; its levels are: %3</source>
        <translation>维度“%1”没有水平“%2”；其水平为：%3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>ee::store::FacetCsv</name>
    <message>
        <source>unknown column (see docs/store.md for the facet CSV columns)</source>
        <translation>未知列（维度 CSV 的列见 docs/store.md）</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the facet name is empty</source>
        <translation>维度名称为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not moderator.NAME or one of %2</source>
        <translation>“%1”既不是 moderator.NAME，也不是以下之一：%2</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos; has a different kind or attribute in an earlier row</source>
        <translation>维度“%1”在前面的行中有不同的类型或属性</translation>
    </message>
    <message>
        <source>the level code is empty</source>
        <translation>水平代码为空</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; appears twice in facet &apos;%2&apos;</source>
        <translation>水平“%1”在维度“%2”中出现了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>the upper cut-off is below the lower one</source>
        <translation>上分界值低于下分界值</translation>
    </message>
    <message>
        <source>a numeric level needs a lower or an upper cut-off</source>
        <translation>数值型水平需要下分界值或上分界值</translation>
    </message>
    <message>
        <source>is not a valid facet definition file</source>
        <translation>不是有效的维度定义文件</translation>
    </message>
</context>
<context>
    <name>ee::store::Importer</name>
    <message>
        <source>%1 has &apos;%2&apos; here but &apos;%3&apos; in row %4; repeated rows must agree</source>
        <translation>%1 此处为“%2”，但第 %4 行为“%3”；重复的行必须一致</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>unknown column (see docs/store.md for the evidence CSV columns)</source>
        <translation>未知列（证据 CSV 的列见 docs/store.md）</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>cannot be imported; nothing was imported</source>
        <translation>无法导入；未导入任何内容</translation>
    </message>
    <message>
        <source>the study label is empty</source>
        <translation>研究标签为空</translation>
    </message>
    <message>
        <source>study &apos;%1&apos; is already in the project</source>
        <translation>研究“%1”已在项目中</translation>
    </message>
    <message>
        <source>study &apos;%1&apos;</source>
        <translation>研究“%1”</translation>
    </message>
    <message>
        <source>an arm value without an arm label (column arm%1)</source>
        <translation>有组的取值但没有组标签（列 arm%1）</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos; of study &apos;%2&apos; is a treatment arm in one row and a control arm in another</source>
        <translation>研究“%2”的组“%1”在一行中是治疗组，在另一行中却是对照组</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos; of study &apos;%2&apos;</source>
        <translation>研究“%2”的组“%1”</translation>
    </message>
    <message>
        <source>a comparison or outcome value without a comparison label (column comparison)</source>
        <translation>有比较或结局的取值但没有比较标签（列 comparison）</translation>
    </message>
    <message>
        <source>a comparison needs a treatment arm (arm_t) and a control arm (arm_c)</source>
        <translation>比较需要一个治疗组（arm_t）和一个对照组（arm_c）</translation>
    </message>
    <message>
        <source>the control arm is the treatment arm</source>
        <translation>对照组与治疗组相同</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; is already in the project</source>
        <translation>比较“%1”已在项目中</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;</source>
        <translation>比较“%1”</translation>
    </message>
    <message>
        <source>an outcome value without an outcome code (column outcome)</source>
        <translation>有结局的取值但没有结局代码（列 outcome）</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos;</source>
        <translation>结局“%1”</translation>
    </message>
    <message>
        <source>N must be at least 1, got %1</source>
        <translation>例数必须至少为 1，当前为 %1</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; is %2 in the project</source>
        <translation>结局“%1”在项目中为%2</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; already has &apos;%2&apos; data for this time point in an earlier row</source>
        <translation>比较“%1”在前面的行中已有该时间点的“%2”数据</translation>
    </message>
    <message>
        <source>%1 row(s) rejected; nothing was imported</source>
        <translation>%1 行被拒绝；未导入任何内容</translation>
    </message>
    <message>
        <source>row %1 cannot be stored; nothing was imported</source>
        <translation>第 %1 行无法保存；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>ee::store::Source</name>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>lacks columns the build needs</source>
        <translation>缺少构建所需的列</translation>
    </message>
    <message>
        <source>cannot be built into the evidence base</source>
        <translation>无法构建进证据库</translation>
    </message>
</context>
<context>
    <name>ee::store::StoreError</name>
    <message>
        <source>column &apos;%1&apos;: </source>
        <translation>列“%1”：</translation>
    </message>
</context>
<context>
    <name>ee::store::StoreSchema</name>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>无法开始架构升级：%1</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1 to %2 (%3) failed: %4. The file was left at version %1.</source>
        <translation>将架构从版本 %1 升级到 %2（%3）失败：%4。文件仍为版本 %1。</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2. The file was left at version %3.</source>
        <translation>无法记录架构版本 %1：%2。文件仍为版本 %3。</translation>
    </message>
    <message>
        <source>cannot commit the schema upgrade: %1. The file was left at version %2.</source>
        <translation>无法提交架构升级：%1。文件仍为版本 %2。</translation>
    </message>
</context>
<context>
    <name>ee::store::StudyStore</name>
    <message>
        <source>an in-memory project can only be created</source>
        <translation>内存中的项目只能新建</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>is read-only; open it read-only or save a copy with Save As</source>
        <translation>是只读文件；请以只读方式打开，或用“另存为”保存副本</translation>
    </message>
    <message>
        <source>is empty, not an Evidence Explorer project</source>
        <translation>为空，不是 Evidence Explorer 项目</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not an Evidence Explorer project</source>
        <translation>是空的 SQLite 数据库，不是 Evidence Explorer 项目</translation>
    </message>
    <message>
        <source>uses schema %1 and must be upgraded to %2; open it for writing or save a copy first</source>
        <translation>使用架构版本 %1，必须升级到 %2；请以可写方式打开，或先保存副本</translation>
    </message>
    <message>
        <source>is open read-only; save a copy with Save As to edit it</source>
        <translation>以只读方式打开；如需编辑，请用“另存为”保存副本</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot commit the change; nothing was written</source>
        <translation>无法提交更改；未写入任何内容</translation>
    </message>
    <message>
        <source>edits cannot be recorded: the undo log is off</source>
        <translation>无法记录编辑：撤销日志已关闭</translation>
    </message>
    <message>
        <source>an edit cannot be recorded inside another transaction</source>
        <translation>无法在另一事务中记录编辑</translation>
    </message>
    <message>
        <source>edits cannot be reverted: the undo log is off</source>
        <translation>无法撤回编辑：撤销日志已关闭</translation>
    </message>
    <message>
        <source>an edit cannot be reverted inside another transaction</source>
        <translation>无法在另一事务中撤回编辑</translation>
    </message>
    <message>
        <source>cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>cannot save a project over itself</source>
        <translation>不能将项目保存到其自身</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>cannot check the file</source>
        <translation>无法检查文件</translation>
    </message>
    <message>
        <source>cannot read the project description</source>
        <translation>无法读取项目说明</translation>
    </message>
    <message>
        <source>table %1 refers to provenance %2, which is missing</source>
        <translation>表 %1 引用了不存在的数据来源 %2</translation>
    </message>
    <message>
        <source>cannot store the project description</source>
        <translation>无法保存项目说明</translation>
    </message>
    <message>
        <source>cannot store cell type &apos;%1&apos;</source>
        <translation>无法保存细胞类型“%1”</translation>
    </message>
    <message>
        <source>cannot store abbreviation &apos;%1&apos;</source>
        <translation>无法保存缩写“%1”</translation>
    </message>
    <message>
        <source>study &apos;%1&apos;: %2</source>
        <translation>研究“%1”：%2</translation>
    </message>
    <message>
        <source>cannot add study &apos;%1&apos;</source>
        <translation>无法添加研究“%1”</translation>
    </message>
    <message>
        <source>cannot update study &apos;%1&apos;</source>
        <translation>无法更新研究“%1”</translation>
    </message>
    <message>
        <source>cannot remove study %1</source>
        <translation>无法删除研究 %1</translation>
    </message>
    <message>
        <source>study %1 is not in the project</source>
        <translation>研究 %1 不在项目中</translation>
    </message>
    <message>
        <source>arm &apos;%1&apos;: %2</source>
        <translation>组“%1”：%2</translation>
    </message>
    <message>
        <source>cannot add arm &apos;%1&apos;</source>
        <translation>无法添加组“%1”</translation>
    </message>
    <message>
        <source>cannot update arm &apos;%1&apos;</source>
        <translation>无法更新组“%1”</translation>
    </message>
    <message>
        <source>cannot remove arm %1</source>
        <translation>无法删除组 %1</translation>
    </message>
    <message>
        <source>arm %1 is not in the project</source>
        <translation>组 %1 不在项目中</translation>
    </message>
    <message>
        <source>cannot add comparison &apos;%1&apos;</source>
        <translation>无法添加比较“%1”</translation>
    </message>
    <message>
        <source>cannot update comparison &apos;%1&apos;</source>
        <translation>无法更新比较“%1”</translation>
    </message>
    <message>
        <source>cannot remove comparison %1</source>
        <translation>无法删除比较 %1</translation>
    </message>
    <message>
        <source>comparison %1 is not in the project</source>
        <translation>比较 %1 不在项目中</translation>
    </message>
    <message>
        <source>cannot store outcome &apos;%1&apos;</source>
        <translation>无法保存结局“%1”</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos;: %2</source>
        <translation>结局“%1”：%2</translation>
    </message>
    <message>
        <source>cannot add outcome data for &apos;%1&apos;</source>
        <translation>无法为“%1”添加结局数据</translation>
    </message>
    <message>
        <source>cannot update outcome data %1</source>
        <translation>无法更新结局数据 %1</translation>
    </message>
    <message>
        <source>outcome data %1 is not in the project</source>
        <translation>结局数据 %1 不在项目中</translation>
    </message>
    <message>
        <source>cannot remove outcome data %1</source>
        <translation>无法删除结局数据 %1</translation>
    </message>
    <message>
        <source>cannot store moderator &apos;%1&apos;</source>
        <translation>无法保存调节变量“%1”</translation>
    </message>
    <message>
        <source>cannot set moderator &apos;%1&apos;</source>
        <translation>无法设置调节变量“%1”</translation>
    </message>
    <message>
        <source>cannot remove moderator %1</source>
        <translation>无法删除调节变量 %1</translation>
    </message>
    <message>
        <source>cannot store facet &apos;%1&apos;</source>
        <translation>无法保存维度“%1”</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos;: level &apos;%2&apos; has its upper cut-off below its lower one</source>
        <translation>维度“%1”：水平“%2”的上分界值低于下分界值</translation>
    </message>
    <message>
        <source>facet &apos;%1&apos;: unknown attribute &apos;%2&apos;</source>
        <translation>维度“%1”：未知属性“%2”</translation>
    </message>
    <message>
        <source>cannot store level &apos;%1&apos; of facet &apos;%2&apos;</source>
        <translation>无法保存维度“%2”的水平“%1”</translation>
    </message>
    <message>
        <source>cannot remove facet &apos;%1&apos;</source>
        <translation>无法删除维度“%1”</translation>
    </message>
    <message>
        <source>cannot store the risk of bias of study %1</source>
        <translation>无法保存研究 %1 的偏倚风险</translation>
    </message>
    <message>
        <source>cannot add a note</source>
        <translation>无法添加备注</translation>
    </message>
    <message>
        <source>cannot remove note %1</source>
        <translation>无法删除备注 %1</translation>
    </message>
    <message>
        <source>cannot add a published result</source>
        <translation>无法添加已发表结果</translation>
    </message>
    <message>
        <source>cannot add a subgroup test</source>
        <translation>无法添加亚组检验</translation>
    </message>
    <message>
        <source>cannot add a leave-one-out range</source>
        <translation>无法添加逐一剔除范围</translation>
    </message>
    <message>
        <source>cannot add a meta-regression result</source>
        <translation>无法添加 Meta 回归结果</translation>
    </message>
    <message>
        <source>cannot add a heterogeneity result</source>
        <translation>无法添加异质性结果</translation>
    </message>
    <message>
        <source>cannot add a qualitative result</source>
        <translation>无法添加定性结果</translation>
    </message>
    <message>
        <source>cannot add registry record &apos;%1&apos;</source>
        <translation>无法添加注册记录“%1”</translation>
    </message>
</context>
<context>
    <name>ee::store::StudyStore::Private</name>
    <message>
        <source>not in the project</source>
        <translation>不在项目中</translation>
    </message>
    <message>
        <source>cannot store provenance</source>
        <translation>无法保存数据来源</translation>
    </message>
</context>
<context>
    <name>ee::store::UndoLog</name>
    <message>
        <source>cannot list the tables for the undo log</source>
        <translation>无法列出撤销日志所需的表</translation>
    </message>
    <message>
        <source>cannot read the definition of table %1</source>
        <translation>无法读取表 %1 的定义</translation>
    </message>
    <message>
        <source>cannot read the columns of table %1</source>
        <translation>无法读取表 %1 的列</translation>
    </message>
    <message>
        <source>cannot set up the undo log</source>
        <translation>无法建立撤销日志</translation>
    </message>
    <message>
        <source>cannot read the undo log</source>
        <translation>无法读取撤销日志</translation>
    </message>
    <message>
        <source>cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>the undo log no longer holds this edit</source>
        <translation>撤销日志中已不再保存此编辑</translation>
    </message>
    <message>
        <source>unknown table %1 in the undo log</source>
        <translation>撤销日志中有未知的表 %1</translation>
    </message>
    <message>
        <source>cannot undo the change to table %1</source>
        <translation>无法撤销对表 %1 的更改</translation>
    </message>
    <message>
        <source>cannot trim the undo log</source>
        <translation>无法精简撤销日志</translation>
    </message>
</context>
<context>
    <name>ee::store::detail</name>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>table %1, column %2 holds a value this version does not know: &apos;%3&apos;</source>
        <translation>表 %1 的列 %2 中有本版本无法识别的值：“%3”</translation>
    </message>
</context>
<context>
    <name>ee::ui::ArmForm</name>
    <message>
        <source>Arms of the study</source>
        <translation>该研究的各组</translation>
    </message>
    <message>
        <source>Add Arm</source>
        <translation>添加组</translation>
    </message>
    <message>
        <source>Remove Arm…</source>
        <translation>删除组…</translation>
    </message>
    <message>
        <source>Unique within the study, e.g. BM-MNC</source>
        <translation>在研究内唯一，例如 BM-MNC</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>细胞类型</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>As the source prints it, e.g. 9.3 × 10⁸ cells per leg</source>
        <translation>按原文印刷的写法，例如每条腿 9.3 × 10⁸ 个细胞</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Cells, e.g. 9.3e8</source>
        <translation>细胞数，例如 9.3e8</translation>
    </message>
    <message>
        <source>Cells (lower or only value)</source>
        <translation>细胞数（下限或单一值）</translation>
    </message>
    <message>
        <source>Empty for a single value or a lower bound only</source>
        <translation>单一值或仅有下限时留空</translation>
    </message>
    <message>
        <source>Cells (upper value)</source>
        <translation>细胞数（上限）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>剂量等级</translation>
    </message>
    <message>
        <source>Source of the dose</source>
        <translation>剂量来源</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>给药途径</translation>
    </message>
    <message>
        <source>As printed, e.g. IM + SC</source>
        <translation>原文写法，例如 IM + SC</translation>
    </message>
    <message>
        <source>Route as printed</source>
        <translation>原文所写的给药途径</translation>
    </message>
    <message>
        <source>N randomised</source>
        <translation>随机分配例数</translation>
    </message>
    <message>
        <source>N analysed</source>
        <translation>分析例数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The lower cell count</source>
        <translation>细胞数下限</translation>
    </message>
    <message>
        <source>The upper cell count</source>
        <translation>细胞数上限</translation>
    </message>
    <message>
        <source>The arm label is empty.</source>
        <translation>组标签为空。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Not in the project&apos;s cell-type vocabulary: stored as typed.</source>
        <translation>不在本项目的细胞类型词表中：按输入内容保存。</translation>
    </message>
    <message>
        <source>cell type</source>
        <translation>细胞类型</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>dose as printed</source>
        <translation>原文所写剂量</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>剂量单位</translation>
    </message>
    <message>
        <source>dose tier</source>
        <translation>剂量等级</translation>
    </message>
    <message>
        <source>source of the dose</source>
        <translation>剂量来源</translation>
    </message>
    <message>
        <source>route</source>
        <translation>给药途径</translation>
    </message>
    <message>
        <source>route as printed</source>
        <translation>原文所写给药途径</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This study has no arms yet: Add Arm.</source>
        <translation>该研究尚无分组：请点击“添加组”。</translation>
    </message>
    <message>
        <source>From the cut-offs: %1</source>
        <translation>按分界值：%1</translation>
    </message>
    <message>
        <source>Set by reviewer: %1</source>
        <translation>由评价者设定：%1</translation>
    </message>
    <message>
        <source>The cut-offs give %1; the reviewer&apos;s tier is used.</source>
        <translation>按分界值为 %1；采用评价者设定的等级。</translation>
    </message>
    <message>
        <source>Stored tier %1 differs from the cut-offs (%2); any dose edit re-derives it.</source>
        <translation>已保存的等级 %1 与分界值（%2）不一致；任何剂量修改都会重新推算该等级。</translation>
    </message>
    <message>
        <source>Edit %1 of arm %2</source>
        <translation>编辑组 %2 的%1</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>Add arm %1</source>
        <translation>添加组 %1</translation>
    </message>
    <message>
        <source>Remove arm %1?</source>
        <translation>删除组 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove arm %1 with its %n comparison(s) and their %2 outcome result(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>删除组 %1 及其 %n 个比较和 %2 条结局结果？“编辑 → 撤销”可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Arm</source>
        <translation>删除组</translation>
    </message>
    <message>
        <source>Remove arm %1</source>
        <translation>删除组 %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::BatchExportDialog</name>
    <message>
        <source>Export all plots</source>
        <translation>导出全部图形</translation>
    </message>
    <message>
        <source>Follow each plot</source>
        <translation>随各图形调整</translation>
    </message>
    <message>
        <source>Forest plots grow with their rows; scatter plots are 4:3.</source>
        <translation>森林图随行数增高；散点类图形为 4:3。</translation>
    </message>
    <message>
        <source>Greyscale (PNG, TIFF)</source>
        <translation>灰度（PNG、TIFF）</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>TIFF</source>
        <translation>TIFF</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Files are named STEM-PLOT.SUFFIX, e.g. analysis-forest.pdf</source>
        <translation>文件命名为“前缀-图形.扩展名”，例如 analysis-forest.pdf</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>File name &amp;stem:</source>
        <translation>文件名前缀(&amp;S)：</translation>
    </message>
    <message>
        <source>The files written and any failures are listed here.</source>
        <translation>已写入的文件及失败情况将列在此处。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>There is no plot to export.</source>
        <translation>没有可导出的图形。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tick at least one plot.</source>
        <translation>请至少勾选一种图形。</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>请至少勾选一种格式。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), e.g. %1</source>
        <translation>
            <numerusform>%n 个文件，例如 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n already exist(s): you will be asked before anything is replaced.</source>
        <translation>
            <numerusform> · %n 个已存在：替换前会先询问您。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all plots to</source>
        <translation>将全部图形导出到</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist(s):</source>
        <translation>
            <numerusform>%n 个文件已存在：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a number to the new files</source>
        <translation>为新文件添加编号</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>已跳过（已存在）：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>已写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::BaujatPlot</name>
    <message>
        <source>Contribution to overall heterogeneity</source>
        <translation>对总体异质性的贡献</translation>
    </message>
    <message>
        <source>Influence on overall result</source>
        <translation>对总体结果的影响</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>没有可显示的研究。</translation>
    </message>
    <message>
        <source>A Baujat plot needs at least two studies; %1 available.</source>
        <translation>Baujat 图至少需要两项研究；目前有 %1 项。</translation>
    </message>
</context>
<context>
    <name>ee::ui::BubblePlot</name>
    <message>
        <source>Confidence band</source>
        <translation>置信带</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Meta 回归</translation>
    </message>
    <message>
        <source>Level estimate</source>
        <translation>水平估计值</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>没有可显示的研究。</translation>
    </message>
    <message>
        <source>A bubble plot needs at least two studies.</source>
        <translation>气泡图至少需要两项研究。</translation>
    </message>
</context>
<context>
    <name>ee::ui::ChartExportPlot</name>
    <message>
        <source>Nothing to draw.</source>
        <translation>没有可绘制的内容。</translation>
    </message>
</context>
<context>
    <name>ee::ui::ComparisonForm</name>
    <message>
        <source>Comparisons of the study</source>
        <translation>该研究的比较</translation>
    </message>
    <message>
        <source>Add Comparison</source>
        <translation>添加比较</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Unique in the project, e.g. Lu1</source>
        <translation>在项目内唯一，例如 Lu1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Treatment arm</source>
        <translation>治疗组</translation>
    </message>
    <message>
        <source>Control arm</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>N treatment (as tabulated)</source>
        <translation>治疗组例数（按表格）</translation>
    </message>
    <message>
        <source>N control (as tabulated)</source>
        <translation>对照组例数（按表格）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The comparison label is empty.</source>
        <translation>比较标签为空。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The treatment and control arms must differ.</source>
        <translation>治疗组和对照组必须不同。</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>N treatment</source>
        <translation>治疗组例数</translation>
    </message>
    <message>
        <source>N control</source>
        <translation>对照组例数</translation>
    </message>
    <message>
        <source>%1 must be at least 1, got %2</source>
        <translation>%1 必须至少为 1，当前为 %2</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This study has no comparisons yet: Add Comparison pairs a treated arm with a control arm.</source>
        <translation>该研究尚无比较：“添加比较”可将一个治疗组与一个对照组配对。</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1（对照）</translation>
    </message>
    <message>
        <source>Shared control: this control arm is also the control of %1. The explorer flags these rows, or splits the control group (Cochrane Handbook 23.3.4).</source>
        <translation>共用对照：该对照组同时也是 %1 的对照。浏览器会标记这些行，或拆分对照组（Cochrane 手册 23.3.4）。</translation>
    </message>
    <message>
        <source>Edit %1 of comparison %2</source>
        <translation>编辑比较 %2 的%1</translation>
    </message>
    <message>
        <source>A comparison needs a treatment arm and a control arm: add them on the Arms tab first.</source>
        <translation>比较需要一个治疗组和一个对照组：请先在“分组”标签页中添加。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Add comparison %1</source>
        <translation>添加比较 %1</translation>
    </message>
    <message>
        <source>Remove comparison %1?</source>
        <translation>删除比较 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove comparison %1 with its %n outcome result(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>删除比较 %1 及其 %n 条结局结果？“编辑 → 撤销”可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <source>Remove comparison %1</source>
        <translation>删除比较 %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::DiagnosticsPanel</name>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>逐一剔除</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累积</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Meta 回归</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响分析</translation>
    </message>
    <message>
        <source>Fit the model to every subset of the studies (a random million beyond 20 studies)</source>
        <translation>对研究的每个子集拟合模型（超过 20 项研究时随机抽取一百万个子集）</translation>
    </message>
    <message>
        <source>GOSH</source>
        <translation>GOSH</translation>
    </message>
    <message>
        <source>Leave-one-out forest plot</source>
        <translation>逐一剔除森林图</translation>
    </message>
    <message>
        <source>Cumulative forest plot</source>
        <translation>累积森林图</translation>
    </message>
    <message>
        <source>Meta-regression bubble plot</source>
        <translation>Meta 回归气泡图</translation>
    </message>
    <message>
        <source>GOSH plot</source>
        <translation>GOSH 图</translation>
    </message>
    <message>
        <source>Exclude study</source>
        <translation>剔除研究</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Export influence table</source>
        <translation>导出影响分析表</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there are no influence diagnostics to export.</source>
        <translation>无法写入“%1”：没有可导出的影响诊断结果。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>No analysis to diagnose.</source>
        <translation>没有可诊断的分析。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Cumulative meta-analysis</source>
        <translation>累积 Meta 分析</translation>
    </message>
    <message>
        <source>Influence diagnostics</source>
        <translation>影响诊断</translation>
    </message>
    <message>
        <source>Influence diagnostics failed: %1</source>
        <translation>影响诊断失败：%1</translation>
    </message>
    <message>
        <source>No study is flagged as influential.</source>
        <translation>没有研究被标记为强影响研究。</translation>
    </message>
    <message numerus="yes">
        <source>%n study(s) flagged as influential (highlighted).</source>
        <translation>
            <numerusform>%n 项研究被标记为强影响研究（已高亮）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the GOSH plot first.</source>
        <translation>请先计算 GOSH 图。</translation>
    </message>
    <message>
        <source>A GOSH plot</source>
        <translation>GOSH 图</translation>
    </message>
    <message>
        <source>%1 subsets of %2 studies. Press Compute to fit them.</source>
        <translation>%2 项研究共 %1 个子集。按“计算”进行拟合。</translation>
    </message>
    <message>
        <source>%1 random subsets of %2 studies. Press Compute to fit them.</source>
        <translation>%2 项研究的 %1 个随机子集。按“计算”进行拟合。</translation>
    </message>
    <message>
        <source>Fitting subsets…</source>
        <translation>正在拟合子集…</translation>
    </message>
    <message>
        <source>GOSH failed: %1</source>
        <translation>GOSH 失败：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No subset could be fitted.</source>
        <translation>没有子集能够拟合。</translation>
    </message>
    <message>
        <source>All %1 subsets of %2 studies fitted.</source>
        <translation>%2 项研究的全部 %1 个子集已拟合。</translation>
    </message>
    <message>
        <source>%1 random subsets of %2 studies fitted (seed 1).</source>
        <translation>%2 项研究的 %1 个随机子集已拟合（种子 1）。</translation>
    </message>
    <message numerus="yes">
        <source> %n fit(s) did not converge and are not shown.</source>
        <translation>
            <numerusform> %n 次拟合未收敛，未予显示。</numerusform>
        </translation>
    </message>
    <message>
        <source> The cross marks the model on all studies.</source>
        <translation> 十字标记表示基于全部研究的模型。</translation>
    </message>
</context>
<context>
    <name>ee::ui::EnumLabels</name>
    <message>
        <source>Randomised controlled trial</source>
        <translation>随机对照试验</translation>
    </message>
    <message>
        <source>Controlled clinical trial (not randomised)</source>
        <translation>非随机对照临床试验</translation>
    </message>
    <message>
        <source>Retrospective comparison</source>
        <translation>回顾性比较研究</translation>
    </message>
    <message>
        <source>Other design</source>
        <translation>其他设计</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Cell therapy (treatment)</source>
        <translation>细胞治疗（治疗组）</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>肌内注射</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>Intra-arterial</source>
        <translation>动脉内注射</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>静脉注射</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>局部外用</translation>
    </message>
    <message>
        <source>Combined routes</source>
        <translation>联合途径</translation>
    </message>
    <message>
        <source>Autologous</source>
        <translation>自体</translation>
    </message>
    <message>
        <source>Allogeneic</source>
        <translation>异体</translation>
    </message>
    <message>
        <source>total cells per patient</source>
        <translation>每例患者总细胞数</translation>
    </message>
    <message>
        <source>cells per kg body weight</source>
        <translation>每千克体重细胞数</translation>
    </message>
    <message>
        <source>cells per leg</source>
        <translation>每条腿细胞数</translation>
    </message>
    <message>
        <source>cells per ulcer</source>
        <translation>每个溃疡细胞数</translation>
    </message>
    <message>
        <source>cells per cm²</source>
        <translation>每平方厘米细胞数</translation>
    </message>
    <message>
        <source>other unit (see dose text)</source>
        <translation>其他单位（见剂量原文）</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>Dose unspecified</source>
        <translation>剂量未说明</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Exact: printed in the source</source>
        <translation>精确值：原文印刷</translation>
    </message>
    <message>
        <source>Derived from a percentage</source>
        <translation>由百分比推算</translation>
    </message>
    <message>
        <source>Derived from other printed numbers</source>
        <translation>由原文其他数字推算</translation>
    </message>
    <message>
        <source>Approximate: read from a figure or rounded</source>
        <translation>近似值：从图中读取或经四舍五入</translation>
    </message>
    <message>
        <source>As transcribed from a secondary table</source>
        <translation>转录自二手表格</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>提取者 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>提取者 2</translation>
    </message>
</context>
<context>
    <name>ee::ui::ExportDialog</name>
    <message>
        <source>Export plot</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Follow the plot</source>
        <translation>随图形调整</translation>
    </message>
    <message>
        <source>The forest plot&apos;s height follows its rows; funnel and Baujat plots are 4:3.</source>
        <translation>森林图的高度随行数调整；漏斗图和 Baujat 图为 4:3。</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source> · %1 × %2 px at %3 dpi</source>
        <translation> · %1 × %2 像素，%3 dpi</translation>
    </message>
    <message>
        <source> · vector, text as text</source>
        <translation> · 矢量，文字保留为文本</translation>
    </message>
    <message>
        <source>The plot no longer exists.</source>
        <translation>该图形已不存在。</translation>
    </message>
    <message>
        <source>TIFF image (*.tiff *.tif)</source>
        <translation>TIFF 图像 (*.tiff *.tif)</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Copy as SVG</source>
        <translation>复制为 SVG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>ee::ui::ExportSizeFields</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>字号(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ee::ui::FacetFilterBox</name>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick every level of %1</source>
        <translation>勾选%1的所有水平</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Untick every level of %1</source>
        <translation>取消勾选%1的所有水平</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s) with data</source>
        <translation>
            <numerusform>%n 个有数据的比较</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies)</source>
        <translation>
            <numerusform>%n 项研究</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::FilterPanel</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结局(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s) with data</source>
        <translation>
            <numerusform>%n 个有数据的比较</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No filter: all studies.</source>
        <translation>未筛选：全部研究。</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Click a filter to clear it</source>
        <translation>点击筛选条件即可清除</translation>
    </message>
</context>
<context>
    <name>ee::ui::ForestLayout</name>
    <message>
        <source>No study to show for this outcome with the current filters.</source>
        <translation>在当前筛选条件下，该结局没有可显示的研究。</translation>
    </message>
    <message>
        <source>Not estimable</source>
        <translation>不可估计</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>预测区间</translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation>（已剔除）</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Study or subgroup</source>
        <translation>研究或亚组</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>ee::ui::FunnelPlot</name>
    <message>
        <source>Standard error</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>Pseudo 95% CI</source>
        <translation>伪 95% 置信区间</translation>
    </message>
    <message>
        <source>Egger&apos;s regression</source>
        <translation>Egger 回归</translation>
    </message>
    <message>
        <source>Imputed (trim-and-fill)</source>
        <translation>填补研究（剪补法）</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>没有可显示的研究。</translation>
    </message>
    <message>
        <source>A funnel plot needs at least two studies with a standard error; %1 available.</source>
        <translation>漏斗图至少需要两项有标准误的研究；目前有 %1 项。</translation>
    </message>
    <message>
        <source>p &gt; %1</source>
        <translation>p &gt; %1</translation>
    </message>
    <message>
        <source>%1 &lt; p &lt; %2</source>
        <translation>%1 &lt; p &lt; %2</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::GoshPlot</name>
    <message>
        <source>I² (%)</source>
        <translation>I²（%）</translation>
    </message>
    <message>
        <source>All studies</source>
        <translation>全部研究</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a CSV file.</source>
        <translation>“%1”是一个文件夹；请选择 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty; a CSV file with a header row and data rows is needed.</source>
        <translation>“%1”为空；需要包含表头行和数据行的 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data); choose a CSV file.</source>
        <translation>“%1”不是文本文件（含有二进制数据）；请选择 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.</source>
        <translation>“%1”不是 UTF-8 文本。请在电子表格软件中另存为“CSV UTF-8”后重新选择。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid CSV file:
%2</source>
        <translation>“%1”不是有效的 CSV 文件：
%2</translation>
    </message>
    <message>
        <source>“%1” has a single column: it seems separated by semicolons or tabs. Save it as comma-separated CSV and choose it again.</source>
        <translation>“%1”只有一列：似乎以分号或制表符分隔。请另存为逗号分隔的 CSV 后重新选择。</translation>
    </message>
    <message>
        <source>“%1” has a header but no data rows.</source>
        <translation>“%1”只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>No file is loaded.</source>
        <translation>尚未载入文件。</translation>
    </message>
    <message>
        <source>required, but no column is mapped to it</source>
        <translation>必填，但没有列映射到此项</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>header, column %1: %2</source>
        <translation>表头，第 %1 列：%2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n 项研究</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arm(s)</source>
        <translation>
            <numerusform>%n 个分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n 个比较</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome result(s)</source>
        <translation>
            <numerusform>%n 条结局结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new outcome(s)</source>
        <translation>
            <numerusform>%n 个新结局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderator value(s)</source>
        <translation>
            <numerusform>%n 个调节变量取值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Each row is a comparison × outcome × time point, or a study. Comma-separated, UTF-8, with a header row. The file is only read, never changed.</source>
        <translation>每行为一个“比较 × 结局 × 时间点”，或一项研究。逗号分隔、UTF-8 编码、含表头行。文件只会被读取，不会被修改。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n data row(s)</source>
        <translation>
            <numerusform>“%1”：%n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n 列：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>映射各列</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Ignore” are not imported; other columns can become moderators.</source>
        <translation>请选择文件中每一列的内容。设为“忽略”的列不会导入；其他列可作为调节变量。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Values for every row (used when no column is mapped)</source>
        <translation>适用于每一行的值（未映射列时使用）</translation>
    </message>
    <message>
        <source>Treatment arm (arm_t):</source>
        <translation>治疗组（arm_t）：</translation>
    </message>
    <message>
        <source>Control arm (arm_c):</source>
        <translation>对照组（arm_c）：</translation>
    </message>
    <message>
        <source>Outcome (outcome):</source>
        <translation>结局（outcome）：</translation>
    </message>
    <message>
        <source>Time point (timepoint):</source>
        <translation>时间点（timepoint）：</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>将第 %1 列导入为</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Moderator (study): %1</source>
        <translation>调节变量（研究）：%1</translation>
    </message>
    <message>
        <source>Moderator (comparison): %1</source>
        <translation>调节变量（比较）：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>from column “%1”</source>
        <translation>来自列“%1”</translation>
    </message>
    <message>
        <source>Required but not provided: %1. Map a column to each, or give a value for every row.</source>
        <translation>必填但未提供：%1。请为每项映射一列，或为所有行给出一个值。</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>列“%1”：%2</translation>
    </message>
    <message>
        <source>No column gives the comparison label: each row&apos;s study label is used.</source>
        <translation>没有列提供比较标签：将使用各行的研究标签。</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row is checked with the same rules as the extraction forms. Nothing is written until you press Import, and then all rows are imported as one step that Undo takes back.</source>
        <translation>每一行都按与提取表单相同的规则检查。按下“导入”之前不会写入任何内容；导入时所有行作为一步操作写入，可用“撤销”一次撤回。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The project cannot be checked: %1</source>
        <translation>无法检查项目：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s).</source>
        <translation>
            <numerusform>涉及 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: go Back to change the mapping, or correct the file and choose it again.</source>
        <translation>这些问题修正之前无法导入任何内容：请返回修改映射，或修正文件后重新选择。</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %1 from %n row(s).</source>
        <translation>
            <numerusform>准备从 %n 行导入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table shows the first %1 of %2 rows; the list names problems in every row.</source>
        <translation>表格显示 %2 行中的前 %1 行；列表列出所有行中的问题。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::ImportWizardResultPage</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported from “%1”:</source>
        <translation>已从“%1”导入：</translation>
    </message>
    <message numerus="yes">
        <source>• %n study(ies): %1</source>
        <translation>
            <numerusform>• %n 项研究：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n arm(s)</source>
        <translation>
            <numerusform>• %n 个分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n comparison(s)</source>
        <translation>
            <numerusform>• %n 个比较</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n outcome result(s)</source>
        <translation>
            <numerusform>• %n 条结局结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new outcome(s)</source>
        <translation>
            <numerusform>• %n 个新结局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n moderator value(s)</source>
        <translation>
            <numerusform>• %n 个调节变量取值</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) removes the whole import in one step.</source>
        <translation>“编辑 → 撤销”（Ctrl+Z）可一步撤回整个导入。</translation>
    </message>
    <message>
        <source>The rows are in the project now; the explorer shows them.</source>
        <translation>这些行现已在项目中；浏览器会显示它们。</translation>
    </message>
</context>
<context>
    <name>ee::ui::InfluenceTableModel</name>
    <message>
        <source>influential</source>
        <translation>强影响</translation>
    </message>
    <message>
        <source>Studentized deleted residual</source>
        <translation>学生化删除残差</translation>
    </message>
    <message>
        <source>Change in the fitted value in standard deviations when the study is left out</source>
        <translation>剔除该研究时拟合值的变化（以标准差计）</translation>
    </message>
    <message>
        <source>Cook&apos;s distance</source>
        <translation>Cook 距离</translation>
    </message>
    <message>
        <source>Covariance ratio: precision lost (&gt; 1) or gained (&lt; 1) with the study</source>
        <translation>协方差比：纳入该研究后精度下降（&gt; 1）或提高（&lt; 1）</translation>
    </message>
    <message>
        <source>τ² without the study</source>
        <translation>剔除该研究后的 τ²</translation>
    </message>
    <message>
        <source>Q without the study</source>
        <translation>剔除该研究后的 Q</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆值</translation>
    </message>
    <message>
        <source>metafor&apos;s rule: |DFFITS| &gt; 3√(p/(k−p)), P(χ²ₚ ≤ Cook&apos;s D) &gt; 0.5, hat &gt; 3p/k or |DFBETAS| &gt; 1</source>
        <translation>metafor 的判定规则：|DFFITS| &gt; 3√(p/(k−p))、P(χ²ₚ ≤ Cook&apos;s D) &gt; 0.5、hat &gt; 3p/k 或 |DFBETAS| &gt; 1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>rstudent</source>
        <translation>rstudent</translation>
    </message>
    <message>
        <source>DFFITS</source>
        <translation>DFFITS</translation>
    </message>
    <message>
        <source>Cook&apos;s D</source>
        <translation>Cook&apos;s D</translation>
    </message>
    <message>
        <source>cov.r</source>
        <translation>cov.r</translation>
    </message>
    <message>
        <source>τ²(−i)</source>
        <translation>τ²(−i)</translation>
    </message>
    <message>
        <source>QE(−i)</source>
        <translation>QE(−i)</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>ee::ui::MainWindow</name>
    <message>
        <source>Evidence Explorer</source>
        <translation>Evidence Explorer</translation>
    </message>
    <message>
        <source>No project open: File → Open, or File → Open Example.</source>
        <translation>未打开项目：请使用“文件 → 打开”或“文件 → 打开示例”。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Plot</source>
        <translation>导出图形(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Forest Plot…</source>
        <translation>森林图(&amp;F)…</translation>
    </message>
    <message>
        <source>F&amp;unnel Plot…</source>
        <translation>漏斗图(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Baujat Plot…</source>
        <translation>Baujat 图(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export R &amp;Script…</source>
        <translation>导出 R 脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;All Plots</source>
        <translation>全部图形(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Forest Plot Only</source>
        <translation>仅森林图(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;unnel Plot Only</source>
        <translation>仅漏斗图(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Baujat Plot Only</source>
        <translation>仅 Baujat 图(&amp;B)</translation>
    </message>
    <message>
        <source>Forest Plot &amp;Columns</source>
        <translation>森林图列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Contour-Enhanced Funnel</source>
        <translation>等高线增强漏斗图(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Small-Study Tests on Funnel</source>
        <translation>在漏斗图上显示小研究效应检验(&amp;S)</translation>
    </message>
    <message>
        <source>Egger&apos;s regression line, trim-and-fill&apos;s imputed studies and the Egger and Begg tests</source>
        <translation>Egger 回归线、剪补法填补的研究，以及 Egger 检验和 Begg 检验</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sort Studies By</source>
        <translation>研究排序依据(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Effect</source>
        <translation>效应量(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xclude Selected Studies</source>
        <translation>剔除所选研究(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Include All Studies</source>
        <translation>纳入全部研究(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Evidence Explorer</source>
        <translation>关于 Evidence Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>Opened %1 read-only; File → Save As makes an editable copy.</source>
        <translation>已以只读方式打开 %1；“文件 → 另存为”可生成可编辑的副本。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>No project is open. Use File → Open Example to explore a bundled evidence base.</source>
        <translation>未打开项目。请使用“文件 → 打开示例”浏览内置的证据库。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Evidence projects (*.evidence);;All files (*)</source>
        <translation>证据项目 (*.evidence);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Evidence projects (*.evidence)</source>
        <translation>证据项目 (*.evidence)</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Could not open the saved copy</source>
        <translation>无法打开已保存的副本</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>没有可报告的内容</translation>
    </message>
    <message>
        <source>No analysis to report.</source>
        <translation>没有可报告的分析。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence Explorer report</source>
        <translation>Evidence Explorer 报告</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>No analysis to export.</source>
        <translation>没有可导出的分析。</translation>
    </message>
    <message>
        <source>Export R Script</source>
        <translation>导出 R 脚本</translation>
    </message>
    <message>
        <source>R script (*.R)</source>
        <translation>R 脚本 (*.R)</translation>
    </message>
    <message>
        <source>Could not write the data</source>
        <translation>无法写入数据</translation>
    </message>
    <message>
        <source>Could not write the R script</source>
        <translation>无法写入 R 脚本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>R script and data written to %1 and %2</source>
        <translation>R 脚本和数据已分别写入 %1 和 %2</translation>
    </message>
    <message>
        <source>Cell therapy for diabetic foot ulcers (bundled)</source>
        <translation>细胞疗法治疗糖尿病足溃疡（内置）</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>No example projects were found in %1</source>
        <translation>在 %1 中未找到示例项目</translation>
    </message>
    <message>
        <source>About Evidence Explorer</source>
        <translation>关于 Evidence Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Evidence Explorer %1&lt;/h3&gt;&lt;p&gt;Explore meta-analytic evidence: filter trials by cell type, dose, route and region, and see forest, funnel and Baujat plots recomputed as you go.&lt;/p&gt;&lt;p&gt;Pooling follows the methods of R&apos;s metafor package, against which the engine is tested.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evidence Explorer %1&lt;/h3&gt;&lt;p&gt;探索 Meta 分析证据：按细胞类型、剂量、给药途径和地区筛选试验，森林图、漏斗图和 Baujat 图随之即时重新计算。&lt;/p&gt;&lt;p&gt;效应量合并遵循 R 语言 metafor 包的方法，计算引擎以其结果为标准进行测试。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not render the main window.</source>
        <translation>无法渲染主窗口。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>Export &amp;All Plots…</source>
        <translation>导出全部图形(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>编辑研究(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the selected study in the study editor (or double-click it in a plot or the table)</source>
        <translation>在研究编辑器中打开所选研究（也可在图形或表格中双击该研究）</translation>
    </message>
    <message>
        <source>&amp;New Study…</source>
        <translation>新建研究(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Studies from CSV…</source>
        <translation>从 CSV 导入研究(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;concile Dual Extraction…</source>
        <translation>核对双人提取结果(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Use &amp;Values From</source>
        <translation>使用以下来源的数值(&amp;V)</translation>
    </message>
    <message>
        <source>Dual extraction: analyse the consensus values, or one extractor&apos;s values</source>
        <translation>双人提取：分析共识值，或其中一位提取者的数值</translation>
    </message>
    <message>
        <source>&amp;Consensus</source>
        <translation>共识(&amp;C)</translation>
    </message>
    <message>
        <source>Extractor &amp;1</source>
        <translation>提取者 1(&amp;1)</translation>
    </message>
    <message>
        <source>Extractor &amp;2</source>
        <translation>提取者 2(&amp;2)</translation>
    </message>
    <message>
        <source>Nothing to edit</source>
        <translation>没有可编辑的内容</translation>
    </message>
    <message>
        <source>No project is open. Use File → Open, or File → Open Example.</source>
        <translation>未打开项目。请使用“文件 → 打开”或“文件 → 打开示例”。</translation>
    </message>
    <message>
        <source>Editing is not available</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>只读项目</translation>
    </message>
    <message>
        <source>%1 is open read-only (the bundled evidence base is never changed). Save an editable copy and edit that?</source>
        <translation>%1 以只读方式打开（内置证据库永远不会被修改）。是否保存一份可编辑的副本并编辑该副本？</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>森林图</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>漏斗图</translation>
    </message>
    <message>
        <source>Baujat plot</source>
        <translation>Baujat 图</translation>
    </message>
</context>
<context>
    <name>ee::ui::MetaRegressionView</name>
    <message>
        <source>Log₁₀ scale</source>
        <translation>Log₁₀ 尺度</translation>
    </message>
    <message>
        <source>Permutation test (1,000)</source>
        <translation>置换检验（1000 次）</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>调节变量：</translation>
    </message>
    <message>
        <source>Regress on log₁₀ of the moderator (doses in cells)</source>
        <translation>对调节变量取 log₁₀ 后回归（以细胞数计的剂量）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>置信区间</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>No study to show.</source>
        <translation>没有可显示的研究。</translation>
    </message>
    <message>
        <source> (categorical)</source>
        <translation>（分类变量）</translation>
    </message>
    <message>
        <source>Meta-regression</source>
        <translation>Meta 回归</translation>
    </message>
    <message>
        <source>No moderator varies among the pooled studies.</source>
        <translation>在已合并的研究之间，没有取值不同的调节变量。</translation>
    </message>
    <message>
        <source>%1 is recorded for %2 pooled studies; meta-regression needs at least %3.</source>
        <translation>%1 仅在 %2 项已合并的研究中有记录；Meta 回归至少需要 %3 项。</translation>
    </message>
    <message>
        <source>%1 has %2 coefficients for %3 studies: meta-regression needs more studies than coefficients.</source>
        <translation>%1 有 %2 个系数而只有 %3 项研究：Meta 回归所需的研究数须多于系数个数。</translation>
    </message>
    <message>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <source>Test of moderators: F(%1, %2) = %3, p %4</source>
        <translation>调节变量检验：F(%1, %2) = %3，p %4</translation>
    </message>
    <message>
        <source>Test of moderators: QM(df = %1) = %2, p %3</source>
        <translation>调节变量检验：QM(df = %1) = %2，p %3</translation>
    </message>
    <message>
        <source>Residual heterogeneity: QE(df = %1) = %2, p %3</source>
        <translation>残余异质性：QE(df = %1) = %2，p %3</translation>
    </message>
    <message>
        <source>τ² (residual) = %1</source>
        <translation>τ²（残余）= %1</translation>
    </message>
    <message>
        <source>; R² = %1%</source>
        <translation>；R² = %1%</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n pooled studies without a value left out)</source>
        <translation>
            <numerusform>（%n 项无取值的已合并研究未纳入）</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta-regression on %1 is not possible: %2</source>
        <translation>无法对 %1 进行 Meta 回归：%2</translation>
    </message>
    <message>
        <source>Running %1 permutations…</source>
        <translation>正在进行 %1 次置换…</translation>
    </message>
    <message>
        <source>Permutation test failed: %1</source>
        <translation>置换检验失败：%1</translation>
    </message>
    <message>
        <source>Permutation test (%1%2 permutations, seed %3): QM p %4</source>
        <translation>置换检验（%1%2 次置换，种子 %3）：QM p %4</translation>
    </message>
    <message>
        <source>exact, </source>
        <translation>精确，</translation>
    </message>
    <message>
        <source>%1: p %2</source>
        <translation>%1：p %2</translation>
    </message>
</context>
<context>
    <name>ee::ui::ModelPanel</name>
    <message>
        <source>Hartung-Knapp-Sidik-Jonkman</source>
        <translation>Hartung-Knapp-Sidik-Jonkman 校正</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>预测区间</translation>
    </message>
    <message>
        <source>Fixed effect</source>
        <translation>固定效应</translation>
    </message>
    <message>
        <source>Random effects</source>
        <translation>随机效应</translation>
    </message>
    <message>
        <source>Automatic (review&apos;s rule)</source>
        <translation>自动（按该综述的规则）</translation>
    </message>
    <message>
        <source>REML (restricted maximum likelihood)</source>
        <translation>REML（限制性最大似然法）</translation>
    </message>
    <message>
        <source>DerSimonian-Laird</source>
        <translation>DerSimonian-Laird 法</translation>
    </message>
    <message>
        <source>Paule-Mandel</source>
        <translation>Paule-Mandel 法</translation>
    </message>
    <message>
        <source>Maximum likelihood</source>
        <translation>最大似然法</translation>
    </message>
    <message>
        <source>Sidik-Jonkman</source>
        <translation>Sidik-Jonkman 法</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Hedges 法</translation>
    </message>
    <message>
        <source>Empirical Bayes</source>
        <translation>经验贝叶斯法</translation>
    </message>
    <message>
        <source>Test and confidence interval of the pooled estimate from a t distribution with k - 1 degrees of freedom and the Hartung-Knapp variance</source>
        <translation>合并效应量的检验和置信区间基于自由度为 k - 1 的 t 分布及 Hartung-Knapp 方差</translation>
    </message>
    <message>
        <source>Range in which the effect of a new study is expected to lie (random effects)</source>
        <translation>一项新研究的效应预计所在的范围（随机效应）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Effect &amp;measure:</source>
        <translation>效应指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Pooling:</source>
        <translation>合并方法(&amp;P)：</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>模型(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;τ² estimator:</source>
        <translation>τ² 估计方法(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubgroups by:</source>
        <translation>亚组划分依据(&amp;U)：</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>比值比</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>相对危险度</translation>
    </message>
    <message>
        <source>Risk difference</source>
        <translation>危险差</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>均数差</translation>
    </message>
    <message>
        <source>Standardised mean difference (Hedges&apos; g)</source>
        <translation>标准化均数差（Hedges&apos; g）</translation>
    </message>
    <message>
        <source>Mantel-Haenszel</source>
        <translation>Mantel-Haenszel 法</translation>
    </message>
    <message>
        <source>Peto</source>
        <translation>Peto 法</translation>
    </message>
    <message>
        <source>Inverse variance</source>
        <translation>倒方差法</translation>
    </message>
    <message>
        <source>Fixed effect when I² &lt; 50% and P(Q) &gt; %1, random effects otherwise</source>
        <translation>I² &lt; 50% 且 P(Q) &gt; %1 时用固定效应，否则用随机效应</translation>
    </message>
</context>
<context>
    <name>ee::ui::ModeratorForm</name>
    <message>
        <source>Moderator</source>
        <translation>调节变量</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Value (or lower end)</source>
        <translation>取值（或下限）</translation>
    </message>
    <message>
        <source>Upper end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>New value of</source>
        <translation>新取值：</translation>
    </message>
    <message>
        <source>for</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>whole study</source>
        <translation>整个研究</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>the whole study</source>
        <translation>整个研究</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message>
        <source>The upper end of %1</source>
        <translation>%1 的上限</translation>
    </message>
    <message>
        <source>%1: an upper end needs a value (give both as the same number for a single value).</source>
        <translation>%1：有上限时必须有取值（单一值请在两处填写相同数字）。</translation>
    </message>
    <message>
        <source>%1: the upper end (%2) is below the value (%3).</source>
        <translation>%1：上限（%2）小于取值（%3）。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Select a moderator value to remove.</source>
        <translation>请选择要删除的调节变量取值。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::NumberParser</name>
    <message>
        <source>%1 is too large: %2</source>
        <translation>%1 过大：%2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 必须为整数，当前为 %2</translation>
    </message>
    <message>
        <source>%1 must be a number, got &quot;%2&quot;</source>
        <translation>%1 必须为数字，当前为“%2”</translation>
    </message>
</context>
<context>
    <name>ee::ui::OutcomeDataForm</name>
    <message>
        <source>%1 must be a count, not a percentage: use “From percent…” to convert %2 of N.</source>
        <translation>%1 必须为计数而不是百分比：请使用“由百分比换算…”将 N 的 %2 换算为计数。</translation>
    </message>
    <message>
        <source>%1 must be a number, not a percentage (got %2).</source>
        <translation>%1 必须为数字而不是百分比（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got “%2”).</source>
        <translation>%1 必须为整数（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 is too large (got %2).</source>
        <translation>%1 过大（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be a number (got “%2”).</source>
        <translation>%1 必须为数字（当前为“%2”）。</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>提取者 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>提取者 2</translation>
    </message>
    <message>
        <source>Consensus values are the ones the analysis uses. Values entered as an extractor are kept apart for reconciliation and do not change the consensus.</source>
        <translation>分析使用的是共识值。以提取者身份录入的数值单独保存以供核对，不会改变共识值。</translation>
    </message>
    <message>
        <source>&amp;Entering as:</source>
        <translation>录入身份(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add result</source>
        <translation>添加结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove result…</source>
        <translation>删除结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Control arm</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结局(&amp;O)：</translation>
    </message>
    <message>
        <source>as reported, e.g. 12 weeks</source>
        <translation>按原文报告，例如 12 周</translation>
    </message>
    <message>
        <source>&amp;Time point:</source>
        <translation>时间点(&amp;T)：</translation>
    </message>
    <message>
        <source>From percent…</source>
        <translation>由百分比换算…</translation>
    </message>
    <message>
        <source>Convert a printed percentage of this arm&apos;s N to a number of events</source>
        <translation>将原文中占该组例数的百分比换算为事件数</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件数：</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>均数：</translation>
    </message>
    <message>
        <source>SD:</source>
        <translation>标准差：</translation>
    </message>
    <message>
        <source>N:</source>
        <translation>例数：</translation>
    </message>
    <message>
        <source>Source of these values</source>
        <translation>这些数值的来源</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1：%2 对比 %3</translation>
    </message>
    <message>
        <source>events / N</source>
        <translation>事件数/例数</translation>
    </message>
    <message>
        <source>mean, SD, N</source>
        <translation>均数、标准差、例数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>Choose the comparison.</source>
        <translation>请选择比较。</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>请选择结局。</translation>
    </message>
    <message>
        <source>“%1” takes %2, but this result holds %3: add a new result for it instead.</source>
        <translation>“%1”需要%2，但此结果包含的是%3：请为其添加新的结果。</translation>
    </message>
    <message>
        <source>events and N</source>
        <translation>事件数和例数</translation>
    </message>
    <message>
        <source>means and SDs</source>
        <translation>均数和标准差</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>%1 already has a result for “%2” without a time point.</source>
        <translation>%1 已有“%2”的无时间点结果。</translation>
    </message>
    <message>
        <source>%1 already has a result for “%2” at “%3”.</source>
        <translation>%1 已有“%2”在“%3”的结果。</translation>
    </message>
    <message>
        <source>Saved; the edit of %1 is not saved until it is fixed</source>
        <translation>已保存；%1 的修改在修正之前不会保存</translation>
    </message>
    <message>
        <source>Saved; the new comparison, outcome or time point is not saved: %1</source>
        <translation>已保存；新的比较、结局或时间点未保存：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Not saved yet: fix %1</source>
        <translation>尚未保存：请修正%1</translation>
    </message>
    <message>
        <source>Not saved yet: needs %1</source>
        <translation>尚未保存：需要%1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>尚未保存：%1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ± %2 (N %3)</source>
        <translation>%1 ± %2（N %3）</translation>
    </message>
    <message>
        <source>%1 (shared with %2)</source>
        <translation>%1（与 %2 共用）</translation>
    </message>
    <message>
        <source>Treatment arm</source>
        <translation>治疗组</translation>
    </message>
    <message>
        <source>Treatment arm: %1</source>
        <translation>治疗组：%1</translation>
    </message>
    <message>
        <source>Control arm: %1</source>
        <translation>对照组：%1</translation>
    </message>
    <message>
        <source>The control arm %1 is shared with %2: its numbers should be the same in each comparison.</source>
        <translation>对照组 %1 与 %2 共用：其数值在各比较中应当相同。</translation>
    </message>
    <message>
        <source>This study has no comparisons yet: add them on the Comparisons tab.</source>
        <translation>该研究尚无比较：请在“比较”标签页中添加。</translation>
    </message>
    <message>
        <source>No results entered as %1 yet: use Add result.</source>
        <translation>尚未以%1身份录入结果：请使用“添加结果”。</translation>
    </message>
    <message>
        <source>derived from percent: %1</source>
        <translation>由百分比推算：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Remove the result %1 (entered as %2)?

Edit → Undo brings it back.</source>
        <translation>删除结果 %1（以%2身份录入）？

“编辑 → 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Discard the result %1? It has not been saved.</source>
        <translation>放弃结果 %1？该结果尚未保存。</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>删除结果</translation>
    </message>
    <message>
        <source>Remove result %1</source>
        <translation>删除结果 %1</translation>
    </message>
    <message>
        <source>Could not remove the result: %1</source>
        <translation>无法删除结果：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Add result %1, %2</source>
        <translation>添加结果 %1，%2</translation>
    </message>
    <message>
        <source>Add result %1, %2 at %3</source>
        <translation>添加结果 %1，%2，%3</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Change comparison</source>
        <translation>更改比较</translation>
    </message>
    <message>
        <source>Change outcome</source>
        <translation>更改结局</translation>
    </message>
    <message>
        <source>Edit time point</source>
        <translation>编辑时间点</translation>
    </message>
    <message>
        <source>Edit source of values</source>
        <translation>编辑数值来源</translation>
    </message>
    <message>
        <source>Events from a percentage</source>
        <translation>由百分比换算事件数</translation>
    </message>
    <message>
        <source>%1 as a percentage of its N (e.g. 45%):</source>
        <translation>%1 占其例数的百分比（例如 45%）：</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0% and 100%.</source>
        <translation>“%1”不是 0% 到 100% 之间的百分比。</translation>
    </message>
    <message>
        <source>Enter %1 first: the percentage is taken of it.</source>
        <translation>请先输入%1：百分比以它为基数。</translation>
    </message>
    <message>
        <source>Convert percent to %1</source>
        <translation>将百分比换算为%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::PlotArea</name>
    <message>
        <source>Forest plot</source>
        <translation>森林图</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>漏斗图</translation>
    </message>
    <message>
        <source>Baujat plot</source>
        <translation>Baujat 图</translation>
    </message>
</context>
<context>
    <name>ee::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The language “%1” could not be loaded; the interface stays as it was.</source>
        <translation>无法加载语言“%1”；界面保持不变。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Extractor&apos;s name:</source>
        <translation>数据提取者姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>Recorded as “entered by” with every value typed into the extraction forms.</source>
        <translation>在提取表单中录入的每个值都会以此作为“录入者”记录。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>ee::ui::ProjectEditor</name>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>This project is open read-only. Use File → Save As to make an editable copy.</source>
        <translation>该项目以只读方式打开。请使用“文件 → 另存为”生成可编辑的副本。</translation>
    </message>
    <message>
        <source>Editing is off because the undo log could not be set up: %1</source>
        <translation>由于无法建立撤销日志，编辑功能已关闭：%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::ProvenanceEditor</name>
    <message>
        <source>Pick a citation or type one</source>
        <translation>选择或输入一条引文</translation>
    </message>
    <message>
        <source>The source the value was read from: a publication or a registry record.</source>
        <translation>读取该数值的来源：一篇出版物或一条注册记录。</translation>
    </message>
    <message>
        <source>The text the value was read from, word for word</source>
        <translation>读取该数值的原文，逐字照录</translation>
    </message>
    <message>
        <source>e.g. Table 2, page 5</source>
        <translation>例如 表 2，第 5 页</translation>
    </message>
    <message>
        <source>e.g. patients, limbs, ulcers; or the unit of a mean</source>
        <translation>例如 患者、肢体、溃疡；或均数的单位</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>原文摘录(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Page / table:</source>
        <translation>页码/表格(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit counted:</source>
        <translation>计数单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>可信度(&amp;F)：</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Printed in the source</source>
        <translation>原文印刷</translation>
    </message>
    <message>
        <source>Derived from a percentage</source>
        <translation>由百分比推算</translation>
    </message>
    <message>
        <source>Computed from other printed numbers</source>
        <translation>由原文其他数字计算</translation>
    </message>
    <message>
        <source>Approximate (read from a figure or rounded)</source>
        <translation>近似值（从图中读取或经四舍五入）</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>As transcribed from a secondary table</source>
        <translation>转录自二手表格</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>录入者：%1</translation>
    </message>
    <message>
        <source>Entered by %1 at %2</source>
        <translation>录入者：%1，时间：%2</translation>
    </message>
    <message>
        <source>derived from percent</source>
        <translation>由百分比推算</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1（UTC）</translation>
    </message>
</context>
<context>
    <name>ee::ui::ReconciliationDialog</name>
    <message>
        <source>Whole result</source>
        <translation>整个结果</translation>
    </message>
    <message>
        <source>Events (treatment)</source>
        <translation>事件数（治疗组）</translation>
    </message>
    <message>
        <source>N (treatment)</source>
        <translation>例数（治疗组）</translation>
    </message>
    <message>
        <source>Events (control)</source>
        <translation>事件数（对照组）</translation>
    </message>
    <message>
        <source>N (control)</source>
        <translation>例数（对照组）</translation>
    </message>
    <message>
        <source>Mean (treatment)</source>
        <translation>均数（治疗组）</translation>
    </message>
    <message>
        <source>SD (treatment)</source>
        <translation>标准差（治疗组）</translation>
    </message>
    <message>
        <source>Mean (control)</source>
        <translation>均数（对照组）</translation>
    </message>
    <message>
        <source>SD (control)</source>
        <translation>标准差（对照组）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1/%2 vs %3/%4</source>
        <translation>%1/%2 对比 %3/%4</translation>
    </message>
    <message>
        <source>%1 (SD %2, N %3) vs %4 (SD %5, N %6)</source>
        <translation>%1（标准差 %2，N %3）对比 %4（标准差 %5，N %6）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>derived from percent</source>
        <translation>由百分比推算</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算值</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>as transcribed</source>
        <translation>转录值</translation>
    </message>
    <message>
        <source>Not extracted at this time point.</source>
        <translation>该时间点未提取。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>原文摘录：%1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>计数单位：%1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>录入者：%1，日期：%2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(unknown date)</source>
        <translation>（日期未知）</translation>
    </message>
    <message>
        <source>Reconcile dual extraction</source>
        <translation>核对双人提取结果</translation>
    </message>
    <message>
        <source>Show decided</source>
        <translation>显示已裁定项</translation>
    </message>
    <message>
        <source>Also list disagreements that already have a reviewer&apos;s consensus value.</source>
        <translation>同时列出评价者已给出共识值的不一致项。</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Extractor 1</source>
        <translation>提取者 1</translation>
    </message>
    <message>
        <source>Extractor 2</source>
        <translation>提取者 2</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Use extractor 1&apos;s value</source>
        <translation>采用提取者 1 的数值</translation>
    </message>
    <message>
        <source>Use extractor 2&apos;s value</source>
        <translation>采用提取者 2 的数值</translation>
    </message>
    <message>
        <source>Consensus value:</source>
        <translation>共识值：</translation>
    </message>
    <message>
        <source>Consensus value</source>
        <translation>共识值</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>采用此数值</translation>
    </message>
    <message>
        <source>Accept all agreed values</source>
        <translation>接受所有一致的数值</translation>
    </message>
    <message>
        <source>Accept agreed values</source>
        <translation>接受一致的数值</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>Nothing to reconcile: no result was extracted by two extractors differently.</source>
        <translation>无需核对：没有两位提取者提取结果不一致的情况。</translation>
    </message>
    <message>
        <source>Nothing left to decide: every disagreement has a consensus value.</source>
        <translation>已无待裁定项：每个不一致项都已有共识值。</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) left to decide.</source>
        <translation>
            <numerusform>还有 %n 个不一致项待裁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed value(s) not yet accepted.</source>
        <translation>
            <numerusform>%n 个一致的数值尚未接受。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not extracted)</source>
        <translation>（未提取）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>%1 (undecided)</source>
        <translation>%1（未裁定）</translation>
    </message>
    <message>
        <source>Select a disagreement to see where each extractor found the value.</source>
        <translation>选择一个不一致项，查看每位提取者从何处获得该数值。</translation>
    </message>
    <message>
        <source>Use extractor 1&apos;s result</source>
        <translation>采用提取者 1 的结果</translation>
    </message>
    <message>
        <source>Use extractor 2&apos;s result</source>
        <translation>采用提取者 2 的结果</translation>
    </message>
    <message>
        <source>Use extractor %1&apos;s result (%2, %3)</source>
        <translation>采用提取者 %1 的结果（%2，%3）</translation>
    </message>
    <message>
        <source>Use extractor %1&apos;s %2 (%3)</source>
        <translation>采用提取者 %1 的%2（%3）</translation>
    </message>
    <message>
        <source>Type the consensus value for %1.</source>
        <translation>请输入%1的共识值。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2.</source>
        <translation>%1 必须为整数，当前为 %2。</translation>
    </message>
    <message>
        <source>Consensus of both extractors&apos; readings, set by the reviewer.</source>
        <translation>由评价者根据两位提取者的读数确定的共识值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Set consensus %1 (%2)</source>
        <translation>设定共识值 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ee::ui::RobForm</name>
    <message>
        <source>Not assessed</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>存在一定风险</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>D1 Randomisation process</source>
        <translation>D1 随机化过程</translation>
    </message>
    <message>
        <source>D2 Deviations from intended interventions</source>
        <translation>D2 偏离既定干预</translation>
    </message>
    <message>
        <source>D3 Missing outcome data</source>
        <translation>D3 结局数据缺失</translation>
    </message>
    <message>
        <source>D4 Measurement of the outcome</source>
        <translation>D4 结局测量</translation>
    </message>
    <message>
        <source>D5 Selection of the reported result</source>
        <translation>D5 选择性报告结果</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Was the allocation sequence random and concealed? Do baseline differences suggest a problem with randomisation?</source>
        <translation>分配序列是否随机且隐藏？基线差异是否提示随机化存在问题？</translation>
    </message>
    <message>
        <source>Were participants, carers or people delivering the interventions aware of the assignment, and did deviations arise because of the trial context? Was the analysis appropriate to estimate the effect of assignment?</source>
        <translation>受试者、照护者或实施干预者是否知晓分组？是否因试验情境而出现偏离？用于估计分配效应的分析是否恰当？</translation>
    </message>
    <message>
        <source>Were outcome data available for nearly all participants, and if not, could missingness depend on the true value of the outcome?</source>
        <translation>是否几乎所有受试者都有结局数据？若否，缺失是否可能取决于结局的真实值？</translation>
    </message>
    <message>
        <source>Was the method of measuring the outcome appropriate and the same across groups? Were assessors aware of the intervention received?</source>
        <translation>结局测量方法是否恰当且各组一致？结局评价者是否知晓受试者接受的干预？</translation>
    </message>
    <message>
        <source>Was the result analysed as prespecified, or selected from several measurements or analyses?</source>
        <translation>结果是否按预先设定的方案分析，还是从多种测量或分析中选择而来？</translation>
    </message>
    <message>
        <source>Judgements apply to:</source>
        <translation>判断适用于：</translation>
    </message>
    <message>
        <source>RoB 2 assesses a result: judge all outcomes of the study together, or one outcome on its own.</source>
        <translation>RoB 2 评价的是一个结果：可对该研究的所有结局统一判断，也可单独判断某一结局。</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <source>Support for %1</source>
        <translation>%1 的判断依据</translation>
    </message>
    <message>
        <source>Overall risk of bias</source>
        <translation>总体偏倚风险</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>人工改判：</translation>
    </message>
    <message>
        <source>Record a different overall judgement than the algorithm proposes, with the reason.</source>
        <translation>记录一个不同于算法建议的总体判断，并说明理由。</translation>
    </message>
    <message>
        <source>Overridden overall judgement</source>
        <translation>改判后的总体判断</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>改判理由</translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation>改判理由（必填）</translation>
    </message>
    <message>
        <source>All outcomes of the study</source>
        <translation>该研究的所有结局</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结局：%1</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>研究：%1</translation>
    </message>
    <message>
        <source>No study selected</source>
        <translation>未选择研究</translation>
    </message>
    <message>
        <source>Proposed: %1, overridden: %2 because %3</source>
        <translation>建议：%1，改判为：%2，理由：%3</translation>
    </message>
    <message>
        <source>Overall: %1 (proposed by the RoB 2 algorithm)</source>
        <translation>总体：%1（由 RoB 2 算法建议）</translation>
    </message>
    <message>
        <source>Recorded overall judgement: %1. The algorithm proposes one once all five domains are judged.</source>
        <translation>已记录的总体判断：%1。五个领域全部判断后，算法将给出建议。</translation>
    </message>
    <message numerus="yes">
        <source>Not assessed: judge all five domains and the RoB 2 algorithm proposes the overall judgement (%n domain(s) still to judge).</source>
        <translation>
            <numerusform>未评价：判断全部五个领域后，RoB 2 算法将建议总体判断（还有 %n 个领域待判断）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have some concerns. The RoB 2 guidance lets you judge the result at high risk of bias when several concerns together substantially lower confidence in it: use Override to do so.</source>
        <translation>
            <numerusform>%n 个领域存在一定风险。按照 RoB 2 指南，当多个领域的风险合起来显著降低对结果的信心时，可将该结果判为高偏倚风险：请使用“人工改判”。</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Set RoB 2 judgement (%1)</source>
        <translation>设定 RoB 2 判断（%1）</translation>
    </message>
    <message>
        <source>Edit RoB 2 support (%1)</source>
        <translation>编辑 RoB 2 判断依据（%1）</translation>
    </message>
    <message>
        <source>Choose the overall judgement and give the reason for the override.</source>
        <translation>请选择总体判断并给出改判理由。</translation>
    </message>
    <message>
        <source>Remove RoB 2 override</source>
        <translation>取消 RoB 2 人工改判</translation>
    </message>
    <message>
        <source>Give the reason for overriding the proposed judgement: an override without a reason is not saved.</source>
        <translation>请给出推翻建议判断的理由：没有理由的改判不会保存。</translation>
    </message>
    <message>
        <source>The override must differ from the proposed judgement (%1).</source>
        <translation>改判结果必须不同于建议的判断（%1）。</translation>
    </message>
    <message>
        <source>Override RoB 2 overall judgement</source>
        <translation>人工改判 RoB 2 总体判断</translation>
    </message>
</context>
<context>
    <name>ee::ui::ScatterStudyPlot</name>
    <message>
        <source>Excluded</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>研究</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyEditorDialog</name>
    <message>
        <source>Study Editor</source>
        <translation>研究编辑器</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>研究：</translation>
    </message>
    <message>
        <source>New Study</source>
        <translation>新建研究</translation>
    </message>
    <message>
        <source>Remove Study…</source>
        <translation>删除研究…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Outcome Data</source>
        <translation>结局数据</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>调节变量</translation>
    </message>
    <message>
        <source>Risk of Bias</source>
        <translation>偏倚风险</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>Pick a study, or add one with New Study.</source>
        <translation>请选择一项研究，或点击“新建研究”添加。</translation>
    </message>
    <message>
        <source>The study is no longer in the project (removed, or its addition was undone).</source>
        <translation>该研究已不在项目中（已删除，或其添加已被撤销）。</translation>
    </message>
    <message>
        <source>Every change is saved to the project as you make it; Ctrl+Z undoes it.</source>
        <translation>每次修改都会立即保存到项目中；Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Study Editor — %1</source>
        <translation>研究编辑器 — %1</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>新研究</translation>
    </message>
    <message>
        <source>New study %1</source>
        <translation>新研究 %1</translation>
    </message>
    <message>
        <source>Add study %1</source>
        <translation>添加研究 %1</translation>
    </message>
    <message>
        <source>Remove %1 with its %2 arm(s), comparisons, %3 outcome result(s), moderators, risk of bias and notes? Edit → Undo brings everything back.</source>
        <translation>删除 %1 及其 %2 个分组、各比较、%3 条结局结果、调节变量、偏倚风险和备注？“编辑 → 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Remove Study</source>
        <translation>删除研究</translation>
    </message>
    <message>
        <source>Remove study %1</source>
        <translation>删除研究 %1</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyForm</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>First author and year, e.g. Lu 2011</source>
        <translation>第一作者和年份，例如 Lu 2011</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>发表年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>As the source prints it</source>
        <translation>按原文印刷的写法</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Continent used for region subgroups</source>
        <translation>用于地区亚组的大洲</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>研究设计</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>e.g. NCT01065337</source>
        <translation>例如 NCT01065337</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Authors, title, journal, year</source>
        <translation>作者、标题、期刊、年份</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>e.g. 10.1016/j.diabres.2011.01.018</source>
        <translation>例如 10.1016/j.diabres.2011.01.018</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This study is no longer in the project.</source>
        <translation>该研究已不在项目中。</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>design</source>
        <translation>研究设计</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyPlot</name>
    <message>
        <source>Include study</source>
        <translation>纳入研究</translation>
    </message>
    <message>
        <source>Exclude study</source>
        <translation>剔除研究</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
</context>
<context>
    <name>ee::ui::StudyTableModel</name>
    <message>
        <source>not extracted</source>
        <translation>未提取</translation>
    </message>
    <message>
        <source>No data has been extracted for this outcome yet.</source>
        <translation>该结局尚未提取数据。</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Effect [95% CI]</source>
        <translation>效应量 [95% CI]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Unit counted</source>
        <translation>计数单位</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore meta-analytic evidence.</source>
        <translation>探索 Meta 分析证据。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>将主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Project file to open (default: the bundled cell-therapy evidence base).</source>
        <translation>要打开的项目文件（默认：内置的细胞疗法证据库）。</translation>
    </message>
</context>
</TS>
