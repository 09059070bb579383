<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AttributeForm</name>
    <message>
        <source>属性</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>键</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>最小值</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>最大值</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>导入时必须有值</source>
        <translation>Must have a value on import</translation>
    </message>
    <message>
        <source>取值与列名</source>
        <translation>Values and column names</translation>
    </message>
    <message>
        <source>取值（每行一个）</source>
        <translation>Values (one per line)</translation>
    </message>
    <message>
        <source>同义列名（每行一个）</source>
        <translation>Column-name synonyms (one per line)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>部门信息</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>部门类型</source>
        <translation>Department type</translation>
    </message>
    <message>
        <source>上级部门</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>新增岗位</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>删除岗位</source>
        <translation>Remove position</translation>
    </message>
</context>
<context>
    <name>ExportViewForm</name>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV，UTF-8（Excel 可直接打开）</source>
        <translation>CSV, UTF-8 (opens directly in Excel)</translation>
    </message>
    <message>
        <source>CSV，GB18030（旧版 Excel、WPS 与营销系统）</source>
        <translation>CSV, GB18030 (older Excel, WPS and marketing systems)</translation>
    </message>
    <message>
        <source>JSON（可再导入客户画像工作台）</source>
        <translation>JSON (can be imported into Customer Portrait Workbench again)</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>中文名称（户号、户名……）</source>
        <translation>Chinese names (户号, 户名, …)</translation>
    </message>
    <message>
        <source>属性键（customer_no、name……，便于程序处理）</source>
        <translation>Attribute keys (customer_no, name, …; easier for programs)</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>ImportFileForm</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>选择或拖入一个 .csv 或 .json 文件</source>
        <translation>Choose a .csv or .json file, or drop one here</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK（Excel 中文版另存的 CSV）</source>
        <translation>GB18030 / GBK (CSV saved by Chinese Excel)</translation>
    </message>
    <message>
        <source>分隔符</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>逗号 ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>分号 ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>制表符</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>竖线 |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>表头所在行会自动找到（表头前的说明行会跳过），列按属性键、中文名或同义词对应到属性字典；下一步可以检查和修改对应关系。</source>
        <translation>The header row is found automatically (note lines above it are skipped), and columns are matched to the attribute dictionary by key, Chinese name or synonym. You can check and change the mapping in the next step.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsForm</name>
    <message>
        <source>导入方式</source>
        <translation>Import mode</translation>
    </message>
    <message>
        <source>新建或更新：工作区里已有的客户更新，没有的新建</source>
        <translation>Create or update: update customers already in the workspace, create the others</translation>
    </message>
    <message>
        <source>只新建：文件里的客户在工作区里已存在时报错</source>
        <translation>Create only: a customer in the file that is already in the workspace is an error</translation>
    </message>
    <message>
        <source>只更新：文件里的客户在工作区里不存在时报错</source>
        <translation>Update only: a customer in the file that is not in the workspace is an error</translation>
    </message>
    <message>
        <source>匹配键</source>
        <translation>Match key</translation>
    </message>
    <message>
        <source>按哪个属性判断文件中的一行是不是工作区里已有的客户；须在工作区里唯一</source>
        <translation>The attribute that identifies a row of the file with a customer already in the workspace; it must be unique in the workspace</translation>
    </message>
    <message>
        <source>跳过有错误的行，只导入有效的行（不勾选时：有一行错误就什么也不写入）</source>
        <translation>Skip rows with errors and import only the valid rows (if unchecked, one bad row means nothing is written)</translation>
    </message>
    <message>
        <source>先试运行：检查整个文件，报告将新建、更新和拒绝多少位客户，不写入任何数据</source>
        <translation>Dry run first: check the whole file and report how many customers would be created, updated and rejected, without writing anything</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>需求分组</source>
        <translation>Need group</translation>
    </message>
    <message>
        <source>价值目标（勾选）</source>
        <translation>Value goals</translation>
    </message>
    <message>
        <source>适用的生命周期阶段（勾选）</source>
        <translation>Lifecycle stages</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>资源优势</source>
        <translation>Resource advantage</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>作用（中文）</source>
        <translation>Function (Chinese)</translation>
    </message>
    <message>
        <source>作用（英文）</source>
        <translation>Function (English)</translation>
    </message>
    <message>
        <source>可提供（中文）</source>
        <translation>Offerings (Chinese)</translation>
    </message>
    <message>
        <source>可提供（英文）</source>
        <translation>Offerings (English)</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>规则组</source>
        <translation>Rule group</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用此规则</source>
        <translation>Enable this rule</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>适用部门类型</source>
        <translation>Department types</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>条件树以只读方式显示；规则编辑器将在后续版本提供。</source>
        <translation>The condition tree is shown read-only; a rule editor will come in a later version.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>主责岗位</source>
        <translation>Responsible position</translation>
    </message>
    <message>
        <source>说明（中文）</source>
        <translation>Description (Chinese)</translation>
    </message>
    <message>
        <source>说明（英文）</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>满足需求</source>
        <translation>Needs addressed</translation>
    </message>
    <message>
        <source>适用阶段</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>目标客户</source>
        <translation>Target customers</translation>
    </message>
    <message>
        <source>资源优势</source>
        <translation>Resource advantages</translation>
    </message>
    <message>
        <source>工具包步骤</source>
        <translation>Toolkit steps</translation>
    </message>
    <message>
        <source>新增步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>生命周期阶段</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>别名（每行一个）</source>
        <translation>Aliases (one per line)</translation>
    </message>
    <message>
        <source>客户处境</source>
        <translation>Customer situation</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <source>陪伴重点</source>
        <translation>Companionship focus</translation>
    </message>
</context>
<context>
    <name>TaxonomyForm</name>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>上级分类</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <source>定义（中文）</source>
        <translation>Definition (Chinese)</translation>
    </message>
    <message>
        <source>定义（英文）</source>
        <translation>Definition (English)</translation>
    </message>
    <message>
        <source>典型场景（每行一个）</source>
        <translation>Typical scenarios (one per line)</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <source>核心需求（勾选）</source>
        <translation>Core needs</translation>
    </message>
</context>
<context>
    <name>ValueGoalForm</name>
    <message>
        <source>价值目标</source>
        <translation>Value goal</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称（中文）</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>名称（英文）</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>说明（中文）</source>
        <translation>Description (Chinese)</translation>
    </message>
    <message>
        <source>说明（英文）</source>
        <translation>Description (English)</translation>
    </message>
</context>
<context>
    <name>portrait::AdoptionDecisionModel</name>
    <message>
        <source>采纳（≥ 2/3）</source>
        <translation>Adopt (≥ 2/3)</translation>
    </message>
    <message>
        <source>讨论（1/3–2/3）</source>
        <translation>Discuss (1/3–2/3)</translation>
    </message>
    <message>
        <source>不纳入（&lt; 1/3）</source>
        <translation>Drop (&lt; 1/3)</translation>
    </message>
    <message>
        <source>新类型：%1</source>
        <translation>New kind: %1</translation>
    </message>
    <message>
        <source>待合并</source>
        <translation>To be merged</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>草案</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>上级分类</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>新类型「%1」需要上级分类</source>
        <translation>New kind &quot;%1&quot; needs a parent category</translation>
    </message>
    <message>
        <source>保留 %1 需要填写理由（不足三分之一的参与者选择）</source>
        <translation>Keeping %1 needs a reason (it was chosen by fewer than a third of the participants)</translation>
    </message>
    <message>
        <source>部门负责人未采纳</source>
        <translation>Not adopted by the department head</translation>
    </message>
    <message>
        <source>讨论后未采纳</source>
        <translation>Not adopted after discussion</translation>
    </message>
    <message>
        <source>不足三分之一的参与者选择（%1/%2）</source>
        <translation>Chosen by fewer than a third of the participants (%1/%2)</translation>
    </message>
    <message>
        <source>主责</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>协同</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>%1 对「%2」：%3</source>
        <translation>%1 for &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>不负责</source>
        <translation>Not responsible</translation>
    </message>
    <message>
        <source>岗位「%1」还没有负责的客户分类（每个岗位都应有客户）</source>
        <translation>Position &quot;%1&quot; has no customer categories yet (every position should have customers)</translation>
    </message>
    <message>
        <source>岗位「%1」：主责或协同的客户分类</source>
        <translation>Position &quot;%1&quot;: customer categories it is responsible for or supports</translation>
    </message>
    <message>
        <source>新类型「%1」需要至少一个主责岗位</source>
        <translation>New kind &quot;%1&quot; needs at least one responsible position</translation>
    </message>
    <message>
        <source>%1 需要至少一个主责岗位（在岗位定位中指定）</source>
        <translation>%1 needs at least one responsible position (assign one in the position assignments)</translation>
    </message>
</context>
<context>
    <name>portrait::AdoptionDraft</name>
    <message>
        <source>不足三分之一的参与者选择（%1/%2）</source>
        <translation>Chosen by fewer than a third of the participants (%1/%2)</translation>
    </message>
</context>
<context>
    <name>portrait::AdoptionRepository</name>
    <message>
        <source>未知的部门代码 %1</source>
        <translation>Unknown department code %1</translation>
    </message>
    <message>
        <source>没有编号为 %1 的共创会</source>
        <translation>No workshop with ID %1</translation>
    </message>
    <message>
        <source>决议日期「%1」不是有效日期（YYYY-MM-DD）</source>
        <translation>Decision date &quot;%1&quot; is not a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>未知的分类代码 %1</source>
        <translation>Unknown category code %1</translation>
    </message>
    <message>
        <source>分类 %1 的优先级 %2 不在 1–3 之间</source>
        <translation>Priority %2 of category %1 is not between 1 and 3</translation>
    </message>
    <message>
        <source>分类 %1 重复采纳</source>
        <translation>Category %1 is adopted twice</translation>
    </message>
    <message>
        <source>分类 %1 既被采纳又被否决</source>
        <translation>Category %1 is both adopted and rejected</translation>
    </message>
    <message>
        <source>岗位「%1」被分配到未采纳的分类 %2</source>
        <translation>Position &quot;%1&quot; is assigned to category %2, which is not adopted</translation>
    </message>
    <message>
        <source>分类 %1 的岗位名称为空</source>
        <translation>Category %1 has a position with an empty name</translation>
    </message>
    <message>
        <source>新类型的名称为空</source>
        <translation>A new kind has an empty name</translation>
    </message>
    <message>
        <source>新类型「%1」的上级分类 %2 不存在</source>
        <translation>Parent category %2 of new kind &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>新类型「%1」的优先级 %2 不在 1–3 之间</source>
        <translation>Priority %2 of new kind &quot;%1&quot; is not between 1 and 3</translation>
    </message>
</context>
<context>
    <name>portrait::AgreementHeatMapModel</name>
    <message>
        <source>额外客户：本岗位 %1 选择，全体 %2</source>
        <translation>Extra customer: chosen by %1 of this position, %2 of everyone</translation>
    </message>
    <message>
        <source>盲点：本岗位 %1 选择，全体 %2</source>
        <translation>Blind spot: chosen by %1 of this position, %2 of everyone</translation>
    </message>
    <message>
        <source>全体（%1 人）</source>
        <translation>Everyone (%1)</translation>
    </message>
    <message>
        <source>%1（%2 人）· 分歧 %3</source>
        <translation>%1 (%2) · divergence %3</translation>
    </message>
</context>
<context>
    <name>portrait::Application</name>
    <message>
        <source>客户画像工作台</source>
        <translation>Customer Portrait Workbench</translation>
    </message>
    <message>
        <source>无法创建默认工作区</source>
        <translation>Cannot create the default workspace</translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
<context>
    <name>portrait::Arguments</name>
    <message>
        <source>选项 %1 需要一个值</source>
        <translation>Option %1 needs a value</translation>
    </message>
    <message>
        <source>未知选项 %1</source>
        <translation>Unknown option %1</translation>
    </message>
</context>
<context>
    <name>portrait::AttributesPanel</name>
    <message>
        <source>新增自定义属性</source>
        <translation>Add custom attribute</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>客户属性</source>
        <translation>Customer attributes</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>属性字典</source>
        <translation>Attribute dictionary</translation>
    </message>
    <message>
        <source>客户名单的每一列对应一个属性。标准属性的键和类型固定，名称、单位、取值和同义列名可以修改；也可以新增自定义属性。标签是客户可以带有的标记。</source>
        <translation>Each column of a customer list corresponds to an attribute. Standard attributes have a fixed key and type, but you can change their names, units, values and column-name synonyms; you can also add custom attributes. Labels are markers that a customer can carry.</translation>
    </message>
    <message>
        <source>标准属性（键和类型固定，不能删除）</source>
        <translation>Standard attribute (fixed key and type; cannot be deleted)</translation>
    </message>
    <message>
        <source>自定义属性</source>
        <translation>Custom attribute</translation>
    </message>
    <message>
        <source>新增标签</source>
        <translation>Add label</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>新标签</source>
        <translation>New label</translation>
    </message>
</context>
<context>
    <name>portrait::CardPainter</name>
    <message>
        <source> 缺口</source>
        <translation> gap</translation>
    </message>
    <message>
        <source>（陪伴缺口）</source>
        <translation> (companionship gap)</translation>
    </message>
    <message>
        <source>定义：%1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <source>需求排序（有此需求的客户占比 · 来源）</source>
        <translation>Needs ranking (share of customers with the need · source)</translation>
    </message>
    <message>
        <source>生命周期分布</source>
        <translation>Lifecycle distribution</translation>
    </message>
    <message>
        <source>价值目标</source>
        <translation>Value goals</translation>
    </message>
</context>
<context>
    <name>portrait::CellConverter</name>
    <message>
        <source>超出常见范围 %1–%2</source>
        <translation>Outside the usual range %1–%2</translation>
    </message>
</context>
<context>
    <name>portrait::ChoiceLists</name>
    <message>
        <source>业务部门</source>
        <translation>Business department</translation>
    </message>
    <message>
        <source>职能部门</source>
        <translation>Functional department</translation>
    </message>
    <message>
        <source>原集体企业</source>
        <translation>Former collective enterprise</translation>
    </message>
    <message>
        <source>直属单位</source>
        <translation>Affiliated unit</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>工具包</source>
        <translation>Toolkit</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <source>主类判定（瀑布）</source>
        <translation>Primary category (waterfall)</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>信用</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <source>需求响应</source>
        <translation>Demand response</translation>
    </message>
    <message>
        <source>生命周期阶段</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>枚举</source>
        <translation>Enumeration</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>portrait::ClassificationEngine</name>
    <message>
        <source>规则 %1：%2</source>
        <translation>Rule %1: %2</translation>
    </message>
</context>
<context>
    <name>portrait::ClassificationStatus</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>停止这次重新分类；已存的分类结果保持不变</source>
        <translation>Stop this reclassification; the saved results stay unchanged</translation>
    </message>
    <message>
        <source>正在重新分类…</source>
        <translation>Reclassifying…</translation>
    </message>
    <message>
        <source>正在重新分类 %1 / %2 户</source>
        <translation>Reclassifying: %1 of %2 customers</translation>
    </message>
    <message>
        <source>分类已更新 %1</source>
        <translation>Classification updated at %1</translation>
    </message>
    <message>
        <source>已取消重新分类</source>
        <translation>Reclassification canceled</translation>
    </message>
    <message>
        <source>重新分类失败：%1</source>
        <translation>Reclassification failed: %1</translation>
    </message>
</context>
<context>
    <name>portrait::ClassifyCommands</name>
    <message>
        <source>成立</source>
        <translation>matched</translation>
    </message>
    <message>
        <source>不成立（数据缺失）</source>
        <translation>not matched (data missing)</translation>
    </message>
    <message>
        <source>不成立</source>
        <translation>not matched</translation>
    </message>
    <message>
        <source>值缺失</source>
        <translation>value missing</translation>
    </message>
    <message>
        <source>实际值 %1</source>
        <translation>actual value %1</translation>
    </message>
    <message>
        <source>用法：portrait-workbench explain 工作区 户号 [--json]</source>
        <translation>Usage: portrait-workbench explain WORKSPACE CUSTOMER_NO [--json]</translation>
    </message>
    <message>
        <source>%1：没有户号为 %2 的客户</source>
        <translation>%1: no customer with customer number %2</translation>
    </message>
    <message>
        <source>客户 %1 %2（数据日期 %3）</source>
        <translation>Customer %1 %2 (data date %3)</translation>
    </message>
    <message>
        <source>主类：%1 %2（规则 %3）</source>
        <translation>Primary category: %1 %2 (rule %3)</translation>
    </message>
    <message>
        <source>之前未命中的规则：</source>
        <translation>Earlier rules that did not match:</translation>
    </message>
    <message>
        <source>注意：主类依赖缺失数据（%1）</source>
        <translation>Note: the primary category depends on missing data (%1)</translation>
    </message>
    <message>
        <source>阶段：%1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>已退出生命周期（%1）</source>
        <translation>out of the lifecycle (%1)</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>信用等级：%1</source>
        <translation>Credit grade: %1</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>需求响应潜力：%1</source>
        <translation>Demand-response potential: %1</translation>
    </message>
    <message>
        <source>角色与标签：%1</source>
        <translation>Roles and labels: %1</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>需求：</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>各项结果的规则：</source>
        <translation>Rules behind each outcome:</translation>
    </message>
    <message>
        <source>用法：portrait-workbench classify 工作区 [--data-date YYYY-MM-DD] [--json]</source>
        <translation>Usage: portrait-workbench classify WORKSPACE [--data-date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>--data-date：“%1”不是 YYYY-MM-DD 格式的日期</source>
        <translation>--data-date: &quot;%1&quot; is not a date in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>工作区未设置数据日期，按今天（%1）计算相对日期</source>
        <translation>The workspace has no data date; relative dates are computed from today (%1)</translation>
    </message>
    <message>
        <source>警告：%1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>主类：</source>
        <translation>Primary categories:</translation>
    </message>
    <message>
        <source>生命周期阶段：</source>
        <translation>Lifecycle stages:</translation>
    </message>
    <message>
        <source>未知（其中已销户 %1）</source>
        <translation>Unknown (including %1 closed accounts)</translation>
    </message>
    <message>
        <source>角色与标签：</source>
        <translation>Roles and labels:</translation>
    </message>
    <message>
        <source>信用等级：</source>
        <translation>Credit grades:</translation>
    </message>
    <message>
        <source>需求响应潜力：</source>
        <translation>Demand-response potential:</translation>
    </message>
    <message>
        <source>主类依赖缺失数据的客户：%1</source>
        <translation>Customers whose primary category depends on missing data: %1</translation>
    </message>
    <message numerus="yes">
        <source>已分类 %n 位客户（数据日期 %1）</source>
        <translation>
            <numerusform>Classified %n customer (data date %1)</numerusform>
            <numerusform>Classified %n customers (data date %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::Columns</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>取值</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>同义列名</source>
        <translation>Column-name synonyms</translation>
    </message>
    <message>
        <source>最小值</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>最大值</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>说明（英文）</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>上级部门</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>客户处境</source>
        <translation>Customer situation</translation>
    </message>
    <message>
        <source>客户处境（英文）</source>
        <translation>Customer situation (English)</translation>
    </message>
    <message>
        <source>陪伴重点</source>
        <translation>Companionship focus</translation>
    </message>
    <message>
        <source>陪伴重点（英文）</source>
        <translation>Companionship focus (English)</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>需求分组</source>
        <translation>Need group</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>作用（英文）</source>
        <translation>Function (English)</translation>
    </message>
    <message>
        <source>可提供</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>可提供（英文）</source>
        <translation>Offerings (English)</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>主责岗位</source>
        <translation>Responsible position</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>步骤（英文）</source>
        <translation>Step (English)</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>定义（英文）</source>
        <translation>Definition (English)</translation>
    </message>
    <message>
        <source>典型场景</source>
        <translation>Typical scenarios</translation>
    </message>
    <message>
        <source>典型场景（英文）</source>
        <translation>Typical scenarios (English)</translation>
    </message>
</context>
<context>
    <name>portrait::CommandLine</name>
    <message>
        <source>用 portrait-workbench --help 查看用法</source>
        <translation>Run portrait-workbench --help for usage</translation>
    </message>
    <message>
        <source>--lang 须为 zh 或 en</source>
        <translation>--lang must be zh or en</translation>
    </message>
    <message>
        <source>未知命令：%1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>客户画像工作台 %1

用法：
  portrait-workbench [--workspace 文件]            打开图形界面
  portrait-workbench init 工作区 [--sample]         新建工作区并填入默认内容
  portrait-workbench info 工作区 [--json]           结构版本与数量
  portrait-workbench departments 工作区 [--json]    部门列表
  portrait-workbench config export 工作区 -o 文件.json
  portrait-workbench config import 工作区 文件.json
  portrait-workbench classify 工作区 [--data-date YYYY-MM-DD] [--json]
                                                  分类全部客户并保存结果
  portrait-workbench explain 工作区 户号 [--json]    解释一位客户的分类
  portrait-workbench customers import 工作区 文件 [--encoding auto|utf-8|gb18030]
      [--delimiter auto|,|;|tab] [--mode create|update|upsert] [--key 属性]
      [--mapping 映射.json] [--skip-invalid] [--dry-run] [--errors 问题.csv]
      [--data-date YYYY-MM-DD]
  portrait-workbench customers export 工作区 -o 文件.csv|文件.json
      [--encoding utf-8-bom|gb18030] [--headers keys|zh]
  portrait-workbench imports list 工作区 [--json]
  portrait-workbench imports revert 工作区 批次号 [--force]
  portrait-workbench generate --count N [--seed S] -o 文件.csv
      [--encoding utf-8|gb18030] [--headers keys|zh]
  portrait-workbench portrait 工作区 --department 部门代码 [--json]
                                                  部门客户画像
  portrait-workbench report 工作区 --department 部门代码 -o 文件.pdf [--mask-names]
  portrait-workbench report 工作区 --all-departments -o 目录 [--mask-names]
                                                  PDF 画像报告
  portrait-workbench snapshot save 工作区 --department 部门代码 --title 标题
      [--date YYYY-MM-DD]
  portrait-workbench snapshot list 工作区 --department 部门代码 [--json]
  portrait-workbench snapshot compare 工作区 快照编号 [快照编号] [--changed] [--json]
                                                  画像快照：保存、列出、与当前画像比较
  portrait-workbench workshop import 工作区 文件.json   导入共创会，输出其编号
  portrait-workbench workshop list 工作区 [--json]
  portrait-workbench workshop summary 工作区 共创会编号 [--json]
                                                  认知错位：一致度、岗位分歧、草案
  portrait-workbench workshop adopt 工作区 共创会编号 [--date YYYY-MM-DD]
      [--approver 姓名] [--json]                   采纳草案为部门客户清单与岗位定位
  portrait-workbench workshop export 工作区 共创会编号 -o 文件.json

通用选项：--lang zh|en 输出语言；--help；--version
退出码：0 成功，1 输入有误或操作被拒绝，2 用法错误
</source>
        <translation>Customer Portrait Workbench %1

Usage:
  portrait-workbench [--workspace FILE]           open the graphical interface
  portrait-workbench init WORKSPACE [--sample]    create a workspace with the default content
  portrait-workbench info WORKSPACE [--json]      schema version and counts
  portrait-workbench departments WORKSPACE [--json]
                                                  list the departments
  portrait-workbench config export WORKSPACE -o FILE.json
  portrait-workbench config import WORKSPACE FILE.json
  portrait-workbench classify WORKSPACE [--data-date YYYY-MM-DD] [--json]
                                                  classify all customers and save the results
  portrait-workbench explain WORKSPACE CUSTOMER_NO [--json]
                                                  explain one customer&apos;s classification
  portrait-workbench customers import WORKSPACE FILE [--encoding auto|utf-8|gb18030]
      [--delimiter auto|,|;|tab] [--mode create|update|upsert] [--key ATTRIBUTE]
      [--mapping MAPPING.json] [--skip-invalid] [--dry-run] [--errors PROBLEMS.csv]
      [--data-date YYYY-MM-DD]
  portrait-workbench customers export WORKSPACE -o FILE.csv|FILE.json
      [--encoding utf-8-bom|gb18030] [--headers keys|zh]
  portrait-workbench imports list WORKSPACE [--json]
  portrait-workbench imports revert WORKSPACE BATCH [--force]
  portrait-workbench generate --count N [--seed S] -o FILE.csv
      [--encoding utf-8|gb18030] [--headers keys|zh]
  portrait-workbench portrait WORKSPACE --department DEPARTMENT [--json]
                                                  a department&apos;s customer portrait
  portrait-workbench report WORKSPACE --department DEPARTMENT -o FILE.pdf [--mask-names]
  portrait-workbench report WORKSPACE --all-departments -o DIRECTORY [--mask-names]
                                                  PDF portrait report
  portrait-workbench snapshot save WORKSPACE --department DEPARTMENT --title TITLE
      [--date YYYY-MM-DD]
  portrait-workbench snapshot list WORKSPACE --department DEPARTMENT [--json]
  portrait-workbench snapshot compare WORKSPACE SNAPSHOT_ID [SNAPSHOT_ID] [--changed] [--json]
                                                  portrait snapshots: save, list, compare with the current portrait
  portrait-workbench workshop import WORKSPACE FILE.json
                                                  import a workshop and print its ID
  portrait-workbench workshop list WORKSPACE [--json]
  portrait-workbench workshop summary WORKSPACE WORKSHOP_ID [--json]
                                                  misalignment: agreement, position divergence, draft
  portrait-workbench workshop adopt WORKSPACE WORKSHOP_ID [--date YYYY-MM-DD]
      [--approver NAME] [--json]                  adopt the draft as customer list and positions
  portrait-workbench workshop export WORKSPACE WORKSHOP_ID -o FILE.json

Common options: --lang zh|en (output language); --help; --version
Exit codes: 0 success, 1 invalid input or operation refused, 2 usage error
</translation>
    </message>
</context>
<context>
    <name>portrait::CompiledCondition</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>未知的属性 %1</source>
        <translation>Unknown attribute %1</translation>
    </message>
    <message>
        <source>比值只能用于数值属性</source>
        <translation>A ratio works only with number attributes</translation>
    </message>
    <message>
        <source>运算符 %1 不适用于%2属性</source>
        <translation>Operator %1 does not apply to %2 attributes</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <source>“%1”不是日期或相对日期（如 -12M）</source>
        <translation>&quot;%1&quot; is not a date or a relative date (such as -12M)</translation>
    </message>
    <message>
        <source>“%1”不是数值</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>值应为文字</source>
        <translation>The value must be text</translation>
    </message>
    <message>
        <source>运算符 %1 不适用于列表属性</source>
        <translation>Operator %1 does not apply to list attributes</translation>
    </message>
</context>
<context>
    <name>portrait::Condition</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>JSON 语法错误（第 %1 个字符）：%2</source>
        <translation>JSON syntax error (at character %1): %2</translation>
    </message>
    <message>
        <source>条件嵌套超过 %1 层</source>
        <translation>Conditions are nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>条件应为对象</source>
        <translation>A condition must be an object</translation>
    </message>
    <message>
        <source>应为条件列表</source>
        <translation>Expected a list of conditions</translation>
    </message>
    <message>
        <source>条件须含 all、any、not 或 attr</source>
        <translation>A condition needs all, any, not or attr</translation>
    </message>
    <message>
        <source>应为属性键</source>
        <translation>Expected an attribute key</translation>
    </message>
    <message>
        <source>未知的运算符 %1</source>
        <translation>Unknown operator %1</translation>
    </message>
    <message>
        <source>运算符 %1 需要 value</source>
        <translation>Operator %1 needs a value</translation>
    </message>
    <message>
        <source>值不能是对象</source>
        <translation>The value cannot be an object</translation>
    </message>
    <message>
        <source>运算符 %1 需要一个列表</source>
        <translation>Operator %1 needs a list</translation>
    </message>
    <message>
        <source>运算符 between 需要 [下限, 上限]</source>
        <translation>Operator between needs [low, high]</translation>
    </message>
    <message>
        <source>运算符 %1 只接受一个值</source>
        <translation>Operator %1 takes only one value</translation>
    </message>
    <message>
        <source>列表项应为数字或文字</source>
        <translation>List items must be numbers or text</translation>
    </message>
</context>
<context>
    <name>portrait::ConditionEditor</name>
    <message>
        <source>添加条件</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>添加条件组</source>
        <translation>Add condition group</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>组合方式</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>全部满足：组内条件都成立；任一满足：至少一个成立；不满足：组内条件不成立。</source>
        <translation>All of: every condition in the group holds; Any of: at least one holds; Not: the condition in the group does not hold.</translation>
    </message>
    <message>
        <source>存储的条件不是有效的 JSON：%1</source>
        <translation>The stored condition is not valid JSON: %1</translation>
    </message>
    <message>
        <source>条件尚未保存：%1</source>
        <translation>The condition was not saved: %1</translation>
    </message>
    <message>
        <source>修改规则 %1 的条件</source>
        <translation>Edit condition of rule %1</translation>
    </message>
    <message>
        <source>满足整条规则 %1 户 / 共 %2 户</source>
        <translation>%1 of %2 customers meet the whole rule</translation>
    </message>
</context>
<context>
    <name>portrait::ConditionLeafEditor</name>
    <message>
        <source>按比例：除以</source>
        <translation>As a ratio, divided by</translation>
    </message>
    <message>
        <source>此运算符不需要值</source>
        <translation>This operator takes no value</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>运算</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1（不适合此类型）</source>
        <translation>%1 (not suitable for this type)</translation>
    </message>
    <message>
        <source>未知属性 %1</source>
        <translation>Unknown attribute %1</translation>
    </message>
    <message>
        <source>日期：2026-01-31，或相对数据日期：-12M、-90D、-1Y</source>
        <translation>A date such as 2026-01-31, or relative to the data date: -12M, -90D, -1Y</translation>
    </message>
    <message>
        <source>多个值用逗号分隔，例如 25, 26, 31</source>
        <translation>Separate several values with commas, e.g. 25, 26, 31</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>请填写值</source>
        <translation>Please enter a value</translation>
    </message>
    <message>
        <source>「%1」不是数字</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>请至少勾选一项</source>
        <translation>Check at least one item</translation>
    </message>
</context>
<context>
    <name>portrait::ConditionTreeModel</name>
    <message>
        <source>属于</source>
        <translation>in</translation>
    </message>
    <message>
        <source>不属于</source>
        <translation>not in</translation>
    </message>
    <message>
        <source>介于</source>
        <translation>between</translation>
    </message>
    <message>
        <source>开头是</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>含标签</source>
        <translation>has label</translation>
    </message>
    <message>
        <source>为空</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>不为空</source>
        <translation>is not empty</translation>
    </message>
    <message>
        <source>全部满足</source>
        <translation>All of</translation>
    </message>
    <message>
        <source>任一满足</source>
        <translation>Any of</translation>
    </message>
    <message>
        <source>不满足</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>全部满足（空：所有客户）</source>
        <translation>All of (empty: every customer)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation> (empty)</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>%1 介于 %2 与 %3 之间</source>
        <translation>%1 between %2 and %3</translation>
    </message>
    <message>
        <source>满足此条件的客户数</source>
        <translation>Customers meeting this condition</translation>
    </message>
    <message>
        <source>满足的客户</source>
        <translation>Matching customers</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::ConditionValidator</name>
    <message>
        <source>未知的属性 %1</source>
        <translation>Unknown attribute %1</translation>
    </message>
    <message>
        <source>未知的运算符 %1</source>
        <translation>Unknown operator %1</translation>
    </message>
    <message>
        <source>运算符 %1 需要 value</source>
        <translation>Operator %1 needs a value</translation>
    </message>
    <message>
        <source>运算符 %1 需要一个列表</source>
        <translation>Operator %1 needs a list</translation>
    </message>
    <message>
        <source>运算符 between 需要 [下限, 上限]</source>
        <translation>Operator between needs [low, high]</translation>
    </message>
    <message>
        <source>值不能是对象</source>
        <translation>The value cannot be an object</translation>
    </message>
    <message>
        <source>条件应为对象</source>
        <translation>A condition must be an object</translation>
    </message>
    <message>
        <source>条件须含 all、any、not 或 attr</source>
        <translation>A condition needs all, any, not or attr</translation>
    </message>
    <message>
        <source>应为条件列表</source>
        <translation>Expected a list of conditions</translation>
    </message>
</context>
<context>
    <name>portrait::ConfigCommands</name>
    <message>
        <source>用法：portrait-workbench config export 工作区 -o 文件.json</source>
        <translation>Usage: portrait-workbench config export WORKSPACE -o FILE.json</translation>
    </message>
    <message>
        <source>已导出配置到 %1</source>
        <translation>Exported the configuration to %1</translation>
    </message>
    <message>
        <source>用法：portrait-workbench config import 工作区 文件.json</source>
        <translation>Usage: portrait-workbench config import WORKSPACE FILE.json</translation>
    </message>
    <message>
        <source>%1：拒绝导入，工作区里的客户引用了新配置中没有的代码：</source>
        <translation>%1: import refused; customers in the workspace refer to codes that the new configuration does not have:</translation>
    </message>
    <message>
        <source>已导入配置 %1</source>
        <translation>Imported configuration %1</translation>
    </message>
    <message numerus="yes">
        <source>文件中没有、因此已移除的岗位定位 %n 条：</source>
        <translation>
            <numerusform>%n position assignment was not in the file and has been removed:</numerusform>
            <numerusform>%n position assignments were not in the file and have been removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已重新分类 %n 位客户</source>
        <translation>
            <numerusform>Reclassified %n customer</numerusform>
            <numerusform>Reclassified %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::ConfigReader</name>
    <message>
        <source>应为对象</source>
        <translation>Expected an object</translation>
    </message>
    <message>
        <source>缺少必填字段</source>
        <translation>Required field missing</translation>
    </message>
</context>
<context>
    <name>portrait::ConfigRepository</name>
    <message>
        <source>%1 位客户使用了新配置中没有的自定义属性 %2</source>
        <translation>%1 customers use custom attribute %2, which the new configuration does not have</translation>
    </message>
    <message>
        <source>%1 位客户带有新配置中没有的标签「%2」</source>
        <translation>%1 customers carry label &quot;%2&quot;, which the new configuration does not have</translation>
    </message>
    <message>
        <source>%1 位客户的「%2」是新配置中没有的取值「%3」</source>
        <translation>%1 customers have the value &quot;%3&quot; for &quot;%2&quot;, which the new configuration does not allow</translation>
    </message>
    <message>
        <source>部门 %1 岗位「%2」：%3（%4，%5）</source>
        <translation>Department %1, position &quot;%2&quot;: %3 (%4, %5)</translation>
    </message>
    <message>
        <source>主责</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>协同</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>共创</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>portrait::ConfigValidator</name>
    <message>
        <source>代码「%1」不合规（字母或数字开头，只含字母、数字、. _ -，最多 32 个字符）</source>
        <translation>Invalid code &quot;%1&quot; (it must start with a letter or digit, contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, and have at most 32 characters)</translation>
    </message>
    <message>
        <source>代码 %1 重复</source>
        <translation>Duplicate code %1</translation>
    </message>
    <message>
        <source>未知的%1代码 %2</source>
        <translation>Unknown %1 code %2</translation>
    </message>
    <message>
        <source>%1 重复</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <source>「%1」不是可选值（可选：%2）</source>
        <translation>&quot;%1&quot; is not an allowed value (allowed: %2)</translation>
    </message>
    <message>
        <source>「%1」不是有效日期（YYYY-MM-DD）</source>
        <translation>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>未知的需求分组代码 %1</source>
        <translation>Unknown need group code %1</translation>
    </message>
    <message>
        <source>价值目标</source>
        <translation>value goal</translation>
    </message>
    <message>
        <source>生命周期阶段</source>
        <translation>lifecycle stage</translation>
    </message>
    <message>
        <source>未知的上级分类 %1</source>
        <translation>Unknown parent category %1</translation>
    </message>
    <message>
        <source>分类 %1 的上级形成了循环</source>
        <translation>The parents of category %1 form a cycle</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>need</translation>
    </message>
    <message>
        <source>标准属性 %1 的类型必须是 %2</source>
        <translation>Standard attribute %1 must have type %2</translation>
    </message>
    <message>
        <source>自定义属性的键「%1」须为小写字母开头的 a-z、0-9、_</source>
        <translation>Custom attribute key &quot;%1&quot; must consist of a-z, 0-9 and _ and start with a lower-case letter</translation>
    </message>
    <message>
        <source>枚举属性 %1 至少要有一个可选值</source>
        <translation>Enumeration attribute %1 needs at least one allowed value</translation>
    </message>
    <message>
        <source>最小值大于最大值</source>
        <translation>The minimum is greater than the maximum</translation>
    </message>
    <message>
        <source>缺少标准属性 %1</source>
        <translation>Standard attribute %1 is missing</translation>
    </message>
    <message>
        <source>标签「%1」重复或含有分隔符 ;</source>
        <translation>Label &quot;%1&quot; is a duplicate or contains the separator ;</translation>
    </message>
    <message>
        <source>未知的上级部门 %1</source>
        <translation>Unknown parent department %1</translation>
    </message>
    <message>
        <source>岗位「%1」重复</source>
        <translation>Duplicate position &quot;%1&quot;</translation>
    </message>
    <message>
        <source>优先级须为 1、2 或 3</source>
        <translation>Priority must be 1, 2 or 3</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>category</translation>
    </message>
    <message>
        <source>未知的部门代码 %1</source>
        <translation>Unknown department code %1</translation>
    </message>
    <message>
        <source>资源优势</source>
        <translation>resource advantage</translation>
    </message>
    <message>
        <source>部门 %1 没有岗位「%2」</source>
        <translation>Department %1 has no position &quot;%2&quot;</translation>
    </message>
    <message>
        <source>结果须为分类代码，「%1」不存在</source>
        <translation>The outcome must be a category code; &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>结果须为需求代码，「%1」不存在</source>
        <translation>The outcome must be a need code; &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>结果须为生命周期阶段代码或 null，「%1」不存在</source>
        <translation>The outcome must be a lifecycle stage code or null; &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>标签规则须有结果（标签名）</source>
        <translation>A label rule needs an outcome (the label name)</translation>
    </message>
    <message>
        <source>岗位「%1」服务的分类代码 %2 不存在</source>
        <translation>Category code %2 served by position &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>岗位「%1」的分类 %2 重复</source>
        <translation>Position &quot;%1&quot; lists category %2 twice</translation>
    </message>
</context>
<context>
    <name>portrait::CreateWorkshopToolkitCommand</name>
    <message>
        <source>%1 工具包</source>
        <translation>Toolkit: %1</translation>
    </message>
    <message>
        <source>痛点「%1」成为工具包候选</source>
        <translation>Make pain point &quot;%1&quot; a toolkit candidate</translation>
    </message>
    <message>
        <source>工具包候选：共创会「%1」（%2）票数最高的痛点之一（%3 票）：%4。</source>
        <translation>Toolkit candidate: one of the most-voted pain points (%3 votes) of workshop &quot;%1&quot; (%2): %4.</translation>
    </message>
    <message>
        <source>收集解决“%1”的最佳实践案例。</source>
        <translation>Collect best-practice cases that solve &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>把最佳实践固化为标准：流程、清单与时限。</source>
        <translation>Turn the best practices into a standard: process, checklist and time limits.</translation>
    </message>
    <message>
        <source>把标准做成场景化、傻瓜式的工具（模板、清单或表单）。</source>
        <translation>Turn the standard into foolproof, scenario-based tools (templates, checklists or forms).</translation>
    </message>
    <message>
        <source>在一线业务中试用，收集反馈。</source>
        <translation>Try them out in front-line work and collect feedback.</translation>
    </message>
    <message>
        <source>复盘效果，定期更新。</source>
        <translation>Review the results and update regularly.</translation>
    </message>
</context>
<context>
    <name>portrait::CsvReader</name>
    <message>
        <source>%1：文件不存在</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1：这是文件夹，不是 CSV 文件</source>
        <translation>%1: this is a folder, not a CSV file</translation>
    </message>
    <message>
        <source>%1：无法读取</source>
        <translation>%1: cannot read the file</translation>
    </message>
    <message>
        <source>%1:%2：%3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1：文件是空的</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1：文件是 UTF-16 编码，请另存为 UTF-8 或 GB18030 的 CSV</source>
        <translation>%1: the file is UTF-16 encoded; save it again as a UTF-8 or GB18030 CSV</translation>
    </message>
    <message>
        <source>%1：不是文本文件（含有二进制内容）</source>
        <translation>%1: not a text file (it contains binary data)</translation>
    </message>
    <message>
        <source>不是有效的 UTF-8 文本；文件可能是 GB18030 编码（请选择 GB18030）</source>
        <translation>Not valid UTF-8 text; the file may be GB18030 encoded (choose GB18030)</translation>
    </message>
    <message>
        <source>不是有效的 GB18030 文本；文件可能是 UTF-8 编码（请选择 UTF-8）</source>
        <translation>Not valid GB18030 text; the file may be UTF-8 encoded (choose UTF-8)</translation>
    </message>
    <message>
        <source>引号没有结束（从此行开始的字段一直到文件末尾）</source>
        <translation>Unclosed quote (the field that starts on this line runs to the end of the file)</translation>
    </message>
    <message>
        <source>这一条记录超过 %1 MB，不像是客户名单</source>
        <translation>This record is larger than %1 MB; the file does not look like a customer list</translation>
    </message>
</context>
<context>
    <name>portrait::CsvWriter</name>
    <message>
        <source>%1：无法写入：%2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1：有文字无法用 GB18030 表示</source>
        <translation>%1: some text cannot be represented in GB18030</translation>
    </message>
    <message>
        <source>%1：无法读取：%2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerCommands</name>
    <message>
        <source>行号,列,值,原因,级别</source>
        <translation>Row,Column,Value,Reason,Severity</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>用法：portrait-workbench customers import 工作区 文件 [选项]</source>
        <translation>Usage: portrait-workbench customers import WORKSPACE FILE [OPTIONS]</translation>
    </message>
    <message>
        <source>--encoding 须为 auto、utf-8 或 gb18030</source>
        <translation>--encoding must be auto, utf-8 or gb18030</translation>
    </message>
    <message>
        <source>--delimiter 须为 auto、,、;、| 或 tab</source>
        <translation>--delimiter must be auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab</translation>
    </message>
    <message>
        <source>--mode 须为 create、update 或 upsert</source>
        <translation>--mode must be create, update or upsert</translation>
    </message>
    <message>
        <source>--data-date 须为 YYYY-MM-DD</source>
        <translation>--data-date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>试运行：没有写入任何数据</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <source>导入批次 %1：</source>
        <translation>Import batch %1: </translation>
    </message>
    <message>
        <source>用法：portrait-workbench customers export 工作区 -o 文件.csv|文件.json [--encoding utf-8-bom|gb18030] [--headers keys|zh]</source>
        <translation>Usage: portrait-workbench customers export WORKSPACE -o FILE.csv|FILE.json [--encoding utf-8-bom|gb18030] [--headers keys|zh]</translation>
    </message>
    <message>
        <source>--encoding 须为 utf-8-bom 或 gb18030</source>
        <translation>--encoding must be utf-8-bom or gb18030</translation>
    </message>
    <message>
        <source>--headers 须为 keys 或 zh</source>
        <translation>--headers must be keys or zh</translation>
    </message>
    <message>
        <source>用法：portrait-workbench imports list 工作区 [--json]</source>
        <translation>Usage: portrait-workbench imports list WORKSPACE [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  新建 %4，更新 %5%6</source>
        <translation>%1  %2  %3  created %4, updated %5%6</translation>
    </message>
    <message>
        <source>（已撤销）</source>
        <translation> (reverted)</translation>
    </message>
    <message>
        <source>用法：portrait-workbench imports revert 工作区 批次号 [--force]</source>
        <translation>Usage: portrait-workbench imports revert WORKSPACE BATCH [--force]</translation>
    </message>
    <message>
        <source>已撤销导入批次 %1：删除 %2 位新建的客户，恢复 %3 位客户的原值</source>
        <translation>Reverted import batch %1: deleted %2 created customers and restored the previous values of %3 customers</translation>
    </message>
    <message>
        <source>用法：portrait-workbench generate --count N [--seed S] -o 文件.csv [--encoding utf-8|gb18030] [--headers keys|zh]</source>
        <translation>Usage: portrait-workbench generate --count N [--seed S] -o FILE.csv [--encoding utf-8|gb18030] [--headers keys|zh]</translation>
    </message>
    <message>
        <source>--encoding 须为 utf-8 或 gb18030</source>
        <translation>--encoding must be utf-8 or gb18030</translation>
    </message>
    <message>
        <source>%1:%2: %3「%4」%5：%6</source>
        <translation>%1:%2: %5: %3 &quot;%4&quot;: %6</translation>
    </message>
    <message numerus="yes">
        <source>（只列出前 %n 个问题）</source>
        <translation>
            <numerusform>(only the first problem is listed)</numerusform>
            <numerusform>(only the first %n problems are listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已重新分类 %n 位客户</source>
        <translation>
            <numerusform>Reclassified %n customer</numerusform>
            <numerusform>Reclassified %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 位客户到 %1</source>
        <translation>
            <numerusform>Exported %n customer to %1</numerusform>
            <numerusform>Exported %n customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>拒绝撤销：导入后又有 %n 位客户被修改（用 --force 仍然撤销）：</source>
        <translation>
            <numerusform>Revert refused: %n customer was changed after the import (use --force to revert anyway):</numerusform>
            <numerusform>Revert refused: %n customers were changed after the import (use --force to revert anyway):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 位客户到 %1</source>
        <translation>
            <numerusform>Generated %n customer into %1</numerusform>
            <numerusform>Generated %n customers into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::CustomerDetailPane</name>
    <message>
        <source>未选择客户</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>户号 %1</source>
        <translation>Customer number %1</translation>
    </message>
    <message>
        <source>在左侧表格中选择一位客户，这里显示并可修改他的全部属性。</source>
        <translation>Select a customer in the table on the left to see and edit all of its attributes here.</translation>
    </message>
    <message>
        <source>人工指定…</source>
        <translation>Set manually…</translation>
    </message>
    <message>
        <source>人工指定主类或生命周期阶段（需填写原因），优先于规则</source>
        <translation>Set the primary category or lifecycle stage by hand (a reason is required); it takes precedence over the rules</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>分类与解释</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>尚未分类</source>
        <translation>Not classified yet</translation>
    </message>
    <message>
        <source>人工指定</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>主类 %1 %2（%3）</source>
        <translation>Primary category %1 %2 (%3)</translation>
    </message>
    <message>
        <source> · 阶段 %1%2</source>
        <translation> · stage %1%2</translation>
    </message>
    <message>
        <source>（人工指定）</source>
        <translation> (manual)</translation>
    </message>
    <message>
        <source> · 信用 %1</source>
        <translation> · credit %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerExporter</name>
    <message>
        <source>未知的属性 %1</source>
        <translation>Unknown attribute %1</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export canceled</translation>
    </message>
    <message>
        <source>%1：无法写入：%2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerFilterDialog</name>
    <message>
        <source>筛选客户</source>
        <translation>Filter customers</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>如 10..100、&gt;=50、&lt;20</source>
        <translation>e.g. 10..100, &gt;=50, &lt;20</translation>
    </message>
    <message>
        <source>包含的文字</source>
        <translation>Contains text</translation>
    </message>
    <message>
        <source>应用筛选</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <source>全部清除</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>只显示满足全部条件的客户。留空的属性不参与筛选。</source>
        <translation>Only customers that meet all the conditions are shown. Attributes left empty do not filter.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>分类结果</source>
        <translation>Classification results</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerGenerator</name>
    <message>
        <source>已取消</source>
        <translation>Canceled</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerImporter</name>
    <message>
        <source>%1：前 %2 行里找不到表头（至少要有两列能对应到属性，如 户号、户名）</source>
        <translation>%1: no header row in the first %2 rows (at least two columns must match attributes, such as 户号 and 户名, or customer_no and name)</translation>
    </message>
    <message>
        <source>匹配键「%1」不是文本属性</source>
        <translation>Match key &quot;%1&quot; is not a text attribute</translation>
    </message>
    <message>
        <source>%1:%2：第 %3 列没有表头，无法知道它是什么数据</source>
        <translation>%1:%2: column %3 has no header, so there is no telling what it holds</translation>
    </message>
    <message>
        <source>忽略未识别的列「%1」</source>
        <translation>Ignored unrecognized column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1:%2：列「%3」和「%4」都对应属性 %5</source>
        <translation>%1:%2: columns &quot;%3&quot; and &quot;%4&quot; both map to attribute %5</translation>
    </message>
    <message>
        <source>%1：映射中的属性 %2 不存在</source>
        <translation>%1: attribute %2 in the mapping does not exist</translation>
    </message>
    <message>
        <source>%1:%2：缺少匹配键列「%3」</source>
        <translation>%1:%2: the match-key column &quot;%3&quot; is missing</translation>
    </message>
    <message>
        <source>%1:%2：缺少「户名」列，无法新建客户</source>
        <translation>%1:%2: there is no customer name (户名) column, so no customers can be created</translation>
    </message>
    <message>
        <source>匹配键「%1」在工作区里不唯一（如 %2），不能用来匹配</source>
        <translation>Match key &quot;%1&quot; is not unique in the workspace (e.g. %2), so it cannot be used for matching</translation>
    </message>
    <message>
        <source>与第 %1 行重复</source>
        <translation>Duplicate of row %1</translation>
    </message>
    <message>
        <source>工作区里没有这位客户（update 模式只更新）</source>
        <translation>Customer not in the workspace (update mode only updates)</translation>
    </message>
    <message>
        <source>缺少户名</source>
        <translation>Customer name missing</translation>
    </message>
    <message>
        <source>客户已存在（create 模式只新建）</source>
        <translation>Customer already exists (create mode only creates)</translation>
    </message>
    <message>
        <source>%1：文件只有表头，没有客户</source>
        <translation>%1: the file has a header but no customers</translation>
    </message>
    <message>
        <source>新标签加入标签字典：%1</source>
        <translation>New labels added to the label dictionary: %1</translation>
    </message>
    <message>
        <source>列数不符：应为 %1 列，实际 %2 列</source>
        <translation>Wrong number of columns: expected %1, found %2</translation>
    </message>
    <message>
        <source>缺少%1</source>
        <translation>Missing %1</translation>
    </message>
    <message>
        <source>%1：新属性「%2」的键须为小写字母开头的 a-z、0-9、_，类型须为 text、number、date 或 list</source>
        <translation>%1: new attribute &quot;%2&quot; needs a key of a-z, 0-9 and _ that starts with a lower-case letter, and a type of text, number, date or list</translation>
    </message>
    <message>
        <source>新建自定义属性 %1（%2）</source>
        <translation>Created custom attribute %1 (%2)</translation>
    </message>
    <message>
        <source>分类结果列（%1）由规则得出，不作为数据导入</source>
        <translation>Classification result columns (%1) are derived by the rules and are not imported as data</translation>
    </message>
    <message numerus="yes">
        <source>跳过表头前的 %n 行</source>
        <translation>
            <numerusform>Skipped %n line before the header</numerusform>
            <numerusform>Skipped %n lines before the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>有 %n 行错误，未写入任何数据（用 --skip-invalid 只导入有效的行）</source>
        <translation>
            <numerusform>%n row has errors; nothing was written (use --skip-invalid to import only the valid rows)</numerusform>
            <numerusform>%n rows have errors; nothing was written (use --skip-invalid to import only the valid rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::CustomerJsonReader</name>
    <message>
        <source>应为对象</source>
        <translation>Expected an object</translation>
    </message>
    <message>
        <source>未知的属性 %1</source>
        <translation>Unknown attribute %1</translation>
    </message>
    <message>
        <source>值的类型不对</source>
        <translation>Wrong value type</translation>
    </message>
    <message>
        <source>缺少必填字段</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <source>户号 %1 重复</source>
        <translation>Duplicate customer number %1</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerListActions</name>
    <message>
        <source>导入客户名单…</source>
        <translation>Import customer list…</translation>
    </message>
    <message>
        <source>导出当前视图…</source>
        <translation>Export current view…</translation>
    </message>
    <message>
        <source>导入历史…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>查找重复客户…</source>
        <translation>Find duplicate customers…</translation>
    </message>
    <message>
        <source>删除演示数据…</source>
        <translation>Delete demo data…</translation>
    </message>
    <message>
        <source>从 CSV 或 JSON 文件导入客户，可预览、试运行和撤销</source>
        <translation>Import customers from a CSV or JSON file, with preview, dry run and revert</translation>
    </message>
    <message>
        <source>按客户列表当前的筛选、排序和列导出为 CSV 或 JSON</source>
        <translation>Export the customer list as CSV or JSON, with its current filter, sort order and columns</translation>
    </message>
    <message>
        <source>查看导入批次，撤销一次导入</source>
        <translation>View the import batches and revert an import</translation>
    </message>
    <message>
        <source>查找写法不同的同一户号、同名同地区的客户，并合并</source>
        <translation>Find customers whose numbers differ only in how they are written, or that share name and region, and merge them</translation>
    </message>
    <message>
        <source>删除新工作区自带的演示客户</source>
        <translation>Delete the demo customers that come with a new workspace</translation>
    </message>
    <message>
        <source>已导入 %1：%2</source>
        <translation>Imported %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %Ln 位客户到 %1</source>
        <translation>
            <numerusform>Exported %Ln customer to %1</numerusform>
            <numerusform>Exported %Ln customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已删除 %Ln 位演示客户</source>
        <translation>
            <numerusform>Deleted %Ln demo customer</numerusform>
            <numerusform>Deleted %Ln demo customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::CustomerRepository</name>
    <message>
        <source>客户缺少户号或户名</source>
        <translation>Customer is missing its customer number or name</translation>
    </message>
</context>
<context>
    <name>portrait::CustomerTableModel</name>
    <message>
        <source>%1「%2」：%3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>户号 %1 已被另一位客户使用</source>
        <translation>Customer number %1 is already used by another customer</translation>
    </message>
    <message>
        <source>修改客户的「%1」</source>
        <translation>Edit customer attribute &quot;%1&quot;</translation>
    </message>
    <message>
        <source>户号和户名都不能为空</source>
        <translation>Neither customer number nor customer name can be empty</translation>
    </message>
    <message>
        <source>户号 %1 已存在</source>
        <translation>Customer number %1 already exists</translation>
    </message>
    <message>
        <source>新增客户 %1</source>
        <translation>Add customer %1</translation>
    </message>
    <message numerus="yes">
        <source>删除 %n 位客户</source>
        <translation>
            <numerusform>Delete %n customer</numerusform>
            <numerusform>Delete %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>主类</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>生命周期阶段</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <source>响应潜力</source>
        <translation>DR potential</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>%1（人工）</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（待分类）</source>
        <translation>(to be classified)</translation>
    </message>
    <message>
        <source>%1，规则 %2</source>
        <translation>%1, rule %2</translation>
    </message>
    <message>
        <source>分类结果（由规则得出，只读）</source>
        <translation>Classification results (derived by the rules; read-only)</translation>
    </message>
</context>
<context>
    <name>portrait::CustomersPanel</name>
    <message>
        <source>还没有客户 — 导入客户名单，或者逐个新增客户。</source>
        <translation>No customers yet — import a customer list, or add customers one by one.</translation>
    </message>
    <message>
        <source>导入客户名单…</source>
        <translation>Import customer list…</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>工作区中的全部客户。点击列标题排序，双击单元格修改；右侧显示所选客户的全部属性。</source>
        <translation>All customers in the workspace. Click a column header to sort and double-click a cell to edit it; the right side shows all attributes of the selected customer.</translation>
    </message>
    <message>
        <source>搜索户号或户名…</source>
        <translation>Search customer number or name…</translation>
    </message>
    <message>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>新增客户…</source>
        <translation>Add customer…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 / %2 户</source>
        <translation>%1 / %2 customers</translation>
    </message>
    <message>
        <source>新增客户</source>
        <translation>Add customer</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Customer name</translation>
    </message>
    <message numerus="yes">
        <source>选中的 %n 位客户</source>
        <translation>
            <numerusform>%n selected customer</numerusform>
            <numerusform>%n selected customers</numerusform>
        </translation>
    </message>
    <message>
        <source>按企业</source>
        <translation>By enterprise</translation>
    </message>
    <message>
        <source>列出有多个户号的企业（共用统一社会信用代码），只看其中一家的户号</source>
        <translation>List the enterprises that hold several accounts (sharing a unified social credit code) and show the accounts of one of them</translation>
    </message>
    <message>
        <source>取消下钻，显示全部客户</source>
        <translation>Clear the drill-down and show all customers</translation>
    </message>
    <message>
        <source>下钻：%1</source>
        <translation>Drill-down: %1</translation>
    </message>
    <message numerus="yes">
        <source>共 %Ln 户</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::Database</name>
    <message>
        <source>%1：文件不存在</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1：文件已存在，不会覆盖</source>
        <translation>%1: the file already exists and will not be overwritten</translation>
    </message>
    <message>
        <source>%1：这是一个文件夹，不是工作区文件</source>
        <translation>%1: this is a folder, not a workspace file</translation>
    </message>
    <message>
        <source>%1：工作区正被另一个程序使用（已锁定），请关闭它后重试</source>
        <translation>%1: the workspace is in use by another program (locked); close it and try again</translation>
    </message>
    <message>
        <source>%1：工作区是只读的，无法写入</source>
        <translation>%1: the workspace is read-only and cannot be written</translation>
    </message>
    <message>
        <source>%1：不是工作区文件（不是 SQLite 数据库）</source>
        <translation>%1: not a workspace file (not an SQLite database)</translation>
    </message>
    <message>
        <source>%1：工作区文件已损坏</source>
        <translation>%1: the workspace file is damaged</translation>
    </message>
    <message>
        <source>%1：无法打开文件（路径或权限问题）</source>
        <translation>%1: cannot open the file (a path or permission problem)</translation>
    </message>
    <message>
        <source>%1：磁盘已满</source>
        <translation>%1: the disk is full</translation>
    </message>
    <message>
        <source>%1：违反数据约束：%2</source>
        <translation>%1: data constraint violated: %2</translation>
    </message>
    <message>
        <source>%1：数据库错误：%2</source>
        <translation>%1: database error: %2</translation>
    </message>
    <message>
        <source>%1：无法写入副本：%2</source>
        <translation>%1: cannot write the copy: %2</translation>
    </message>
    <message>
        <source>%1：无法替换已有文件</source>
        <translation>%1: cannot replace the existing file</translation>
    </message>
    <message>
        <source>%1：无法写入副本</source>
        <translation>%1: cannot write the copy</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>portrait::DeleteConfirmation</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除「%1」？</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>可以用“编辑 → 撤销”恢复。</source>
        <translation>You can restore it with Edit → Undo.</translation>
    </message>
    <message numerus="yes">
        <source>……另有 %n 处</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>以下 %n 处引用了它，删除后这些关联将一并移除（可以撤销）：</source>
        <translation>
            <numerusform>It is referenced in the following place; deleting it also removes this link (you can undo this):</numerusform>
            <numerusform>It is referenced in the following %n places; deleting it also removes these links (you can undo this):</numerusform>
        </translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>portrait::DemoDataRemoval</name>
    <message>
        <source>删除演示数据</source>
        <translation>Delete demo data</translation>
    </message>
    <message>
        <source>工作区里没有演示数据。</source>
        <translation>The workspace has no demo data.</translation>
    </message>
    <message>
        <source>导入的和手工新增的客户不受影响。删除后可以撤销（编辑 ▸ 撤销）。</source>
        <translation>Imported and manually added customers are not affected. You can undo the removal (Edit ▸ Undo).</translation>
    </message>
    <message numerus="yes">
        <source>删除 %Ln 位演示客户（标记为“演示数据”的示例客户）？</source>
        <translation>
            <numerusform>Delete %Ln demo customer (a sample customer marked as demo data)?</numerusform>
            <numerusform>Delete %Ln demo customers (the sample customers marked as demo data)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>删除 %Ln 位演示客户</source>
        <translation>
            <numerusform>Delete %Ln demo customer</numerusform>
            <numerusform>Delete %Ln demo customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::DepartmentsPanel</name>
    <message>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>部门类型</source>
        <translation>Department type</translation>
    </message>
    <message>
        <source>还没有部门 — 新增第一个部门</source>
        <translation>No departments yet — add the first department</translation>
    </message>
    <message>
        <source>新增部门…</source>
        <translation>Add department…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>部门与服务</source>
        <translation>Departments and services</translation>
    </message>
    <message>
        <source>每个部门有自己的岗位、负责的客户范围和服务目录。部门画像按客户范围汇总客户，按服务目录判断需求是否被覆盖。</source>
        <translation>Each department has its own positions, customer scope and service catalog. A department&apos;s portrait gathers the customers in its scope and checks against its service catalog whether their needs are covered.</translation>
    </message>
    <message>
        <source>勾选本部门负责服务的客户分类。部门画像只统计这些分类中的客户。</source>
        <translation>Check the customer categories this department serves. The department&apos;s portrait counts only the customers in these categories.</translation>
    </message>
    <message>
        <source>部门与岗位</source>
        <translation>Department and positions</translation>
    </message>
    <message>
        <source>客户范围</source>
        <translation>Customer scope</translation>
    </message>
    <message>
        <source>服务目录</source>
        <translation>Service catalog</translation>
    </message>
    <message>
        <source>新岗位</source>
        <translation>New position</translation>
    </message>
    <message>
        <source>新增岗位</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>服务目录（%1）</source>
        <translation>Service catalog (%1)</translation>
    </message>
</context>
<context>
    <name>portrait::DuplicateGroupModel</name>
    <message>
        <source>同一户号的不同写法</source>
        <translation>One customer number, written differently</translation>
    </message>
    <message>
        <source>同名同地区、无信用代码</source>
        <translation>Same name and region, no credit code</translation>
    </message>
    <message>
        <source>%1  ·  %2 户
%3</source>
        <translation>%1  ·  %2 customers
%3</translation>
    </message>
    <message>
        <source>这些户号去掉前导零或科学计数法后相同，多半是 Excel 改写了同一个户号</source>
        <translation>These customer numbers are identical once leading zeros or scientific notation are removed; most likely Excel rewrote one customer number</translation>
    </message>
    <message>
        <source>这些客户名称（忽略空格、全角和“有限责任公司/有限公司”）与地区相同，且都没有统一社会信用代码</source>
        <translation>These customers have the same name (ignoring spaces, full-width characters and 有限责任公司/有限公司) and the same region, and none has a unified social credit code</translation>
    </message>
</context>
<context>
    <name>portrait::DuplicatesDialog</name>
    <message>
        <source>重新查找</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>没有找到疑似重复的客户。
共用统一社会信用代码的户号是同一企业的多个账户，不算重复。</source>
        <translation>No likely duplicates found.
Customer numbers that share a unified social credit code are several accounts of one enterprise, not duplicates.</translation>
    </message>
    <message>
        <source>只显示不同的属性</source>
        <translation>Show only differing attributes</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>查找重复客户</source>
        <translation>Find duplicate customers</translation>
    </message>
    <message>
        <source>保留的客户</source>
        <translation>Customer to keep</translation>
    </message>
    <message>
        <source>在每一行点选合并后要保留的值；合并后其余客户被删除，可用 Ctrl+Z 撤销。</source>
        <translation>In each row, click the value to keep; after the merge the other customers are deleted (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>查找失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>没有疑似重复的客户。</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message>
        <source>%1 组疑似重复，涉及 %2 位客户。</source>
        <translation>%1 groups of likely duplicates, involving %2 customers.</translation>
    </message>
    <message>
        <source>正在查找疑似重复的客户…</source>
        <translation>Looking for likely duplicates…</translation>
    </message>
    <message>
        <source>在左侧选择一组疑似重复的客户。</source>
        <translation>Select a group of likely duplicates on the left.</translation>
    </message>
    <message>
        <source>%1：%2（%3 位客户，%4 项属性不同）</source>
        <translation>%1: %2 (%3 customers, %4 attributes differ)</translation>
    </message>
    <message>
        <source>未能合并：%1</source>
        <translation>Could not merge: %1</translation>
    </message>
    <message>
        <source>已合并。还有 %1 组疑似重复（Ctrl+Z 撤销合并）。</source>
        <translation>Merged. %1 groups of likely duplicates remain (Ctrl+Z undoes the merge).</translation>
    </message>
    <message numerus="yes">
        <source>合并这 %n 位客户</source>
        <translation>
            <numerusform>Merge this customer</numerusform>
            <numerusform>Merge these %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>合并 %n 位重复客户</source>
        <translation>
            <numerusform>Merge %n duplicate customer</numerusform>
            <numerusform>Merge %n duplicate customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::EnterpriseListModel</name>
    <message>
        <source>%1
统一社会信用代码 %2 · %3 个户号</source>
        <translation>%1
Unified social credit code %2 · %3 accounts</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>portrait::EnterprisePane</name>
    <message>
        <source>没有共用统一社会信用代码的户号。
同一企业的多个户号会列在这里。</source>
        <translation>No customer numbers share a unified social credit code.
When one enterprise holds several accounts, they are listed here.</translation>
    </message>
    <message>
        <source>搜索企业或信用代码…</source>
        <translation>Search enterprise or credit code…</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>不按企业筛选</source>
        <translation>Do not filter by enterprise</translation>
    </message>
    <message>
        <source>按企业</source>
        <translation>By enterprise</translation>
    </message>
    <message>
        <source>%1 家企业有多个户号</source>
        <translation>%1 enterprises hold several accounts</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>portrait::EntityKindCountModel</name>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation>Entity kind</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>portrait::Explainer</name>
    <message>
        <source>规则条件无法解析</source>
        <translation>The rule condition cannot be parsed</translation>
    </message>
    <message>
        <source>主类为手工指定：%1（%2，%3）</source>
        <translation>Primary category set by hand: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>阶段为手工指定：%1（%2，%3）</source>
        <translation>Stage set by hand: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>内部客户不参与信用等级、需求响应潜力和需求规则</source>
        <translation>Internal customers are exempt from the credit-grade, demand-response and need rules</translation>
    </message>
</context>
<context>
    <name>portrait::ExplanationModel</name>
    <message>
        <source>没有这位客户</source>
        <translation>No such customer</translation>
    </message>
    <message>
        <source>值缺失</source>
        <translation>value missing</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>全部满足</source>
        <translation>All of</translation>
    </message>
    <message>
        <source>任一满足</source>
        <translation>Any of</translation>
    </message>
    <message>
        <source>不满足</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>成立</source>
        <translation>matched</translation>
    </message>
    <message>
        <source>不成立</source>
        <translation>not matched</translation>
    </message>
    <message>
        <source>主类</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>人工指定</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>主类 %1（人工指定）</source>
        <translation>Primary category %1 (manual)</translation>
    </message>
    <message>
        <source>规则 %1 %2</source>
        <translation>Rule %1 %2</translation>
    </message>
    <message>
        <source>第一条成立的规则</source>
        <translation>First rule that holds</translation>
    </message>
    <message>
        <source>主类 %1（规则 %2）</source>
        <translation>Primary category %1 (rule %2)</translation>
    </message>
    <message>
        <source>主类 %1</source>
        <translation>Primary category %1</translation>
    </message>
    <message>
        <source>不成立（数据缺失）</source>
        <translation>not matched (data missing)</translation>
    </message>
    <message>
        <source>缺失的属性</source>
        <translation>Missing attributes</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <source>响应潜力</source>
        <translation>DR potential</translation>
    </message>
    <message>
        <source>生命周期阶段</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>不参与生命周期（已销户）</source>
        <translation>Out of the lifecycle (closed account)</translation>
    </message>
    <message>
        <source>%1（人工指定：%2）</source>
        <translation>%1 (manual: %2)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>分类与依据</source>
        <translation>Classification and basis</translation>
    </message>
    <message>
        <source>客户的值 / 结果</source>
        <translation>Customer value / outcome</translation>
    </message>
    <message numerus="yes">
        <source>之前未满足的规则（%n 条）</source>
        <translation>
            <numerusform>Earlier rule not met (%n)</numerusform>
            <numerusform>Earlier rules not met (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>需求（继承自分类）</source>
        <translation>Need (inherited from the category)</translation>
    </message>
</context>
<context>
    <name>portrait::ExportViewDialog</name>
    <message>
        <source>导出当前视图</source>
        <translation>Export current view</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>将按客户列表当前的筛选和排序导出 &lt;b&gt;%1&lt;/b&gt; 位客户、当前显示的 &lt;b&gt;%2&lt;/b&gt; 列。</source>
        <translation>Exports &lt;b&gt;%1&lt;/b&gt; customers and the &lt;b&gt;%2&lt;/b&gt; columns shown, with the current filter and sort order of the customer list.</translation>
    </message>
    <message>
        <source>%1-客户.csv</source>
        <translation>%1-customers.csv</translation>
    </message>
    <message>
        <source>当前视图没有客户 — 清除筛选或搜索后再导出。</source>
        <translation>The current view has no customers — clear the filter or search, then export.</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>请选择保存的位置。</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>已取消导出，没有写入文件。</source>
        <translation>Export canceled; no file was written.</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>portrait::FileWriter</name>
    <message>
        <source>%1：无法写入：%2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>portrait::HeaderMapping</name>
    <message>
        <source>应为属性键或 null</source>
        <translation>should be an attribute key or null</translation>
    </message>
</context>
<context>
    <name>portrait::ImportBatchModel</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>新建或更新</source>
        <translation>Create or update</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <source>撤销于 %1</source>
        <translation>Reverted on %1</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>portrait::ImportBatchRepository</name>
    <message>
        <source>没有编号为 %1 的导入批次</source>
        <translation>No import batch with ID %1</translation>
    </message>
    <message>
        <source>导入批次 %1 已于 %2 撤销</source>
        <translation>Import batch %1 was already reverted on %2</translation>
    </message>
</context>
<context>
    <name>portrait::ImportFilePage</name>
    <message>
        <source>选择客户名单文件</source>
        <translation>Choose the customer list file</translation>
    </message>
    <message>
        <source>营销系统导出的 CSV（UTF-8 或 GB18030，Excel 另存的也可以），或本工作台导出的 JSON。</source>
        <translation>A CSV file exported from the marketing system (UTF-8 or GB18030; a CSV saved from Excel works too), or a JSON file exported from this workbench.</translation>
    </message>
    <message>
        <source>客户名单 (*.csv *.txt *.json);;所有文件 (*)</source>
        <translation>Customer lists (*.csv *.txt *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>portrait::ImportHistoryDialog</name>
    <message>
        <source>还没有导入过客户名单 — 用“文件 → 导入客户名单…”导入。</source>
        <translation>No customer list has been imported yet — use File → Import customer list….</translation>
    </message>
    <message>
        <source>导入客户名单…</source>
        <translation>Import customer list…</translation>
    </message>
    <message>
        <source>撤销此次导入…</source>
        <translation>Revert this import…</translation>
    </message>
    <message>
        <source>导入历史</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>每次导入都是一个批次。撤销一个批次会删除它新建的客户，并把它更新过的属性恢复为导入前的值。</source>
        <translation>Each import is a batch. Reverting a batch deletes the customers it created and restores the attributes it updated to their values before the import.</translation>
    </message>
    <message>
        <source>撤销此次导入</source>
        <translation>Revert this import</translation>
    </message>
    <message>
        <source>撤销导入批次 %1（%2）？
将删除它新建的 %3 位客户，恢复它更新的 %4 位客户的原值。</source>
        <translation>Revert import batch %1 (%2)?
The %3 customers it created will be deleted, and the %4 customers it updated will get their previous values back.</translation>
    </message>
    <message>
        <source>正在撤销导入批次 %1…</source>
        <translation>Reverting import batch %1…</translation>
    </message>
    <message>
        <source>导入批次 %1 之后，又有 %2 位客户被修改（后来的导入或手工修改）。仍然撤销会覆盖这些修改。</source>
        <translation>Since import batch %1, %2 customers have been changed (by later imports or by hand). Reverting anyway overwrites these changes.</translation>
    </message>
    <message>
        <source>被修改的客户（户号）：
</source>
        <translation>Changed customers (customer numbers):
</translation>
    </message>
    <message>
        <source>修改过的户号：%1</source>
        <translation>Changed customer numbers: %1</translation>
    </message>
    <message>
        <source>仍然撤销</source>
        <translation>Revert anyway</translation>
    </message>
    <message>
        <source>已撤销导入批次 %1：删除 %2 位新建的客户，恢复 %3 位客户的原值。</source>
        <translation>Reverted import batch %1: deleted %2 created customers and restored the previous values of %3 customers.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>……共 %n 位</source>
        <translation>
            <numerusform>…%n in all</numerusform>
            <numerusform>…%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::ImportIssueModel</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
</context>
<context>
    <name>portrait::ImportMappingModel</name>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>新建自定义属性…</source>
        <translation>New custom attribute…</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <source>列「%1」的新属性键「%2」无效：请用小写英文字母开头，只含小写字母、数字和下划线</source>
        <translation>Column &quot;%1&quot;: the new attribute key &quot;%2&quot; is invalid; it must start with a lower-case letter and contain only lower-case letters, digits and underscores</translation>
    </message>
    <message>
        <source>列「%1」的新属性键「%2」已在属性字典中，请直接选择该属性</source>
        <translation>Column &quot;%1&quot;: the new attribute key &quot;%2&quot; is already in the attribute dictionary; choose that attribute instead</translation>
    </message>
    <message>
        <source>属性「%1」对应了不止一列，请把其中一列改为忽略</source>
        <translation>Attribute &quot;%1&quot; is mapped to more than one column; set the extra columns to Ignore</translation>
    </message>
    <message>
        <source>至少要有两列对应到属性（如 户号 和 户名）</source>
        <translation>At least two columns must be mapped to attributes (such as customer number and customer name)</translation>
    </message>
    <message>
        <source>（第 %1 列，无表头）</source>
        <translation>(column %1, no header)</translation>
    </message>
    <message>
        <source>新属性的键：小写英文字母开头，如 contact_person</source>
        <translation>Key of the new attribute: starts with a lower-case letter, e.g. contact_person</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>示例值</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>对应属性</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>新属性键</source>
        <translation>New attribute key</translation>
    </message>
    <message>
        <source>新属性类型</source>
        <translation>New attribute type</translation>
    </message>
</context>
<context>
    <name>portrait::ImportMappingPage</name>
    <message>
        <source>制表符</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>分号</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>竖线</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>逗号</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>检查列的对应关系</source>
        <translation>Check the column mapping</translation>
    </message>
    <message>
        <source>每一列对应到属性字典中的一个属性。点击“对应属性”修改；不需要的列选“忽略”，字典里没有的可以“新建自定义属性”。</source>
        <translation>Each column maps to one attribute of the attribute dictionary. Click &quot;Maps to&quot; to change it; choose &quot;Ignore&quot; for columns you do not need, or &quot;New custom attribute…&quot; for data the dictionary does not have.</translation>
    </message>
    <message>
        <source>加载映射…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <source>保存映射…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <source>用以前保存的列对应关系（.json）</source>
        <translation>Use a column mapping saved earlier (.json)</translation>
    </message>
    <message>
        <source>保存这次的列对应关系，下次导入同一系统的文件时直接加载</source>
        <translation>Save this column mapping, to load it the next time you import a file from the same system</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · 表头在第 %2 行 · 预览 %3 行</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · header on row %2 · %3 rows previewed</translation>
    </message>
    <message>
        <source> · 编码 %1 · 分隔符 %2</source>
        <translation> · encoding %1 · delimiter: %2</translation>
    </message>
    <message>
        <source>全部 %1 列都已对应到属性。</source>
        <translation>All %1 columns are mapped to attributes.</translation>
    </message>
    <message>
        <source>%1 列已对应到属性，%2 列将忽略。</source>
        <translation>%1 columns are mapped to attributes; %2 will be ignored.</translation>
    </message>
    <message>
        <source>保存映射</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>列映射 (*.json)</source>
        <translation>Column mappings (*.json)</translation>
    </message>
    <message>
        <source>加载映射</source>
        <translation>Load mapping</translation>
    </message>
</context>
<context>
    <name>portrait::ImportOptionsPage</name>
    <message>
        <source>导入选项</source>
        <translation>Import options</translation>
    </message>
    <message>
        <source>每次导入都记为一个批次，之后可以在“工具 → 导入历史”里整个撤销。</source>
        <translation>Each import is recorded as a batch, which you can later revert as a whole in Tools → Import history.</translation>
    </message>
    <message>
        <source>文件：%1
工作区现有 %2 位客户。</source>
        <translation>File: %1
The workspace has %2 customers.</translation>
    </message>
    <message>
        <source>文件中没有可作匹配键的列（如 户号）。请回到上一步，把户号列对应到“户号”属性。</source>
        <translation>The file has no column that can serve as the match key (such as the customer number). Go back one step and map the customer-number column to the &quot;Customer number&quot; attribute.</translation>
    </message>
</context>
<context>
    <name>portrait::ImportReport</name>
    <message>
        <source>新建 %1，更新 %2，未变 %3，拒绝 %4，警告 %5</source>
        <translation>Created %1, updated %2, unchanged %3, rejected %4, warnings %5</translation>
    </message>
</context>
<context>
    <name>portrait::ImportResultPage</name>
    <message>
        <source>保存问题列表…</source>
        <translation>Save problem list…</translation>
    </message>
    <message>
        <source>正式导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>修改选项</source>
        <translation>Change options</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>Nothing imported: %1</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Canceled; nothing was written.</translation>
    </message>
    <message>
        <source>试运行完成，没有写入任何数据。</source>
        <translation>Dry run finished; nothing was written.</translation>
    </message>
    <message>
        <source>导入完成（批次 %1）。</source>
        <translation>Import finished (batch %1).</translation>
    </message>
    <message>
        <source>试运行：%1</source>
        <translation>Dry run: %1</translation>
    </message>
    <message>
        <source>正式导入有效的行</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <source>可以在“工具 → 导入历史”里撤销这次导入。</source>
        <translation>You can revert this import in Tools → Import history.</translation>
    </message>
    <message>
        <source>保存问题列表</source>
        <translation>Save problem list</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>检查了整个文件。确认无误后点“正式导入”，或修改选项后再试。</source>
        <translation>The whole file has been checked. If everything is right, click &quot;Import&quot;; otherwise change the options and try again.</translation>
    </message>
    <message>
        <source>工作区没有改变。可以保存问题列表，修正文件或修改选项后再导入。</source>
        <translation>The workspace is unchanged. You can save the problem list, then correct the file or change the options and import again.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>只列出前 %n 个问题</source>
        <translation>
            <numerusform>Only the first problem is listed</numerusform>
            <numerusform>Only the first %n problems are listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::ImportRunPage</name>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>停止导入；已读的部分全部撤回，工作区保持导入前的样子</source>
        <translation>Stop the import; everything read so far is rolled back and the workspace stays as it was before</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Canceling…</translation>
    </message>
    <message>
        <source>正在试运行</source>
        <translation>Dry run in progress</translation>
    </message>
    <message>
        <source>检查整个文件，不写入任何数据。</source>
        <translation>Checking the whole file without writing anything.</translation>
    </message>
    <message>
        <source>导入在后台进行，可以随时取消；取消后工作区保持导入前的样子。</source>
        <translation>The import runs in the background and can be canceled at any time; the workspace then stays as it was before the import.</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>已读取 %1 / %2%3</source>
        <translation>Read %1 of %2%3</translation>
    </message>
    <message>
        <source>（%1/秒）</source>
        <translation> (%1/s)</translation>
    </message>
</context>
<context>
    <name>portrait::ImportWizard</name>
    <message>
        <source>导入客户名单</source>
        <translation>Import customer list</translation>
    </message>
    <message>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>portrait::JsonRecords</name>
    <message>
        <source>%1：JSON 文件太大（上限 %2 MB），大名单请用 CSV</source>
        <translation>%1: the JSON file is too large (limit %2 MB); use CSV for large lists</translation>
    </message>
    <message>
        <source>%1：无法读取</source>
        <translation>%1: cannot read the file</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>Expected an object</translation>
    </message>
    <message>
        <source>值不能是对象</source>
        <translation>The value cannot be an object</translation>
    </message>
</context>
<context>
    <name>portrait::JsonSource</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>数组</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>text</translation>
    </message>
    <message>
        <source>布尔值</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>%1：文件太大（%2 MB），上限 %3 MB</source>
        <translation>%1: the file is too large (%2 MB); the limit is %3 MB</translation>
    </message>
    <message>
        <source>%1：嵌套超过 %2 层，拒绝读取</source>
        <translation>%1: nested more than %2 levels deep; not read</translation>
    </message>
    <message>
        <source>%1：文件是空的，不是 JSON</source>
        <translation>%1: the file is empty, not JSON</translation>
    </message>
    <message>
        <source>%1:%2:%3：JSON 格式错误（%4）</source>
        <translation>%1:%2:%3: JSON syntax error (%4)</translation>
    </message>
    <message>
        <source>%1：文件不存在</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1：无法读取：%2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>应为 JSON 对象，实际是%1</source>
        <translation>Expected a JSON object, got %1</translation>
    </message>
    <message>
        <source>应为 &quot;%1&quot;，实际是 &quot;%2&quot;</source>
        <translation>Expected &quot;%1&quot;, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>缺少整数版本号</source>
        <translation>Integer version number missing</translation>
    </message>
    <message>
        <source>不支持的版本 %1（本程序读取版本 %2）</source>
        <translation>Unsupported version %1 (this program reads version %2)</translation>
    </message>
    <message>
        <source>缺少必填字段</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <source>应为对象，实际是%1</source>
        <translation>Expected an object, got %1</translation>
    </message>
    <message>
        <source>应为数组，实际是%1</source>
        <translation>Expected an array, got %1</translation>
    </message>
    <message>
        <source>应为文本，实际是%1</source>
        <translation>Expected text, got %1</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>应为数字，实际是%1</source>
        <translation>Expected a number, got %1</translation>
    </message>
    <message>
        <source>应为整数，实际是%1</source>
        <translation>Expected an integer, got %1</translation>
    </message>
    <message>
        <source>应为 true 或 false，实际是%1</source>
        <translation>Expected true or false, got %1</translation>
    </message>
    <message>
        <source>%1：%2：%3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>portrait::Language</name>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>portrait::LifecyclePanel</name>
    <message>
        <source>新增阶段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>还没有生命周期阶段 — 新增第一个阶段</source>
        <translation>No lifecycle stages yet — add the first stage</translation>
    </message>
    <message>
        <source>新增阶段…</source>
        <translation>Add stage…</translation>
    </message>
    <message>
        <source>生命周期</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>客户所处的生命周期阶段，按先后排列。每个阶段写明客户处境与陪伴重点，部门画像的“生命周期陪伴”据此判断覆盖缺口。</source>
        <translation>The lifecycle stages a customer goes through, in order. Each stage states the customer&apos;s situation and the companionship focus; the &quot;Lifecycle companionship&quot; view of a department portrait uses them to find coverage gaps.</translation>
    </message>
</context>
<context>
    <name>portrait::LinkCheckModel</name>
    <message>
        <source>修改 %1 的关联</source>
        <translation>Edit links of %1</translation>
    </message>
</context>
<context>
    <name>portrait::MainWindow</name>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>分类体系</source>
        <translation>Taxonomy</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>部门与服务</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>需求与价值</source>
        <translation>Needs and values</translation>
    </message>
    <message>
        <source>生命周期</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>属性字典</source>
        <translation>Attribute dictionary</translation>
    </message>
    <message>
        <source>部门画像</source>
        <translation>Portraits</translation>
    </message>
    <message>
        <source>共创会</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>还没有打开工作区 — 打开一个工作区，或用“文件 → 新建工作区”创建一个带默认分类体系、部门和服务目录的工作区。</source>
        <translation>No workspace is open — open a workspace, or use File → New workspace to create one with the default taxonomy, departments and service catalog.</translation>
    </message>
    <message>
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <source>客户画像工作台</source>
        <translation>Customer Portrait Workbench</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <source>保存副本…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言已保存，重新启动程序后生效。</source>
        <translation>The interface language has been saved; it takes effect when you restart the program.</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于客户画像工作台</source>
        <translation>About Customer Portrait Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;客户画像工作台 %1&lt;/h3&gt;&lt;p&gt;面向供电企业的客户分类、部门客户画像与服务匹配工具。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Customer Portrait Workbench %1&lt;/h3&gt;&lt;p&gt;Customer classification, department customer portraits and service matching for power supply companies.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — 客户画像工作台</source>
        <translation>%1 — Customer Portrait Workbench</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>未打开工作区</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>%1 户 · 数据日期 %2 · 就绪</source>
        <translation>%1 customers · data date %2 · ready</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>未能保存修改：%1</source>
        <translation>Could not save the change: %1</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>工作区 (%1)</source>
        <translation>Workspaces (%1)</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>保存副本</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>已保存副本：%1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>portrait::MasterDetailPane</name>
    <message>
        <source>在左侧选择一项，即可在这里查看和修改。</source>
        <translation>Select an item on the left to view and edit it here.</translation>
    </message>
    <message>
        <source>新增 %1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message>
        <source>删除 %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>portrait::MergeChoiceModel</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>各客户的值不同，请选择合并后保留的值</source>
        <translation>The customers&apos; values differ; choose the value to keep after the merge</translation>
    </message>
    <message>
        <source>各客户的值相同</source>
        <translation>All the customers have the same value</translation>
    </message>
    <message>
        <source>%1%2
%3</source>
        <translation>%1%2
%3</translation>
    </message>
    <message>
        <source>★ 保留 · </source>
        <translation>★ Keep · </translation>
    </message>
</context>
<context>
    <name>portrait::NeedsPanel</name>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>价值目标</source>
        <translation>Value goals</translation>
    </message>
    <message>
        <source>资源优势</source>
        <translation>Resource advantages</translation>
    </message>
    <message>
        <source>需求与价值</source>
        <translation>Needs and values</translation>
    </message>
    <message>
        <source>客户需求对应价值目标与生命周期阶段；资源优势是公司用来满足需求的能力。服务目录与部门画像都引用这里的代码。</source>
        <translation>Customer needs map to value goals and lifecycle stages; resource advantages are the company&apos;s means of meeting those needs. The service catalog and the department portraits refer to the codes defined here.</translation>
    </message>
    <message>
        <source>新增需求</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>还没有需求 — 新增第一个需求</source>
        <translation>No needs yet — add the first need</translation>
    </message>
    <message>
        <source>新增需求…</source>
        <translation>Add need…</translation>
    </message>
    <message>
        <source>（未分组）</source>
        <translation>(ungrouped)</translation>
    </message>
    <message>
        <source>新增价值目标</source>
        <translation>Add value goal</translation>
    </message>
    <message>
        <source>还没有价值目标 — 新增第一个价值目标</source>
        <translation>No value goals yet — add the first value goal</translation>
    </message>
    <message>
        <source>新增价值目标…</source>
        <translation>Add value goal…</translation>
    </message>
    <message>
        <source>新增资源优势</source>
        <translation>Add resource advantage</translation>
    </message>
    <message>
        <source>还没有资源优势 — 新增第一项</source>
        <translation>No resource advantages yet — add the first one</translation>
    </message>
    <message>
        <source>新增资源优势…</source>
        <translation>Add resource advantage…</translation>
    </message>
</context>
<context>
    <name>portrait::NewItemDialog</name>
    <message>
        <source>键</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>键只能由小写字母、数字和下划线组成，并以字母开头。</source>
        <translation>A key may contain only lower-case letters, digits and underscores, and must start with a letter.</translation>
    </message>
    <message>
        <source>代码只能由字母、数字和 . _ - 组成，并以字母或数字开头。</source>
        <translation>A code may contain only letters, digits and . _ -, and must start with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 已存在，请换一个。</source>
        <translation>%1 already exists; choose another.</translation>
    </message>
    <message>
        <source>请填写名称。</source>
        <translation>Please enter a name.</translation>
    </message>
</context>
<context>
    <name>portrait::OverrideDialog</name>
    <message>
        <source>人工指定分类</source>
        <translation>Manual classification</translation>
    </message>
    <message>
        <source>主类</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>生命周期阶段</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>例如：现场核实为储能电站（必填）</source>
        <translation>e.g. verified on site as a storage station (required)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>人工指定的值优先于规则，重新分类后仍然保留，并在解释中注明。选择「按规则（取消人工指定）」可恢复由规则判定。</source>
        <translation>A manual value takes precedence over the rules, survives reclassification and is noted in the explanation. Choose &quot;By rule (remove manual value)&quot; to let the rules decide again.</translation>
    </message>
    <message>
        <source>指定项</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>按规则（取消人工指定）</source>
        <translation>By rule (remove manual value)</translation>
    </message>
    <message>
        <source>人工指定%1</source>
        <translation>Set manually: %1</translation>
    </message>
    <message>
        <source>取消人工指定%1</source>
        <translation>Remove manual value: %1</translation>
    </message>
</context>
<context>
    <name>portrait::OverviewPanel</name>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>工作区的基本情况和接下来可以做的事。</source>
        <translation>The workspace at a glance, and what to do next.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>客户分类</source>
        <translation>Customer categories</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>分类规则</source>
        <translation>Classification rules</translation>
    </message>
    <message>
        <source>数据日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>客户主体类型分布</source>
        <translation>Customers by entity kind</translation>
    </message>
    <message>
        <source>还没有客户 — 导入客户名单后，这里显示各类客户的数量。</source>
        <translation>No customers yet — once you import a customer list, the number of customers of each kind appears here.</translation>
    </message>
    <message>
        <source>导入客户名单…</source>
        <translation>Import customer list…</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>导入客户名单</source>
        <translation>Import customer list</translation>
    </message>
    <message>
        <source>从营销系统导出的客户清单（CSV/Excel 另存的 CSV）读入工作区。</source>
        <translation>Read the customer list exported from the marketing system (CSV, or CSV saved from Excel) into the workspace.</translation>
    </message>
    <message>
        <source>检查分类规则</source>
        <translation>Check the classification rules</translation>
    </message>
    <message>
        <source>确认主类判定的顺序和条件符合本单位的实际。</source>
        <translation>Make sure the order and conditions of the primary-category rules fit your company.</translation>
    </message>
    <message>
        <source>打开部门画像</source>
        <translation>Open a department portrait</translation>
    </message>
    <message>
        <source>先确认部门的客户范围与服务目录；部门画像据此生成。</source>
        <translation>First confirm the department&apos;s customer scope and service catalog; the department portrait is built from them.</translation>
    </message>
    <message>
        <source>%1户</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n 种主体类型</source>
        <translation>
            <numerusform>%n entity kind</numerusform>
            <numerusform>%n entity kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>分组、主类与角色</source>
        <translation>Groups, categories, roles</translation>
    </message>
    <message>
        <source>含原集体企业与直属单位</source>
        <translation>Including collective enterprises and affiliates</translation>
    </message>
    <message>
        <source>服务、工具包、产品与咨询</source>
        <translation>Services, toolkits, products, advice</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>导入客户名单时填写</source>
        <translation>Set when a customer list is imported</translation>
    </message>
    <message>
        <source>客户数据的截止日期</source>
        <translation>Customer data cut-off</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 条启用</source>
        <translation>
            <numerusform>%n enabled</numerusform>
            <numerusform>%n enabled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::PanelSidebar</name>
    <message>
        <source>将在后续版本提供</source>
        <translation>Coming in a later version</translation>
    </message>
</context>
<context>
    <name>portrait::PdfReportWriter</name>
    <message>
        <source>无法开始写入 PDF</source>
        <translation>Cannot start writing the PDF</translation>
    </message>
    <message>
        <source>%1：无法写入（%2）</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <source>%1：写入失败（%2）</source>
        <translation>%1: writing failed (%2)</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitBuilder</name>
    <message>
        <source>没有代码为 %1 的部门</source>
        <translation>No department with code %1</translation>
    </message>
    <message>
        <source>%1 位客户尚未分类，未计入画像</source>
        <translation>%1 customers are not classified yet and are not counted in the portrait</translation>
    </message>
    <message>
        <source>%1（直接归入）</source>
        <translation>%1 (assigned directly)</translation>
    </message>
    <message>
        <source>痛点：%1</source>
        <translation>Pain point: %1</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitCard</name>
    <message>
        <source>优先级 %1</source>
        <translation>Priority %1</translation>
    </message>
    <message>
        <source>主责: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>证据: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>%1 中位 %2 %3 (P25 %4 – P75 %5)</source>
        <translation>%1 median %2 %3 (P25 %4 – P75 %5)</translation>
    </message>
    <message>
        <source>关键属性</source>
        <translation>Key attributes</translation>
    </message>
    <message>
        <source>主要标签</source>
        <translation>Main labels</translation>
    </message>
    <message>
        <source>需求排序</source>
        <translation>Needs ranking</translation>
    </message>
    <message>
        <source>价值目标</source>
        <translation>Value goals</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>生命周期</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>覆盖服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>%1 %2 (%3 有此需求, 无服务)</source>
        <translation>%1 %2 (%3 have the need, no service)</translation>
    </message>
    <message>
        <source>%1 阶段无陪伴</source>
        <translation>No companionship in the %1 stage</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>典型场景</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>双击打开完整画像卡；点击户数、需求或阶段查看其中的客户</source>
        <translation>Double-click to open the full persona card; click the customer count, a need or a stage to see its customers</translation>
    </message>
    <message>
        <source>协同: %1</source>
        <translation>Supporting: %1</translation>
    </message>
    <message>
        <source>%1 (%2) · 年用电 %3 (%4) · 完整度 %5</source>
        <translation>%1 (%2) · annual consumption %3 (%4) · completeness %5</translation>
    </message>
    <message>
        <source>%1 户</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>信用</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <source>需求响应潜力</source>
        <translation>Demand-response potential</translation>
    </message>
    <message>
        <source>参照类别</source>
        <translation>Reference categories</translation>
    </message>
    <message>
        <source>%1 户有此需求；点击查看这些客户</source>
        <translation>Customers with this need: %1; click to see them</translation>
    </message>
    <message>
        <source> · 需求 %1 %2</source>
        <translation> · need %1 %2</translation>
    </message>
    <message>
        <source> · 阶段 %1</source>
        <translation> · stage %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>portrait::PortraitCardDialog</name>
    <message>
        <source>画像卡 — %1 %2 %3</source>
        <translation>Persona card — %1 %2 %3</translation>
    </message>
    <message>
        <source>查看这些客户</source>
        <translation>Show these customers</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitCommands</name>
    <message>
        <source>工作区还没有分类结果，先分类全部客户…</source>
        <translation>The workspace has no classification results yet; classifying all customers first…</translation>
    </message>
    <message>
        <source>用法：portrait-workbench portrait 工作区 --department 部门代码 [--json]</source>
        <translation>Usage: portrait-workbench portrait WORKSPACE --department DEPARTMENT [--json]</translation>
    </message>
    <message>
        <source>没有代码为 %1 的部门；用 departments 命令查看部门列表</source>
        <translation>No department with code %1; the departments command lists them</translation>
    </message>
    <message>
        <source>%1（%2）：范围内 %3 位客户，资源匹配度 %4%</source>
        <translation>%1 (%2): %3 customers in scope, resource match %4%</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>用法：portrait-workbench report 工作区 --department 部门代码 -o 文件.pdf [--lang zh|en] [--mask-names]
      portrait-workbench report 工作区 --all-departments -o 目录</source>
        <translation>Usage: portrait-workbench report WORKSPACE --department DEPARTMENT -o FILE.pdf [--lang zh|en] [--mask-names]
       portrait-workbench report WORKSPACE --all-departments -o DIRECTORY</translation>
    </message>
    <message>
        <source>%1：无法创建目录</source>
        <translation>%1: cannot create the directory</translation>
    </message>
    <message>
        <source>已生成 %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>此版本不含报告输出</source>
        <translation>This build does not include report output</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitComparison</name>
    <message>
        <source>总体</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>客户群规模</source>
        <translation>Segment size</translation>
    </message>
    <message>
        <source>需求（有此需求的客户）</source>
        <translation>Needs (customers with the need)</translation>
    </message>
    <message>
        <source>服务覆盖（匹配度）</source>
        <translation>Service coverage (match)</translation>
    </message>
    <message>
        <source>范围内客户</source>
        <translation>Customers in scope</translation>
    </message>
    <message>
        <source>资源匹配度</source>
        <translation>Resource match</translation>
    </message>
    <message>
        <source>数据完整度</source>
        <translation>Data completeness</translation>
    </message>
    <message>
        <source>分类覆盖</source>
        <translation>Classification coverage</translation>
    </message>
    <message>
        <source>缺口（需求与陪伴阶段）</source>
        <translation>Gaps (needs and companionship stages)</translation>
    </message>
    <message>
        <source>占 %1</source>
        <translation>share %1</translation>
    </message>
    <message>
        <source>无服务</source>
        <translation>No service</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitDrillDown</name>
    <message>
        <source>没有代码为 %1 的部门</source>
        <translation>No department with code %1</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitEvidence</name>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>共创</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>数</source>
        <comment>evidence mark: data</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>规</source>
        <comment>evidence mark: rule</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>共</source>
        <comment>evidence mark: workshop</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>人</source>
        <comment>evidence mark: manual</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>按分类规则的结果统计（分类于 %1，数据日期 %2）；手工指定的类别优先</source>
        <translation>Counted from the classification rule results (classified %1, data date %2); categories set by hand take precedence</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>共创会采纳的部门客户清单</source>
        <translation>Department customer list adopted from a workshop</translation>
    </message>
    <message>
        <source>部门设置中的客户范围（%1）</source>
        <translation>Customer scope in the department settings (%1)</translation>
    </message>
    <message>
        <source>分类体系为此类客户设定的核心需求</source>
        <translation>Core needs that the taxonomy sets for this kind of customer</translation>
    </message>
    <message>
        <source>需求规则 %1</source>
        <translation>Need rule %1</translation>
    </message>
    <message>
        <source>客户属性数据（数据日期 %1）</source>
        <translation>Customer attribute data (data date %1)</translation>
    </message>
    <message>
        <source>服务目录：服务的目标客户、所答需求与陪伴阶段由人工维护</source>
        <translation>Service catalog: the target customers, needs answered and companionship stages of each service are maintained by hand</translation>
    </message>
    <message>
        <source>按分类结果与服务目录计算：各客户群需求由本部门服务覆盖的程度，按需求人数加权</source>
        <translation>Computed from the classification results and the service catalog: how far the department&apos;s services cover each segment&apos;s needs, weighted by the number of customers with each need</translation>
    </message>
    <message>
        <source>由客户群的需求及各需求所属的价值目标推出</source>
        <translation>Derived from the segment&apos;s needs and the value goals those needs belong to</translation>
    </message>
    <message>
        <source>分类体系的典型场景，以及共创会提出的痛点</source>
        <translation>Typical scenarios from the taxonomy, plus the pain points raised in workshops</translation>
    </message>
    <message>
        <source>分类体系中为此类客户记录的典型场景</source>
        <translation>Typical scenarios recorded in the taxonomy for this kind of customer</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::PortraitEvidenceMark</name>
    <message>
        <source>证据：%1 — %2</source>
        <translation>Evidence: %1 — %2</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitJsonReader</name>
    <message>
        <source>不是部门画像：缺少 department 或 segments</source>
        <translation>Not a department portrait: department or segments is missing</translation>
    </message>
    <message>
        <source>画像来自更新的版本（格式版本 %1，本程序支持到 %2），请升级程序</source>
        <translation>The portrait comes from a newer version (format version %1; this program supports up to %2); please upgrade the program</translation>
    </message>
    <message>
        <source>画像 JSON 无法读取：%1（位置 %2）</source>
        <translation>Cannot read the portrait JSON: %1 (at offset %2)</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitOverview</name>
    <message>
        <source>匹配良好</source>
        <translation>Good match</translation>
    </message>
    <message>
        <source>部分匹配</source>
        <translation>Partial match</translation>
    </message>
    <message>
        <source>错位</source>
        <translation>Misaligned</translation>
    </message>
    <message>
        <source>范围内客户</source>
        <translation>Customers in scope</translation>
    </message>
    <message>
        <source>占全公司客户</source>
        <translation>Share of company customers</translation>
    </message>
    <message>
        <source>年用电量</source>
        <translation>Annual consumption</translation>
    </message>
    <message>
        <source>资源匹配度</source>
        <translation>Resource match</translation>
    </message>
    <message>
        <source>数据完整度</source>
        <translation>Data completeness</translation>
    </message>
    <message>
        <source>&lt;b&gt;客户群占比&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segment shares&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;需求排序&lt;/b&gt;（有此需求的客户占范围）</source>
        <translation>&lt;b&gt;Needs ranking&lt;/b&gt; (share of customers in scope with the need)</translation>
    </message>
    <message>
        <source>范围外 %1 · 未分类 %2</source>
        <translation>Out of scope %1 · unclassified %2</translation>
    </message>
    <message>
        <source>全公司 %1 户</source>
        <translation>Company total: %1 customers</translation>
    </message>
    <message>
        <source>占全公司 %1</source>
        <translation>%1 of the company total</translation>
    </message>
    <message>
        <source>分类覆盖 %1 · 可评估 %2</source>
        <translation>Classification coverage %1 · evaluable %2</translation>
    </message>
    <message>
        <source>点击查看范围内的全部客户</source>
        <translation>Click to see all customers in scope</translation>
    </message>
    <message>
        <source>点击条形查看其中的客户</source>
        <translation>Click a bar to see its customers</translation>
    </message>
    <message>
        <source>%1 范围内客户</source>
        <translation>Customers in scope of %1</translation>
    </message>
    <message>
        <source>%1 · 需求 %2 %3</source>
        <translation>%1 · need %2 %3</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitPanel</name>
    <message>
        <source>隐藏客户姓名</source>
        <translation>Hide customer names</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>画像卡</source>
        <translation>Persona cards</translation>
    </message>
    <message>
        <source>服务覆盖</source>
        <translation>Service coverage</translation>
    </message>
    <message>
        <source>生命周期陪伴</source>
        <translation>Lifecycle companionship</translation>
    </message>
    <message>
        <source>资源匹配</source>
        <translation>Resource match</translation>
    </message>
    <message>
        <source>正在汇总客户…</source>
        <translation>Gathering customers…</translation>
    </message>
    <message>
        <source>部门画像</source>
        <translation>Department portrait</translation>
    </message>
    <message>
        <source>按部门汇总范围内客户：客户群画像卡、服务覆盖、生命周期陪伴与资源匹配度；可导出 PDF 报告。</source>
        <translation>A department&apos;s customers in scope: persona cards for its segments, service coverage, lifecycle companionship and resource match; export them as a PDF report.</translation>
    </message>
    <message>
        <source>&lt;b&gt;按客户群&lt;/b&gt;</source>
        <translation>&lt;b&gt;By segment&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;按价值目标&lt;/b&gt;</source>
        <translation>&lt;b&gt;By value goal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;五项资源优势的利用率&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilization of the five resource advantages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>未能汇总客户：%1</source>
        <translation>Could not gather the customers: %1</translation>
    </message>
    <message>
        <source>还没有分类结果。请先在“分类规则”中运行分类，再查看部门画像。</source>
        <translation>No classification results yet. Run the classification on the Rules page first, then open the department portrait.</translation>
    </message>
    <message>
        <source>未能生成画像：%1</source>
        <translation>Could not build the portrait: %1</translation>
    </message>
    <message>
        <source>导出部门画像报告</source>
        <translation>Export department portrait report</translation>
    </message>
    <message>
        <source>%1 部门客户画像报告.pdf</source>
        <translation>%1 customer portrait report.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>未能写入报告：%1</source>
        <translation>Could not write the report: %1</translation>
    </message>
    <message>
        <source>快照</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>与快照“%1”（%2）相比：%3 · &lt;a href=&apos;snapshots&apos;&gt;比较&lt;/a&gt;</source>
        <translation>Compared with snapshot &quot;%1&quot; (%2): %3 · &lt;a href=&apos;snapshots&apos;&gt;Compare&lt;/a&gt;</translation>
    </message>
    <message>
        <source>没有变化</source>
        <translation>No changes</translation>
    </message>
</context>
<context>
    <name>portrait::PortraitTableModel</name>
    <message>
        <source>%1 的服务（协同，不计分）</source>
        <translation>Service of %1 (partner, not scored)</translation>
    </message>
    <message>
        <source>；范围内无人使用</source>
        <translation>; no one in scope uses it</translation>
    </message>
    <message>
        <source>需求量</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>匹配度</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>D = Σ 客户群规模 × 需求比例</source>
        <translation>D = Σ segment size × share with the need</translation>
    </message>
    <message>
        <source>按需求量加权的匹配度</source>
        <translation>Match weighted by demand</translation>
    </message>
    <message>
        <source>协同服务：%1</source>
        <translation>Partner services: %1</translation>
    </message>
    <message>
        <source>缺口：需求较多而无相应服务</source>
        <translation>Gap: considerable demand but no matching service</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>陪伴缺口：此阶段有客户而无服务</source>
        <translation>Companionship gap: customers in this stage but no service</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>占范围</source>
        <translation>Share of scope</translation>
    </message>
    <message>
        <source>缺口需求</source>
        <translation>Needs with gaps</translation>
    </message>
    <message>
        <source>利用率</source>
        <translation>Utilization</translation>
    </message>
    <message>
        <source>%1 · 需求 %2 %3 · 服务 %4</source>
        <translation>%1 · need %2 %3 · service %4</translation>
    </message>
    <message>
        <source>服务 %1 答此需求的客户；点击查看</source>
        <translation>Customers whose need service %1 answers; click to see them</translation>
    </message>
    <message>
        <source>%1 · 需求 %2 %3</source>
        <translation>%1 · need %2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · 阶段 %4</source>
        <translation>%1 · %2 %3 · stage %4</translation>
    </message>
    <message>
        <source>%1 · 缺口需求</source>
        <translation>%1 · gap needs</translation>
    </message>
    <message>
        <source>点击查看这些客户</source>
        <translation>Click to see these customers</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>覆盖 %Ln 户</source>
        <translation>
            <numerusform>reaches %Ln customer</numerusform>
            <numerusform>reaches %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::RecentFilesMenu</name>
    <message>
        <source>最近打开</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <source>（没有最近打开的工作区）</source>
        <translation>(no recent workspaces)</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>portrait::ReportDataBuilder</name>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>部门客户画像报告</source>
        <translation>Department Customer Portrait Report</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>第 %1 页 / 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>数据日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>生成日期</source>
        <translation>Generated on</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>客户名称已脱敏</source>
        <translation>Customer names masked</translation>
    </message>
    <message>
        <source>七</source>
        <translation>7</translation>
    </message>
    <message>
        <source>行动建议</source>
        <translation>Recommended actions</translation>
    </message>
    <message>
        <source>当前服务已覆盖主要需求和各生命周期阶段，建议按季度复核画像。</source>
        <translation>The current services cover the main needs and every lifecycle stage; review the portrait every quarter.</translation>
    </message>
    <message>
        <source>一</source>
        <translation>1</translation>
    </message>
    <message>
        <source>总体概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>范围内客户</source>
        <translation>Customers in scope</translation>
    </message>
    <message>
        <source>占全部客户 %1</source>
        <translation>%1 of all customers</translation>
    </message>
    <message>
        <source>年用电量</source>
        <translation>Annual consumption</translation>
    </message>
    <message>
        <source>占全部 %1</source>
        <translation>%1 of the total</translation>
    </message>
    <message>
        <source>资源匹配度</source>
        <translation>Resource match</translation>
    </message>
    <message>
        <source>匹配良好</source>
        <translation>Good match</translation>
    </message>
    <message>
        <source>部分匹配</source>
        <translation>Partial match</translation>
    </message>
    <message>
        <source>错位</source>
        <translation>Misaligned</translation>
    </message>
    <message>
        <source>数据完整度</source>
        <translation>Data completeness</translation>
    </message>
    <message>
        <source>规则可评估 %1</source>
        <translation>Rule evaluability %1</translation>
    </message>
    <message>
        <source>%1的画像范围包含 %2 个客户群、%3（占全部客户的 %4），年用电量 %5。</source>
        <translation>The portrait scope of %1 comprises %2 segments and %3 (%4 of all customers), with an annual consumption of %5.</translation>
    </message>
    <message>
        <source>最重要的客户群是%1（%2）。</source>
        <translation> The most important segment is %1 (%2).</translation>
    </message>
    <message>
        <source>范围外客户 %1，其中未分类 %2。</source>
        <translation> Out of scope: %1, including %2 unclassified.</translation>
    </message>
    <message>
        <source>客户群占比（占范围内客户）</source>
        <translation>Segment shares (of customers in scope)</translation>
    </message>
    <message>
        <source>需求排序（有此需求的客户占比，红色为缺口）</source>
        <translation>Needs ranking (share of customers with the need; red marks a gap)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>与上次快照的比较：尚无保存的画像快照，本报告作为基线。</source>
        <translation>Change since the last snapshot: no portrait snapshot has been saved yet, so this report is the baseline.</translation>
    </message>
    <message>
        <source>二</source>
        <translation>2</translation>
    </message>
    <message>
        <source>客户群画像</source>
        <translation>Segment portraits</translation>
    </message>
    <message>
        <source>以下客户群目前没有客户，未单列画像卡：%1。</source>
        <translation>These segments have no customers at present and get no persona card: %1.</translation>
    </message>
    <message>
        <source>该部门的画像范围内没有客户群。</source>
        <translation>The department&apos;s portrait scope contains no segments.</translation>
    </message>
    <message>
        <source>附录</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>附录一 范围内最大的客户（按年用电量）</source>
        <translation>Appendix A. Largest customers in scope (by annual consumption)</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>客户群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>年用电量（千瓦时）</source>
        <translation>Annual consumption (kWh)</translation>
    </message>
    <message>
        <source>同时服务的部门</source>
        <translation>Also served by</translation>
    </message>
    <message>
        <source>证据：数据。客户名称已脱敏。</source>
        <translation>Evidence: data. Customer names are masked.</translation>
    </message>
    <message>
        <source>证据：数据。</source>
        <translation>Evidence: data.</translation>
    </message>
    <message>
        <source>范围内没有记录年用电量的客户。</source>
        <translation>No customer in scope has a recorded annual consumption.</translation>
    </message>
    <message>
        <source>附录二 同时由其他部门服务的客户</source>
        <translation>Appendix B. Customers also served by other departments</translation>
    </message>
    <message>
        <source>共同服务的客户</source>
        <translation>Shared customers</translation>
    </message>
    <message>
        <source>占范围内客户</source>
        <translation>Share of customers in scope</translation>
    </message>
    <message>
        <source>范围内的客户没有同时由其他部门服务。</source>
        <translation>No customer in scope is also served by another department.</translation>
    </message>
    <message>
        <source>附录三 方法与数据质量</source>
        <translation>Appendix C. Method and data quality</translation>
    </message>
    <message>
        <source>数据日期 %1；分类时间 %2。画像完整度 %3，分类覆盖率 %4，规则可评估率 %5。完整度低于 80% 的客户群在画像卡上提示。</source>
        <translation>Data date %1; classified at %2. Portrait completeness %3, classification coverage %4, rule evaluability %5. Persona cards carry a warning for segments whose completeness is below 80%.</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>属性覆盖率：范围内填写了该属性的客户占比。证据：数据。</source>
        <translation>Attribute coverage: the share of customers in scope that have the attribute filled in. Evidence: data.</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>覆盖率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>附录四 术语</source>
        <translation>Appendix D. Glossary</translation>
    </message>
    <message>
        <source>客户群：部门采纳的客户分类节点；主类客户群互斥，角色客户群可重叠，占比之和可超过 100%。</source>
        <translation>Segment: a taxonomy node adopted by the department. Primary-category segments are exclusive; role segments can overlap, so their shares can add up to more than 100%.</translation>
    </message>
    <message>
        <source>需求发生率 p：客户群中有该需求的客户占比；来源为分类体系继承或需求规则。</source>
        <translation>Need incidence p: the share of a segment&apos;s customers that have the need, inherited from the taxonomy or derived by need rules.</translation>
    </message>
    <message>
        <source>匹配 m：本部门针对该客户群、该需求的最佳服务的资源系数 β 与阶段覆盖 λ 之积。</source>
        <translation>Match m: for the department&apos;s best service for the segment and need, its resource factor β times its stage coverage λ.</translation>
    </message>
    <message>
        <source>资源匹配度 RMS：按需求权重 w = n·p·π 加权的平均匹配；≥70% 匹配良好，40–70% 部分匹配，&lt;40% 错位。</source>
        <translation>Resource-match score RMS: the mean match weighted by demand w = n·p·π; ≥70% good match, 40–70% partial match, &lt;40% misaligned.</translation>
    </message>
    <message>
        <source>资源利用度 U：由使用该资源优势的服务承接的加权需求占比。</source>
        <translation>Resource utilization U: the share of weighted demand carried by services that use the resource advantage.</translation>
    </message>
    <message>
        <source>证据：数据＝来自客户数据；规则＝由分类规则得出；共创＝来自共创会决议；人工＝人工维护的范围或服务目录。</source>
        <translation>Evidence: Data = from the customer data; Rule = derived by the classification rules; Workshop = from a workshop decision; Manual = scope or service catalog maintained by hand.</translation>
    </message>
    <message>
        <source>核心(1)</source>
        <translation>Core (1)</translation>
    </message>
    <message>
        <source>重要(2)</source>
        <translation>Important (2)</translation>
    </message>
    <message>
        <source>一般(3)</source>
        <translation>Ordinary (3)</translation>
    </message>
    <message>
        <source> · 主责：%1</source>
        <translation> · Responsible: %1</translation>
    </message>
    <message>
        <source> · 角色客户群（与其他客户群重叠）</source>
        <translation> · Role segment (overlaps other segments)</translation>
    </message>
    <message>
        <source>证据：范围 %1 · 分类 规则 · 统计 数据</source>
        <translation>Evidence: scope %1 · categories Rule · figures Data</translation>
    </message>
    <message>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1（占范围 %2）· 年用电 %3（占 %4）· 完整度 %5</source>
        <translation>%1 (%2 of scope) · annual consumption %3 (%4) · completeness %5</translation>
    </message>
    <message>
        <source>%1 中位 %2%3（P25 %4 – P75 %5，%6户）</source>
        <translation>%1 median %2 %3 (P25 %4 – P75 %5, n = %6)</translation>
    </message>
    <message>
        <source>关键属性</source>
        <translation>Key attributes</translation>
    </message>
    <message>
        <source>属性分布</source>
        <translation>Attribute mix</translation>
    </message>
    <message>
        <source>信用与响应</source>
        <translation>Credit and DR</translation>
    </message>
    <message>
        <source>信用等级 %1；需求响应潜力 %2</source>
        <translation>Credit grade %1; demand-response potential %2</translation>
    </message>
    <message>
        <source>主要标签</source>
        <translation>Main labels</translation>
    </message>
    <message>
        <source>参照类别</source>
        <translation>Reference categories</translation>
    </message>
    <message>
        <source>（协作：%1）</source>
        <translation> (partner: %1)</translation>
    </message>
    <message>
        <source>覆盖服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 %2（%3 有此需求，匹配 %4）</source>
        <translation>%1 %2 (%3 have the need, match %4)</translation>
    </message>
    <message>
        <source>%1阶段有客户、无本部门服务</source>
        <translation>%1 stage: customers, but no service of this department</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>典型场景</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>资源匹配</source>
        <translation>Resource match</translation>
    </message>
    <message>
        <source>%1（规则可评估 %2）</source>
        <translation>%1 (rule evaluability %2)</translation>
    </message>
    <message>
        <source>继承+规则</source>
        <translation>Inherited + rule</translation>
    </message>
    <message>
        <source>继承</source>
        <translation>Inherited</translation>
    </message>
    <message>
        <source>数据完整度 %1，低于 80%，统计仅供参考。</source>
        <translation>Data completeness is %1, below 80%; treat the figures as indicative only.</translation>
    </message>
    <message>
        <source>三</source>
        <translation>3</translation>
    </message>
    <message>
        <source>服务覆盖分析</source>
        <translation>Service coverage</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>需求量 D</source>
        <translation>Demand D</translation>
    </message>
    <message>
        <source>匹配</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>触达客户</source>
        <translation>Customers reached</translation>
    </message>
    <message>
        <source>* 协作部门的服务，只列示、不计入资源匹配度。红色：缺口需求或未触达任何范围内客户的服务（可考虑调整或退出）。</source>
        <translation>* A partner department&apos;s service: listed, but not counted in the resource match. Red: a need with a gap, or a service that reaches no customer in scope (consider changing or retiring it).</translation>
    </message>
    <message>
        <source>%1（%2户）</source>
        <translation>%1 (%2 customers)</translation>
    </message>
    <message>
        <source>%1 %2：影响 %3</source>
        <translation>%1 %2: affects %3</translation>
    </message>
    <message>
        <source>服务缺口</source>
        <translation>Service gaps</translation>
    </message>
    <message>
        <source>没有发生率 ≥20% 且匹配 &lt;50% 的需求。</source>
        <translation>No need has an incidence of ≥20% together with a match below 50%.</translation>
    </message>
    <message>
        <source>四</source>
        <translation>4</translation>
    </message>
    <message>
        <source>全生命周期陪伴</source>
        <translation>Full-lifecycle companionship</translation>
    </message>
    <message>
        <source>每格为该阶段的客户数、占客户群的比例，以及在该阶段面向该客户群的本部门服务。有客户而无服务的格为陪伴缺口（红色）；“未知”行只显示数量，不算缺口。证据：阶段规则（规则）与服务目录（人工）。</source>
        <translation>Each cell gives the number of customers in the stage, their share of the segment, and the department&apos;s services for that segment in that stage. A cell with customers but no service is a companionship gap (red); the &quot;Unknown&quot; row shows counts only and is never a gap. Evidence: stage rules (Rule) and service catalog (Manual).</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1 · %2阶段：%3 无本部门服务</source>
        <translation>%1 · %2 stage: %3 without a service of this department</translation>
    </message>
    <message>
        <source>陪伴缺口</source>
        <translation>Companionship gaps</translation>
    </message>
    <message>
        <source>各阶段都有本部门服务陪伴。</source>
        <translation>The department has a service in every stage.</translation>
    </message>
    <message>
        <source>五</source>
        <translation>5</translation>
    </message>
    <message>
        <source>资源匹配度 RMS</source>
        <translation>Resource-match score RMS</translation>
    </message>
    <message>
        <source>匹配良好（≥70%）</source>
        <translation>Good match (≥70%)</translation>
    </message>
    <message>
        <source>部分匹配（40–70%）</source>
        <translation>Partial match (40–70%)</translation>
    </message>
    <message>
        <source>错位（&lt;40%）</source>
        <translation>Misaligned (&lt;40%)</translation>
    </message>
    <message>
        <source>价值目标：%1</source>
        <translation>Value goal: %1</translation>
    </message>
    <message>
        <source>“战略的有效性 = 客户价值需求与自身资源能力的匹配度”。RMS 以需求量和客户群优先级加权，衡量本部门的服务在客户所处阶段、以资源优势承接其需求的程度；协作部门的服务不计入。</source>
        <translation>&quot;The effectiveness of a strategy = how well the customers&apos; value needs match one&apos;s own resources and capabilities.&quot; RMS, weighted by demand and segment priority, measures how far the department&apos;s services carry the customers&apos; needs in the stages the customers are in, building on the resource advantages; partner departments&apos; services do not count.</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>缺口需求</source>
        <translation>Needs with gaps</translation>
    </message>
    <message>
        <source>资源优势利用度 U（承接的加权需求占比，红色为闲置）</source>
        <translation>Resource-advantage utilization U (share of weighted demand carried; red = idle)</translation>
    </message>
    <message>
        <source>六</source>
        <translation>6</translation>
    </message>
    <message>
        <source>共创成果</source>
        <translation>Workshop results</translation>
    </message>
    <message>
        <source>共创会“%1”，%2，主持 %3，批准 %4。参与者：%5。</source>
        <translation>Workshop &quot;%1&quot;, %2, facilitated by %3, approved by %4. Participants: %5.</translation>
    </message>
    <message>
        <source>一致度 κ：初评 %1，复评 %2。</source>
        <translation>Agreement κ: first round %1, re-vote %2.</translation>
    </message>
    <message>
        <source>采纳的客户群</source>
        <translation>Adopted segment</translation>
    </message>
    <message>
        <source>主责岗位</source>
        <translation>Responsible positions</translation>
    </message>
    <message>
        <source>协同岗位</source>
        <translation>Supporting positions</translation>
    </message>
    <message>
        <source>未采纳的节点</source>
        <translation>Categories not adopted</translation>
    </message>
    <message>
        <source>%1（%2 票）</source>
        <translation>%1 (%2 votes)</translation>
    </message>
    <message>
        <source>主要痛点</source>
        <translation>Main pain points</translation>
    </message>
    <message>
        <source>协作部门服务*</source>
        <translation>Partner services*</translation>
    </message>
    <message>
        <source>每一行是范围内出现的一项需求，按需求量 D（各客户群中有此需求的客户数之和）排序；每一列是本部门的一项服务，末列为可承接该需求的协作部门服务。● 服务针对需求且覆盖所有有此需求的客户群并使用资源优势；◐ 只覆盖部分客户群或未使用资源优势。证据：服务目录（人工）与分类（规则）。</source>
        <translation>Each row is a need present in scope, sorted by demand D (the number of customers with the need, summed over the segments); each column is one of the department&apos;s services, and the last column lists partner departments&apos; services that can carry the need. ● The service addresses the need, reaches every segment that has it and uses a resource advantage; ◐ it reaches only some of those segments or uses no resource advantage. Evidence: service catalog (Manual) and categories (Rule).</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>portrait::ReportNumbers</name>
    <message>
        <source>%1 户</source>
        <translation>%1 customers</translation>
    </message>
</context>
<context>
    <name>portrait::ReportRecommendations</name>
    <message>
        <source>【新服务】%1 %2：影响 %3（%4）。建议设计一项面向该客户群的服务，依托利用度仅 %5 的%6（%7）。</source>
        <translation>[New service] %1 %2: affects %3 (%4). Consider designing a service for these customers that builds on %6 (%7), which is only %5 utilized.</translation>
    </message>
    <message>
        <source>可先与协作部门的 %1 联合提供。</source>
        <translation> It could first be offered jointly with the partner department&apos;s %1.</translation>
    </message>
    <message>
        <source>【陪伴】%1在%2阶段有 %3，本部门没有服务：%4。</source>
        <translation>[Companionship] %1: %3 in the %2 stage, but no service of this department (companionship focus: %4).</translation>
    </message>
    <message>
        <source>【调整】%1 %2 未触达任何范围内客户，建议调整目标客户群或退出。</source>
        <translation>[Adjust] %1 %2 reaches no customer in scope; change its target segments or retire it.</translation>
    </message>
    <message>
        <source>【数据】%1的数据完整度为 %2，建议补齐必填属性后再复核画像。</source>
        <translation>[Data] %1 has a data completeness of %2; fill in the required attributes, then review the portrait again.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::RowEditController</name>
    <message>
        <source>删除 %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>portrait::RuleCatalog</name>
    <message>
        <source>规则 %1：结果 %2 不是已知的分类</source>
        <translation>Rule %1: outcome %2 is not a known category</translation>
    </message>
    <message>
        <source>规则 %1：结果 %2 不是已知的需求</source>
        <translation>Rule %1: outcome %2 is not a known need</translation>
    </message>
    <message>
        <source>规则 %1：结果 %2 不是已知的生命周期阶段</source>
        <translation>Rule %1: outcome %2 is not a known lifecycle stage</translation>
    </message>
    <message>
        <source>规则 %1：未知的规则组</source>
        <translation>Rule %1: unknown rule group</translation>
    </message>
</context>
<context>
    <name>portrait::RuleListModel</name>
    <message>
        <source>目前没有客户满足这条规则</source>
        <translation>No customer meets this rule at present</translation>
    </message>
    <message>
        <source>只在为特定类型的部门细分客户时使用</source>
        <translation>Used only when segmenting the customers of certain department types</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>启用规则 %1</source>
        <translation>Enable rule %1</translation>
    </message>
    <message>
        <source>停用规则 %1</source>
        <translation>Disable rule %1</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>取得</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>满足</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message numerus="yes">
        <source>永远不会生效：它满足的 %Ln 户都已被前面的规则取走</source>
        <translation>
            <numerusform>Never takes effect: the %Ln customer it matches is taken by an earlier rule</numerusform>
            <numerusform>Never takes effect: the %Ln customers it matches are all taken by earlier rules</numerusform>
        </translation>
    </message>
    <message>
        <source>已停用，不取得客户</source>
        <translation>Disabled: takes no customers</translation>
    </message>
</context>
<context>
    <name>portrait::RuleTryPane</name>
    <message>
        <source>输入户号或户名，按回车…</source>
        <translation>Type a customer number or name and press Enter…</translation>
    </message>
    <message>
        <source>试用</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>选择一位客户，看当前规则如何给他分类、每个条件是否成立。</source>
        <translation>Choose a customer to see how the current rules classify it and whether each condition holds.</translation>
    </message>
    <message>
        <source>没有户号或户名含「%1」的客户</source>
        <translation>No customer whose number or name contains &quot;%1&quot;</translation>
    </message>
    <message>
        <source>无法解释：%1</source>
        <translation>Cannot explain: %1</translation>
    </message>
</context>
<context>
    <name>portrait::RulesPanel</name>
    <message>
        <source>规则组</source>
        <translation>Rule groups</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>所有部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>条件（JSON，只读）</source>
        <translation>Condition (JSON, read-only)</translation>
    </message>
    <message>
        <source>条件在「条件与计数」页中编辑；这里显示存储的 JSON，供核对和复制。</source>
        <translation>Edit the condition on the &quot;Condition and counts&quot; tab; this shows the stored JSON for checking and copying.</translation>
    </message>
    <message>
        <source>条件与计数</source>
        <translation>Condition and counts</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>试用于客户</source>
        <translation>Try on a customer</translation>
    </message>
    <message>
        <source>共 %1 户；按顺序执行后剩余 %2 户</source>
        <translation>%1 customers; %2 remain after the rules run in order</translation>
    </message>
    <message>
        <source>分类规则按组、按顺序执行：主类像瀑布一样自上而下，第一条满足条件的规则决定客户的主类。拖动规则调整优先级；修改条件时，每个条件下方的客户数和各规则取得的客户数随即更新。</source>
        <translation>Classification rules run group by group, in order. Primary categories are decided like a waterfall, from top to bottom: the first rule whose condition holds sets the customer&apos;s primary category. Drag rules to change their priority; as you edit a condition, the customer count under each condition and the customers each rule takes update at once.</translation>
    </message>
    <message>
        <source>数据日期：客户数据所描述的日期。-12M 这类相对日期以它为准，分类结果不随日历漂移。</source>
        <translation>Data date: the date the customer data describes. Relative dates such as -12M count from it, so the classification does not drift with the calendar.</translation>
    </message>
    <message>
        <source>修改数据日期</source>
        <translation>Change data date</translation>
    </message>
    <message>
        <source>重新分类</source>
        <translation>Reclassify</translation>
    </message>
    <message>
        <source>用当前规则重新给全部客户分类（规则修改后也会自动进行）</source>
        <translation>Classify all customers again with the current rules (this also happens automatically when rules change)</translation>
    </message>
    <message>
        <source>数据日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>（无：离开生命周期）</source>
        <translation>(none: leaves the lifecycle)</translation>
    </message>
    <message>
        <source>%1 级</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>高  high</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中  medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低  low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>调整规则 %1 的顺序</source>
        <translation>Reorder rule %1</translation>
    </message>
    <message>
        <source>新增规则</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>这一组还没有规则。点「新增规则」添加，或从配置文件导入。</source>
        <translation>This group has no rules yet. Click &quot;Add rule&quot; to add one, or import rules from a configuration file.</translation>
    </message>
</context>
<context>
    <name>portrait::Schema</name>
    <message>
        <source>%1：不是客户画像工作台的工作区文件</source>
        <translation>%1: not a Customer Portrait Workbench workspace file</translation>
    </message>
    <message>
        <source>%1：工作区来自更新的版本（结构版本 %2，本程序支持到 %3），请升级程序</source>
        <translation>%1: the workspace comes from a newer version (schema version %2; this program supports up to %3); please upgrade the program</translation>
    </message>
</context>
<context>
    <name>portrait::ScopeResolver</name>
    <message>
        <source>范围中的节点 %1 不在分类体系中，已忽略</source>
        <translation>Category %1 in the scope is not in the taxonomy and was ignored</translation>
    </message>
    <message>
        <source>范围只列出 C1/C2，参照类别按默认外部市场：%1</source>
        <translation>The scope lists only C1/C2; the reference categories default to the external market: %1</translation>
    </message>
    <message>
        <source>没有适用于该部门类型的分群规则（P01/P02），客户群为空</source>
        <translation>No segmentation rules (P01/P02) apply to this department type, so there are no segments</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::SearchableListPane</name>
    <message>
        <source>搜索名称或代码…</source>
        <translation>Search name or code…</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>portrait::SegmentTally</name>
    <message>
        <source>未评</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>portrait::ServiceCatalogEditor</name>
    <message>
        <source>新增服务</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>这个部门还没有服务 — 新增第一项服务</source>
        <translation>This department has no services yet — add the first service</translation>
    </message>
    <message>
        <source>新增服务…</source>
        <translation>Add service…</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>新增工具包步骤</source>
        <translation>Add toolkit step</translation>
    </message>
    <message>
        <source>服务 %1 的主责岗位</source>
        <translation>Responsible position of service %1</translation>
    </message>
</context>
<context>
    <name>portrait::SnapshotCommands</name>
    <message>
        <source>没有代码为 %1 的部门；用 departments 命令查看部门列表</source>
        <translation>No department with code %1; the departments command lists them</translation>
    </message>
    <message>
        <source>工作区还没有分类结果；先运行 classify</source>
        <translation>The workspace has no classification results yet; run classify first</translation>
    </message>
    <message>
        <source>用法：portrait-workbench snapshot save 工作区 --department 部门代码 --title 标题 [--date YYYY-MM-DD]</source>
        <translation>Usage: portrait-workbench snapshot save WORKSPACE --department DEPARTMENT --title TITLE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>用法：portrait-workbench snapshot list 工作区 --department 部门代码 [--json]</source>
        <translation>Usage: portrait-workbench snapshot list WORKSPACE --department DEPARTMENT [--json]</translation>
    </message>
    <message>
        <source>用法：portrait-workbench snapshot compare 工作区 快照编号 [快照编号] [--changed] [--json]
      只给一个编号时与部门当前的画像比较</source>
        <translation>Usage: portrait-workbench snapshot compare WORKSPACE SNAPSHOT_ID [SNAPSHOT_ID] [--changed] [--json]
      With a single ID, compares the snapshot with the department&apos;s current portrait</translation>
    </message>
    <message>
        <source>保存画像快照“%1”</source>
        <translation>Save portrait snapshot &quot;%1&quot;</translation>
    </message>
    <message>
        <source>删除画像快照“%1”</source>
        <translation>Delete portrait snapshot &quot;%1&quot;</translation>
    </message>
    <message>
        <source>重命名画像快照为“%1”</source>
        <translation>Rename portrait snapshot to &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>portrait::SnapshotCompareModel</name>
    <message>
        <source>—（无）</source>
        <translation>— (none)</translation>
    </message>
    <message>
        <source>  缺口</source>
        <translation>  gap</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>不再出现</source>
        <translation>No longer present</translation>
    </message>
    <message>
        <source>%1%2 个百分点</source>
        <translation>%1%2 pp</translation>
    </message>
    <message>
        <source>有变化</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>之前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>之后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>portrait::SnapshotListModel</name>
    <message>
        <source>%1（%2）· 双击改名</source>
        <translation>%1 (%2) · double-click to rename</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>数据日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>范围内客户</source>
        <translation>Customers in scope</translation>
    </message>
</context>
<context>
    <name>portrait::SnapshotPane</name>
    <message>
        <source>保存当前画像为快照…</source>
        <translation>Save current portrait as snapshot…</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>保存画像快照</source>
        <translation>Save portrait snapshot</translation>
    </message>
    <message>
        <source>%1 客户画像 %2</source>
        <translation>%1 customer portrait %2</translation>
    </message>
    <message>
        <source>冻结当前部门画像的全部数字，以后可与新的画像比较。</source>
        <translation>Freezes all the figures of the current department portrait so that later portraits can be compared with it.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>当前画像</source>
        <translation>Current portrait</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>还没有快照：先保存当前画像，以后再比较。</source>
        <translation>No snapshots yet: save the current portrait now and compare later.</translation>
    </message>
    <message numerus="yes">
        <source>%n 项有变化</source>
        <translation>
            <numerusform>%n item changed</numerusform>
            <numerusform>%n items changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portrait::SnapshotRepository</name>
    <message>
        <source>没有编号为 %1 的画像快照</source>
        <translation>No portrait snapshot with ID %1</translation>
    </message>
    <message>
        <source>画像快照“%1”无法读取：%2</source>
        <translation>Cannot read portrait snapshot &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>portrait::StatTile</name>
    <message>
        <source>%1万</source>
        <translation>%1 × 10⁴</translation>
    </message>
    <message>
        <source>%1亿</source>
        <translation>%1 × 10⁸</translation>
    </message>
</context>
<context>
    <name>portrait::TableModel</name>
    <message>
        <source>修改 %1 的「%2」</source>
        <translation>Edit &quot;%2&quot; of %1</translation>
    </message>
    <message>
        <source>调整 %1 的顺序</source>
        <translation>Reorder %1</translation>
    </message>
</context>
<context>
    <name>portrait::TaxonomyModel</name>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>分组(兜底)</source>
        <translation>Group (fallback)</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>主类+角色</source>
        <translation>Primary + role</translation>
    </message>
    <message>
        <source>本地</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>主类</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>重命名分类 %1</source>
        <translation>Rename category %1</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>分类代码 %1 已存在</source>
        <translation>Category code %1 already exists</translation>
    </message>
    <message>
        <source>新增分类 %1</source>
        <translation>Add category %1</translation>
    </message>
    <message>
        <source>不能把分类 %1 移到它自己的下级</source>
        <translation>Category %1 cannot be moved below itself</translation>
    </message>
    <message>
        <source>移动分类 %1</source>
        <translation>Move category %1</translation>
    </message>
    <message>
        <source>服务 %1 %2 的目标客户包含 %3</source>
        <translation>The target customers of service %1 %2 include %3</translation>
    </message>
    <message>
        <source>部门 %1 %2 的客户范围包含 %3</source>
        <translation>The customer scope of department %1 %2 includes %3</translation>
    </message>
    <message>
        <source>规则 %1 %2 的结果是 %3（将一并删除）</source>
        <translation>The outcome of rule %1 %2 is %3 (the rule will be deleted too)</translation>
    </message>
    <message>
        <source>删除分类 %1</source>
        <translation>Delete category %1</translation>
    </message>
</context>
<context>
    <name>portrait::TaxonomyPanel</name>
    <message>
        <source>新增下级</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>新增同级</source>
        <translation>Add sibling</translation>
    </message>
    <message>
        <source>还没有客户分类 — 新增第一个分类</source>
        <translation>No customer categories yet — add the first category</translation>
    </message>
    <message>
        <source>新增分类…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <source>分类体系</source>
        <translation>Customer taxonomy</translation>
    </message>
    <message>
        <source>客户分类体系是一棵树：分组之下是主类与角色。拖动节点可以调整位置；每个分类写明定义、典型场景和核心需求，画像卡和服务覆盖都以它为准。</source>
        <translation>The customer taxonomy is a tree: groups contain primary categories and roles. Drag a node to move it. Each category states its definition, typical scenarios and core needs, on which persona cards and service coverage are based.</translation>
    </message>
    <message>
        <source>（顶层）</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>新增顶层分类</source>
        <translation>Add top-level category</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>新分类将放在「%1」之下。</source>
        <translation>The new category will be placed under &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1（连同全部下级分类）</source>
        <translation>%1 (with all its subcategories)</translation>
    </message>
</context>
<context>
    <name>portrait::ValueParser</name>
    <message>
        <source>不是数字</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>Cannot be negative</translation>
    </message>
    <message>
        <source>超出常见范围 %1–%2</source>
        <translation>Outside the usual range %1–%2</translation>
    </message>
    <message>
        <source>不是日期（应为 YYYY-MM-DD）</source>
        <translation>Not a date (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>不存在的日期</source>
        <translation>No such date</translation>
    </message>
    <message>
        <source>不是可选值（可选：%1）</source>
        <translation>Not an allowed value (allowed: %1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopAdoptDialog</name>
    <message>
        <source>采纳共创会结果 — %1</source>
        <translation>Adopt workshop result — %1</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>决议日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>按草案：≥ 2/3 的参与者选择的分类已勾选，1/3–2/3 待讨论，不足 1/3 的不纳入（保留须填理由）。勾选的新类型在所选上级分类下成为本地分类。采纳后成为部门 %1 的客户清单与岗位定位，证据为“共创”。</source>
        <translation>As drafted: categories chosen by ≥ 2/3 of the participants are checked, those chosen by 1/3–2/3 are to be discussed, and those chosen by fewer than 1/3 are left out (keeping one needs a reason). Checked new kinds become local categories under the parent category you choose. Once adopted, this becomes the customer list and position assignments of department %1, with &quot;Workshop&quot; as the evidence.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>主责</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>协同</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>单击单元格选择该岗位对该分类的定位：主责 / 协同 / —。每个采纳的分类至少要有一个主责岗位，协同岗位可以有多个；草案按参与者给出的优先级建议了默认定位。</source>
        <translation>Click a cell to set how the position relates to the category: Responsible / Supporting / —. Every adopted category needs at least one responsible position and may have several supporting ones; the draft suggests defaults from the priorities the participants gave.</translation>
    </message>
    <message>
        <source>岗位级定位：哪个岗位服务哪些客户分类</source>
        <translation>Position-level assignment: which positions serve which customer categories</translation>
    </message>
    <message>
        <source>✓ 每个岗位都有负责的客户分类。</source>
        <translation>✓ Every position has customer categories it is responsible for.</translation>
    </message>
    <message>
        <source>⚠ 还没有客户分类的岗位：%1。每个岗位都应服务至少一类客户，请确认（不阻止采纳）。</source>
        <translation>⚠ Positions without a customer category: %1. Every position should serve at least one kind of customer; please check (this does not block adoption).</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopCommands</name>
    <message>
        <source>用法：portrait-workbench workshop import 工作区 文件.json</source>
        <translation>Usage: portrait-workbench workshop import WORKSPACE FILE.json</translation>
    </message>
    <message>
        <source>已导入共创会「%1」：%2 位参与者，%3 个分类</source>
        <translation>Imported workshop &quot;%1&quot;: %2 participants, %3 categories</translation>
    </message>
    <message>
        <source>；新建岗位：%1</source>
        <translation>; new positions: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>用法：portrait-workbench workshop export 工作区 共创会编号 -o 文件.json</source>
        <translation>Usage: portrait-workbench workshop export WORKSPACE WORKSHOP_ID -o FILE.json</translation>
    </message>
    <message>
        <source>已导出共创会到 %1</source>
        <translation>Exported the workshop to %1</translation>
    </message>
    <message>
        <source>用法：portrait-workbench workshop list 工作区 [--json]</source>
        <translation>Usage: portrait-workbench workshop list WORKSPACE [--json]</translation>
    </message>
    <message>
        <source>（%1 人）</source>
        <translation> (%1 participants)</translation>
    </message>
    <message>
        <source>用法：portrait-workbench workshop summary 工作区 共创会编号 [--json]</source>
        <translation>Usage: portrait-workbench workshop summary WORKSPACE WORKSHOP_ID [--json]</translation>
    </message>
    <message>
        <source>用法：portrait-workbench workshop adopt 工作区 共创会编号 [--date YYYY-MM-DD] [--approver 姓名] [--json]</source>
        <translation>Usage: portrait-workbench workshop adopt WORKSPACE WORKSHOP_ID [--date YYYY-MM-DD] [--approver NAME] [--json]</translation>
    </message>
    <message>
        <source>已采纳共创会「%1」为部门 %2 的客户清单（%3 个分类，证据：共创）</source>
        <translation>Adopted workshop &quot;%1&quot; as the customer list of department %2 (%3 categories, evidence: workshop)</translation>
    </message>
    <message>
        <source>采纳：%1</source>
        <translation>Adopted: %1</translation>
    </message>
    <message>
        <source>待讨论、未纳入：%1</source>
        <translation>To discuss, not included: %1</translation>
    </message>
    <message>
        <source>未采纳：%1</source>
        <translation>Not adopted: %1</translation>
    </message>
    <message>
        <source>请部门负责人确认，以下岗位还没有客户：%1</source>
        <translation>For the department head to confirm: these positions have no customers yet: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopNewSessionDialog</name>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>主持</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>观察</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>新建共创会</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>会议室或线上</source>
        <translation>Meeting room or online</translation>
    </message>
    <message>
        <source> 票</source>
        <translation> votes</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点或形式</source>
        <translation>Venue or format</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>痛点投票每人</source>
        <translation>Pain-point votes per person</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位（可输入新岗位）</source>
        <translation>Position (type to add a new one)</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>添加参与者</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>删除参与者</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>参与者与岗位</source>
        <translation>Participants and positions</translation>
    </message>
    <message>
        <source>提供的客户分类（默认：部门现有范围）</source>
        <translation>Customer categories offered (default: the department&apos;s current scope)</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1客户共创会</source>
        <translation>%1 customer workshop</translation>
    </message>
    <message>
        <source>请选择部门</source>
        <translation>Select a department</translation>
    </message>
    <message>
        <source>请填写标题</source>
        <translation>Enter a title</translation>
    </message>
    <message>
        <source>第 %1 位参与者没有姓名</source>
        <translation>Participant %1 has no name</translation>
    </message>
    <message>
        <source>参与者「%1」没有岗位</source>
        <translation>Participant &quot;%1&quot; has no position</translation>
    </message>
    <message>
        <source>参与者「%1」重复</source>
        <translation>Participant &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>至少需要一位回答问题的参与者（成员或主持）</source>
        <translation>At least one participant who answers the questions (member or facilitator) is needed</translation>
    </message>
    <message>
        <source>至少提供一个客户分类</source>
        <translation>Offer at least one customer category</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopNoteCommands</name>
    <message>
        <source>共创会新类型「%1」</source>
        <translation>Add workshop new kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>痛点便签「%1」</source>
        <translation>Add pain-point note &quot;%1&quot;</translation>
    </message>
    <message>
        <source>删除痛点便签「%1」</source>
        <translation>Delete pain-point note &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopPainPointModel</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>痛点</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <source>客户群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>票数</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>本人票</source>
        <translation>Voter&apos;s votes</translation>
    </message>
    <message>
        <source>痛点便签需要文字</source>
        <translation>A pain-point note needs text</translation>
    </message>
    <message>
        <source>痛点投票：%1</source>
        <translation>Pain-point vote: %1</translation>
    </message>
    <message>
        <source>每人 %1 票</source>
        <translation>%1 votes each</translation>
    </message>
    <message>
        <source>痛点「%1」已是工具包 %2</source>
        <translation>Pain point &quot;%1&quot; is already toolkit %2</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopPainPointView</name>
    <message>
        <source>设为工具包候选</source>
        <translation>Make toolkit candidate</translation>
    </message>
    <message>
        <source> 票</source>
        <translation> votes</translation>
    </message>
    <message>
        <source>参与者</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>每人票数</source>
        <translation>Votes per person</translation>
    </message>
    <message>
        <source>投一票 +1</source>
        <translation>Vote +1</translation>
    </message>
    <message>
        <source>撤一票 −1</source>
        <translation>Withdraw vote −1</translation>
    </message>
    <message>
        <source>删除便签</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>客户的痛点，一句话</source>
        <translation>The customer&apos;s pain point, in one sentence</translation>
    </message>
    <message>
        <source>（客户群）</source>
        <translation>(segment)</translation>
    </message>
    <message>
        <source>（需求）</source>
        <translation>(need)</translation>
    </message>
    <message>
        <source>添加便签</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>第 %1 位参与者</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>剩余 %1 / %2 票</source>
        <translation>%1 / %2 votes left</translation>
    </message>
    <message>
        <source>已在部门服务目录中创建工具包候选 %1（服务目录可继续编辑）</source>
        <translation>Created toolkit candidate %1 in the department&apos;s service catalog (you can keep editing it there)</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopPanel</name>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导入共创会</source>
        <translation>Import workshop</translation>
    </message>
    <message>
        <source>共创会文件 (*.json)</source>
        <translation>Workshop files (*.json)</translation>
    </message>
    <message>
        <source>导出共创会</source>
        <translation>Export workshop</translation>
    </message>
    <message>
        <source>共创会</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>团队一起回答“谁是我们的客户？”：度量认知错位（一致度 κ 与 AC1、岗位分歧），在投影上演示，采纳结果为部门客户清单与岗位定位（证据：共创）。</source>
        <translation>The team answers &quot;Who are our customers?&quot; together: measure the misalignment (agreement κ and AC1, position divergence), present it on a projector, and adopt the result as the department&apos;s customer list and position assignments (evidence: workshop).</translation>
    </message>
    <message>
        <source>初评</source>
        <translation>First round</translation>
    </message>
    <message>
        <source>复评</source>
        <translation>Re-vote</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>演示模式</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>采纳草案…</source>
        <translation>Adopt draft…</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>每轮</source>
        <translation>Per round</translation>
    </message>
    <message>
        <source>%1 · 部门 %2 · %3 · 主持 %4 · %5 位参与者</source>
        <translation>%1 · department %2 · %3 · facilitator %4 · %5 participants</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>导入共创会「%1」</source>
        <translation>Import workshop &quot;%1&quot;</translation>
    </message>
    <message>
        <source>采纳共创会「%1」</source>
        <translation>Adopt workshop &quot;%1&quot;</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>新建共创会</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>痛点环节…</source>
        <translation>Pain-point session…</translation>
    </message>
    <message>
        <source>还没有共创会 — 新建一场（在主持人电脑上轮流录入答案），或导入参与者事先填写的共创会文件（portrait-workshop JSON）。</source>
        <translation>No workshops yet — create one (answers are entered in turn on the facilitator&apos;s computer), or import a workshop file that the participants filled in beforehand (portrait-workshop JSON).</translation>
    </message>
    <message>
        <source>新建共创会「%1」</source>
        <translation>New workshop &quot;%1&quot;</translation>
    </message>
    <message>
        <source>痛点环节 — %1</source>
        <translation>Pain-point session — %1</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopPresentation</name>
    <message>
        <source>谁是我们的客户？</source>
        <translation>Who are our customers?</translation>
    </message>
    <message>
        <source>上一位</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>点击分类：选为核心 1 → 重要 2 → 一般 3 → 不选</source>
        <translation>Click a category: core 1 → important 2 → ordinary 3 → not chosen</translation>
    </message>
    <message>
        <source>第 %1 / %2 位参与者</source>
        <translation>Participant %1 of %2</translation>
    </message>
    <message>
        <source>第 %1 / %2 位：%3 · %4</source>
        <translation>Participant %1 of %2: %3 · %4</translation>
    </message>
    <message>
        <source>下一位</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>完成，看结果</source>
        <translation>Done — show the results</translation>
    </message>
    <message>
        <source>共创会答案：%1</source>
        <translation>Workshop answers: %1</translation>
    </message>
    <message>
        <source>匿名参与者</source>
        <translation>Anonymous participant</translation>
    </message>
    <message>
        <source>PgDn 下一位 · PgUp 上一位 · Esc 退出演示模式</source>
        <translation>PgDn next · PgUp previous · Esc leaves presentation mode</translation>
    </message>
    <message>
        <source>分类里没有的客户类型？写在这里</source>
        <translation>A kind of customer the categories do not include? Write it here</translation>
    </message>
    <message>
        <source>添加新类型</source>
        <translation>Add new kind</translation>
    </message>
    <message>
        <source>进入痛点环节 →</source>
        <translation>On to the pain-point session →</translation>
    </message>
    <message>
        <source>讨论后复评</source>
        <translation>Re-vote after discussion</translation>
    </message>
    <message>
        <source>时间到！本轮结束</source>
        <translation>Time&apos;s up! This round is over</translation>
    </message>
    <message>
        <source>再给 2 分钟</source>
        <translation>2 more minutes</translation>
    </message>
    <message>
        <source>结束本轮，看结果 →</source>
        <translation>End the round, see the results →</translation>
    </message>
    <message>
        <source>结束共创会</source>
        <translation>End workshop</translation>
    </message>
    <message>
        <source>新类型：%1</source>
        <translation>New kind: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>痛点环节：客户最头疼的是什么？</source>
        <translation>Pain-point session: what troubles the customer most?</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopReader</name>
    <message>
        <source>应为对象</source>
        <translation>Expected an object</translation>
    </message>
    <message>
        <source>未知的分类代码 %1</source>
        <translation>Unknown category code %1</translation>
    </message>
    <message>
        <source>分类 %1 不在本次共创会提供的分类中</source>
        <translation>Category %1 is not among the categories offered in this workshop</translation>
    </message>
    <message>
        <source>分类 %1 重复选择</source>
        <translation>Category %1 is chosen twice</translation>
    </message>
    <message>
        <source>缺少必填字段</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <source>优先级应为 1（高）、2 或 3，实际是 %1</source>
        <translation>Priority must be 1 (high), 2 or 3, got %1</translation>
    </message>
    <message>
        <source>至少需要一位参与者</source>
        <translation>At least one participant is needed</translation>
    </message>
    <message>
        <source>参与者「%1」重复（已在 %2）</source>
        <translation>Duplicate participant &quot;%1&quot; (already at %2)</translation>
    </message>
    <message>
        <source>在岗年限不能为负数</source>
        <translation>Years in post cannot be negative</translation>
    </message>
    <message>
        <source>应为 facilitator、member 或 observer，实际是 %1</source>
        <translation>Expected facilitator, member or observer, got %1</translation>
    </message>
    <message>
        <source>新类型的名称不能为空</source>
        <translation>The name of a new kind cannot be empty</translation>
    </message>
    <message>
        <source>未知的需求代码 %1</source>
        <translation>Unknown need code %1</translation>
    </message>
    <message>
        <source>票数不能为负数（%1）</source>
        <translation>Vote count cannot be negative (%1)</translation>
    </message>
    <message>
        <source>共 %1 票，超过 %2 位参与者 × 每人 %3 票</source>
        <translation>%1 votes in all, more than %2 participants × %3 votes each</translation>
    </message>
    <message>
        <source>未知的部门代码 %1</source>
        <translation>Unknown department code %1</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的日期，实际是「%1」</source>
        <translation>Expected a date in YYYY-MM-DD format, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>每人票数不能为负数</source>
        <translation>Votes per person cannot be negative</translation>
    </message>
    <message>
        <source>应为分类代码文本</source>
        <translation>Expected a category code as text</translation>
    </message>
    <message>
        <source>分类 %1 重复</source>
        <translation>Duplicate category %1</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopRepository</name>
    <message>
        <source>没有编号为 %1 的共创会</source>
        <translation>No workshop with ID %1</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopResultsView</name>
    <message>
        <source>优先讨论的分歧（一致度低于 75%，最分裂的在前）</source>
        <translation>Disagreements to discuss first (agreement below 75%, most divided first)</translation>
    </message>
    <message>
        <source>初评一致度：κ = %1 · AC1 = %2 · %3 位参与者 · %4 个分类</source>
        <translation>First-round agreement: κ = %1 · AC1 = %2 · %3 participants · %4 categories</translation>
    </message>
    <message>
        <source>（答案完全相同，κ 无法计算）</source>
        <translation> (all answers identical; κ cannot be computed)</translation>
    </message>
    <message>
        <source>复评一致度：κ = %1（%2）· AC1 = %3（%4）</source>
        <translation>Re-vote agreement: κ = %1 (%2) · AC1 = %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 — %3/%4 选择，一致度 %5%</source>
        <translation>%1 %2 — chosen by %3/%4, agreement %5%</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopSessionModel</name>
    <message>
        <source>已采纳</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>running</translation>
    </message>
    <message>
        <source>准备</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 人</source>
        <translation>%1 %2 · %3 · %4 participants</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopSummaryLoader</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopSummaryPrinter</name>
    <message>
        <source>无法计算</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>adopt</translation>
    </message>
    <message>
        <source>讨论</source>
        <translation>discuss</translation>
    </message>
    <message>
        <source>不纳入</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已采纳</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>running</translation>
    </message>
    <message>
        <source>准备</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>全体答案相同，只看一致度</source>
        <translation>all answers identical; read the agreement only</translation>
    </message>
    <message>
        <source>明显错位</source>
        <translation>clear misalignment</translation>
    </message>
    <message>
        <source>基本一致</source>
        <translation>substantial agreement</translation>
    </message>
    <message>
        <source>部分一致</source>
        <translation>partial agreement</translation>
    </message>
    <message>
        <source>共创会 %1「%2」· %3 · %4 · %5 · %6 位参与者 · %7 个分类</source>
        <translation>Workshop %1 &quot;%2&quot; · %3 · %4 · %5 · %6 participants · %7 categories</translation>
    </message>
    <message>
        <source>初评一致度：κ = %1（%2）· AC1 = %3</source>
        <translation>First-round agreement: κ = %1 (%2) · AC1 = %3</translation>
    </message>
    <message>
        <source>复评一致度：κ = %1（变化 %2）· AC1 = %3（变化 %4）</source>
        <translation>Re-vote agreement: κ = %1 (change %2) · AC1 = %3 (change %4)</translation>
    </message>
    <message>
        <source>分类（初评选择 · 一致度 · 草案）</source>
        <translation>Categories (first-round picks · agreement · draft)</translation>
    </message>
    <message>
        <source> 错位</source>
        <translation> misaligned</translation>
    </message>
    <message>
        <source>（优先级 %1）</source>
        <translation> (priority %1)</translation>
    </message>
    <message>
        <source>岗位分歧 D（0 一致，1 相反）</source>
        <translation>Position divergence D (0 aligned, 1 opposite)</translation>
    </message>
    <message>
        <source>（%1 人）</source>
        <translation> (%1 participants)</translation>
    </message>
    <message>
        <source>  盲点：%1</source>
        <translation>  blind spots: %1</translation>
    </message>
    <message>
        <source>  额外：%1</source>
        <translation>  extra: %1</translation>
    </message>
    <message>
        <source>优先讨论的分歧：%1</source>
        <translation>Disagreements to discuss first: %1</translation>
    </message>
    <message>
        <source>还没有客户的岗位：%1</source>
        <translation>Positions without customers: %1</translation>
    </message>
    <message>
        <source>痛点（按票数）</source>
        <translation>Pain points (by votes)</translation>
    </message>
    <message>
        <source>%1 票</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <source>  ← 工具包候选</source>
        <translation>  ← toolkit candidate</translation>
    </message>
    <message>
        <source>分类（初评选择 · 一致度 · 按复评的草案）</source>
        <translation>Categories (first-round picks · agreement · draft from the re-vote)</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopTileBoard</name>
    <message>
        <source>核心 1</source>
        <translation>Core 1</translation>
    </message>
    <message>
        <source>重要 2</source>
        <translation>Important 2</translation>
    </message>
    <message>
        <source>一般 3</source>
        <translation>Ordinary 3</translation>
    </message>
</context>
<context>
    <name>portrait::WorkshopVotesRepository</name>
    <message>
        <source>没有编号为 %1 的共创会</source>
        <translation>No workshop with ID %1</translation>
    </message>
    <message>
        <source>参与者与痛点便签不属于同一个共创会</source>
        <translation>The participant and the pain-point note belong to different workshops</translation>
    </message>
    <message>
        <source>票数不能为负</source>
        <translation>Vote count cannot be negative</translation>
    </message>
    <message>
        <source>%1 只有 %2 票，已投 %3 票</source>
        <translation>%1 has only %2 votes and has already cast %3</translation>
    </message>
    <message>
        <source>每人票数不能为负</source>
        <translation>Votes per person cannot be negative</translation>
    </message>
    <message>
        <source>%1 已投 %2 票，每人票数不能少于此数</source>
        <translation>%1 has already cast %2 votes; votes per person cannot be fewer than that</translation>
    </message>
</context>
<context>
    <name>portrait::Workspace</name>
    <message>
        <source>%1：不是客户画像工作台的工作区文件</source>
        <translation>%1: not a Customer Portrait Workbench workspace file</translation>
    </message>
</context>
<context>
    <name>portrait::WorkspaceCommands</name>
    <message>
        <source>业务部门</source>
        <translation>Business department</translation>
    </message>
    <message>
        <source>职能部门</source>
        <translation>Functional department</translation>
    </message>
    <message>
        <source>原集体企业</source>
        <translation>Former collective enterprise</translation>
    </message>
    <message>
        <source>直属单位</source>
        <translation>Affiliated unit</translation>
    </message>
    <message>
        <source>用法：portrait-workbench init 工作区 [--sample]</source>
        <translation>Usage: portrait-workbench init WORKSPACE [--sample]</translation>
    </message>
    <message>
        <source>%1：文件已存在，不会覆盖</source>
        <translation>%1: the file already exists and will not be overwritten</translation>
    </message>
    <message>
        <source>已创建工作区 %1：%2 个分类，%3 个部门，%4 项服务，%5 条规则，%6 位客户</source>
        <translation>Created workspace %1: %2 categories, %3 departments, %4 services, %5 rules, %6 customers</translation>
    </message>
    <message>
        <source>用法：portrait-workbench info 工作区 [--json]</source>
        <translation>Usage: portrait-workbench info WORKSPACE [--json]</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>结构版本：%1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>客户：%1</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <source>分类：%1</source>
        <translation>Categories: %1</translation>
    </message>
    <message>
        <source>部门：%1（岗位 %2）</source>
        <translation>Departments: %1 (positions: %2)</translation>
    </message>
    <message>
        <source>服务：%1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>规则：%1</source>
        <translation>Rules: %1</translation>
    </message>
    <message>
        <source>需求：%1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <source>属性：%1，标签：%2</source>
        <translation>Attributes: %1, labels: %2</translation>
    </message>
    <message>
        <source>数据日期：%1</source>
        <translation>Data date: %1</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>用法：portrait-workbench departments 工作区 [--json]</source>
        <translation>Usage: portrait-workbench departments WORKSPACE [--json]</translation>
    </message>
</context>
</TS>
